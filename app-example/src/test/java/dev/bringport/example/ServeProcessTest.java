package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as users run it: {@link Main} in a JVM of its own prints its URL, serves, and on
 * SIGTERM closes its servers and exits 0 promptly; wrong options are a usage error.
 */
class ServeProcessTest {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    private Process serve(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
    }

    @Test
    void printsItsUrlServesAndExitsZeroOnSigterm() throws Exception {
        Process serve = serve("--port", "0", "--api-key", "sandbox-key", "--latency", "BOOK=1s", "--latency=GET_CUSTOMERS=10ms");
        try {
            URI base = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (base == null && System.nanoTime() < deadline) {
                assertThat(serve.isAlive()).as(Files.readString(dir.resolve("err"))).isTrue();
                Matcher url = URL.matcher(Files.readString(dir.resolve("out")).lines().findFirst().orElse(""));
                if (url.find()) {
                    base = URI.create(url.group(1));
                } else {
                    Thread.sleep(50);
                }
            }
            assertThat(base).as("the first line names the URL").isNotNull();

            HttpResponse<String> order = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            base.resolve("/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID))
                    .header("X-Mybring-API-Uid", "me@example.org").header("X-Mybring-API-Key", "sandbox-key")
                    .header("X-Bring-Client-URL", "https://shop.example").header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(order.statusCode()).isEqualTo(200);
            assertThat(order.body()).contains(DemoData.ORDER_ID);

            long signalled = System.nanoTime();
            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(10, TimeUnit.SECONDS)).as("stops within 10 s of SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(10));
            assertThat(serve.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
            assertThat(Files.readAllLines(dir.resolve("out"))).contains("stopped");
            assertThat(Files.readString(dir.resolve("err"))).doesNotContain("sandbox-key");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void wrongOptionsAreAUsageError() throws Exception {
        for (List<String> wrong : List.of(List.of("--latency", "BOOKING=2s"), List.of("--latency", "BOOK=soon"),
                List.of("--port", "http"), List.of("--rate-limit", "0"), List.of("--api-key", " "))) {
            Process serve = serve(wrong.toArray(String[]::new));
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).as(wrong.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(Files.readString(dir.resolve("err"))).as(wrong.toString()).startsWith("error: ");
        }
    }
}
