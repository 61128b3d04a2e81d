package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/migrating-from-soap.md's "Try every step on your machine" section, run command by command
 * as a shell would: {@code serve ... &} starts the sandbox in process (on a free port instead of
 * 8080), {@code export} sets the environment, {@code java -jar ...} runs the tool, {@code curl}
 * calls the sandbox, {@code kill %1} stops it. What each command prints is what the guide says.
 */
class MigrationGuideOnSandboxTest {

    private static final String MARKER = "<!-- commands: run one by one by MigrationGuideOnSandboxTest -->";
    private static final String JAR = "java -jar app-example/target/bringport-example.jar ";
    private static final String GUIDE_HOST = "http://127.0.0.1:8080";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> environment = new HashMap<>();
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The guide's commands, one a line, from the block after the marker. */
    private static List<String> commands() throws Exception {
        Path guide = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/migrating-from-soap.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        int marker = text.indexOf(MARKER);
        assertThat(marker).as("the guide's marked block").isPositive();
        int start = text.indexOf("```bash\n", marker) + "```bash\n".length();
        return text.substring(start, text.indexOf("```", start)).lines().filter(line -> !line.isBlank()).toList();
    }

    /** The words of a line as a shell splits them: at spaces, but not inside single quotes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private String here(String word) {
        return word.replace(GUIDE_HOST, sandbox == null ? GUIDE_HOST : sandbox.uri().toString());
    }

    @Test
    void theGuidesCommandsRunAgainstServeAsItSays() throws Exception {
        List<Object> results = new ArrayList<>();
        for (String line : commands()) {
            if (line.startsWith(JAR + "serve") && line.endsWith(" &")) {
                List<String> serve = words(line.substring(JAR.length(), line.length() - 2));
                sandbox = ServeCommand.sandbox(Options.parse(serve.toArray(String[]::new)).command()).port(0).start();
                results.add(sandbox.uri());
            } else if (line.startsWith("export ")) {
                words(line.substring("export ".length())).forEach(setting -> {
                    String[] pair = setting.split("=", 2);
                    environment.put(pair[0], pair[1]);
                });
                environment.put(LabelJournal.STATE_HOME, dir.resolve("state").toString());
            } else if (line.startsWith(JAR)) {
                String[] args = words(line.substring(JAR.length())).stream().map(this::here).toArray(String[]::new);
                results.add(CliRun.run(Clock.systemUTC(), environment, args));
            } else if (line.startsWith("curl ")) {
                results.add(curl(words(line).subList(1, words(line).size())));
            } else if (line.equals("kill %1")) {
                sandbox.close();
                sandbox = null;
            } else {
                throw new AssertionError("the test does not know how to run: " + line);
            }
        }

        assertThat(results).hasSize(6);
        CliRun order = (CliRun) results.get(1);
        assertThat(order.status()).as(order.err()).isZero();
        assertThat(order.out()).contains("11873875-status_med_2");
        assertThat(order.err()).contains("note: shadow GET_ORDER: REST differs from SOAP then REST on 1 field(s)",
                "senderStatus");
        HttpResponse<?> fault = (HttpResponse<?>) results.get(2);
        assertThat(fault.statusCode()).isEqualTo(200);
        CliRun demo = (CliRun) results.get(3);
        assertThat(demo.status()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("note: BOOK fell back from SOAP to REST");
        CliRun compared = (CliRun) results.get(4);
        assertThat(compared.status()).as(compared.err()).isEqualTo(ExitCode.DIFFERENT);
        assertThat(compared.out()).contains("senderStatus");
        HttpResponse<?> stats = (HttpResponse<?>) results.get(5);
        assertThat(stats.body().toString()).contains("\"throttled\"").contains("\"me@example.com\"");
    }

    /** {@code curl [-X METHOD] URL [-d BODY]}. */
    private HttpResponse<String> curl(List<String> words) throws Exception {
        String method = null;
        String body = null;
        String url = null;
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-X" -> method = words.get(++i);
                case "-d" -> body = words.get(++i);
                default -> url = here(words.get(i));
            }
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        assertThat(Arrays.asList(method, url)).doesNotContainNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
