package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.ExampleServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line itself: help, options anywhere, what a wrong one is told, errors in one line
 * (or one JSON document), no stack trace whatever happens, and nothing Bring answers can reach
 * the terminal as a control sequence.
 */
class CliCommandLineTest {

    private static final String ORDER = "11873875-status_med_2";
    private static final String CUSTOMER = "10000000000";

    private static CliRun run(String... args) {
        return CliRun.run(Map.of(), args);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help", "om --help", "om order --help", "booking book -h", "--json --help",
            "--jsn --help"})
    void helpPrintsTheUsageAndSucceeds(String args) {
        CliRun help = run(args.split(" "));

        assertThat(help.status()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("usage: bringport-example [options] <command>")
                .contains("--strict", "examples <dir>", "5 internal error", "keeps nothing between runs");
    }

    @Test
    void optionsGoAnywhere() {
        String before = run("--json", "om", "order", CUSTOMER, ORDER).out();

        assertThat(before).startsWith("{");
        assertThat(run("om", "order", CUSTOMER, ORDER, "--json").out()).isEqualTo(before);
        assertThat(run("om", "--json", "order", CUSTOMER, ORDER).out()).isEqualTo(before);
        assertThat(run("om", "order", "--transport=inmemory", CUSTOMER, "--json", ORDER).out()).isEqualTo(before);
        assertThat(run("wh", "stock", CUSTOMER, "--json", "--article", "5300311").out())
                .isEqualTo(run("--article=5300311", "--json", "wh", "stock", CUSTOMER).out()).contains("5300311");
    }

    @Test
    void doubleDashEndsTheOptions() {
        CliRun run = run("om", "order", "--", CUSTOMER, "--json");

        assertThat(run.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(run.err()).contains("NotFoundException");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            om order 10000000000 x --jsn       | unknown option --jsn; did you mean --json?
            --tranport rest demo               | unknown option --tranport; did you mean --transport?
            demo --strickt                     | unknown option --strickt; did you mean --strict?
            -j demo                            | unknown option -j
            --colour demo                      | unknown option --colour
            om order 10000000000 x --transport | --transport needs a value
            --host --strict demo               | --host needs a value
            --strict=yes demo                  | --strict takes no value
            --format json demo --format xml    | --format is given twice
            om order 10000000000 x --out l.pdf | --out is an option of 'booking label' only
            wh order 10000000000 x --article 1 | --article is an option of 'wh stock' only
            om ordr 10000000000 x              | unknown om command 'ordr'; did you mean order?
            wh stok 10000000000                | unknown wh command 'stok'; did you mean stock?
            bookng customers                   | unknown command 'bookng'; did you mean booking?
            """)
    void aWrongCommandLineIsNamedInOneLineThenTheUsageLine(String args, String message) {
        CliRun run = run(args.trim().split(" +"));

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + message + "\nusage: bringport-example [options] <command>   "
                + "(bringport-example --help lists every command and option)\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/#x", "http://127.0.0.1:8080/?a=b", "http://bring.example.com",
            "not-a-url", "http://[::1"})
    void aHostTheTransportsRefuseIsAUsageError(String host) {
        CliRun rest = CliRun.run(CliOverRestReadsTest.CREDENTIALS, "--transport", "rest", "--host", host, "om", "error-codes");
        CliRun inMemory = run("--host", host, "om", "error-codes");

        assertThat(rest.status()).as(rest.err()).isEqualTo(ExitCode.USAGE);
        assertThat(rest.err()).startsWith("error: --host");
        assertThat(inMemory.status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void withJsonEveryErrorIsOneJsonDocument() throws Exception {
        List<CliRun> runs = List.of(
                run("--json", "om", "ordr"),
                run("--json", "--jsn"),
                run("--json", "booking", "book", "/no/such/file.json"),
                CliRun.run(Map.of("BRING_API_UID", "a@example.com"), "--json", "--transport", "rest", "om", "error-codes"),
                run("--json", "om", "order", CUSTOMER, "no-such-order"),
                CliRun.run(failingClock(new IllegalStateException("boom")), Map.of(), "--json", "demo"));

        for (CliRun run : runs) {
            assertThat(run.err()).as(run.err()).hasLineCount(1);
            JsonNode error = json(run.err()).get("error");
            assertThat(error.get("exitStatus").asInt()).isEqualTo(run.status());
            assertThat(error.get("message").asText()).isNotBlank();
        }
        assertThat(runs).extracting(r -> json(r.err()).at("/error/type").asText()).containsExactly("UsageError",
                "UsageError", "InputRefused", "InputRefused", "NotFoundException", "InternalError");
    }

    @Test
    void whatNobodyExpectedIsOneLineWithAStatusOfItsOwn() {
        CliRun bug = CliRun.run(failingClock(new IllegalStateException("the clock\nbroke")), Map.of(), "demo");
        CliRun outOfMemory = CliRun.run(failingClock(new OutOfMemoryError("Java heap space")), Map.of(), "demo");
        CliRun deep = CliRun.run(failingClock(new StackOverflowError()), Map.of(), "demo");

        assertThat(bug.status()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(bug.err()).isEqualTo("error: internal error: java.lang.IllegalStateException: the clock\\u000abroke "
                + "(a bug in bringport-example: please report it)\n");
        assertThat(outOfMemory.status()).isEqualTo(5);
        assertThat(outOfMemory.err()).isEqualTo("error: internal error: java.lang.OutOfMemoryError: Java heap space "
                + "(the Java VM ran out of memory or stack)\n");
        assertThat(deep.status()).isEqualTo(5);
        assertThat(deep.err()).hasLineCount(1).doesNotContain("\tat ");
    }

    @Test
    void controlCharactersBringAnswersNeverReachTheTerminal() throws Exception {
        String hostile = "Picked\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eredro\r\u0008x";
        String order = new String(BringExamples.order("retrieve_order.json"), StandardCharsets.UTF_8)
                .replace("\"Picked\"", "\"" + hostile.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                        .replace("\u0008", "\\b").replace("\r", "\\r") + "\"");
        String notFound = new String(BringExamples.resource(
                "/dev/bringport/adapter/rest/order/bring-examples/errors/get_purchase_order_not_found_response.json"),
                StandardCharsets.UTF_8).replace("Order not found", "Order \\u001b[31mnot\\nfound\\u009b");
        try (ExampleServer server = ExampleServer.start()
                .route("GET", "/po/api/v1/omorder/[^/]+/" + ORDER, request -> new ExampleServer.Answer(200,
                        "application/json", order.getBytes(StandardCharsets.UTF_8)))
                .route("GET", "/po/api/v1/omorder/[^/]+/missing", request -> new ExampleServer.Answer(200,
                        "application/json", notFound.getBytes(StandardCharsets.UTF_8)))) {
            List<String> rest = List.of("--transport", "rest", "--host", server.baseUri().toString(), "om", "order", CUSTOMER);
            CliRun text = CliRun.run(CliOverRestReadsTest.CREDENTIALS, args(rest, ORDER));
            CliRun asJson = CliRun.run(CliOverRestReadsTest.CREDENTIALS, args(rest, ORDER, "--json"));
            CliRun error = CliRun.run(CliOverRestReadsTest.CREDENTIALS, args(rest, "missing"));

            assertThat(text.status()).as(text.err()).isZero();
            assertThat(text.out()).contains("status Picked\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\\u202eredro\\u000d\\u0008x,");
            assertThat(json(asJson.out()).at("/status").asText()).isEqualTo(hostile);
            assertThat(error.status()).isEqualTo(ExitCode.BRING_ERROR);
            assertThat(error.err()).contains("Order \\u001b[31mnot\\u000afound\\u009b").hasLineCount(2);
            for (CliRun run : List.of(text, asJson, error)) {
                assertThat(run.out() + run.err()).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\b", "\r");
            }
        }
    }

    @Test
    void aDamagedLabelJournalIsInputToFixNotACrash(@TempDir Path state) throws Exception {
        Files.createDirectories(state.resolve("bringport"));
        Files.writeString(state.resolve("bringport/label-links.properties"), "70438101268018539=\\uZZZZ\n");

        CliRun run = CliRun.run(Map.of(LabelJournal.STATE_HOME, state.toString()), "booking", "label", "70438101268018539",
                "--out", state.resolve("label.pdf").toString());

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: cannot read " + state.resolve("bringport/label-links.properties"))
                .endsWith(": give the label link instead\n").hasLineCount(1);
    }

    private static String[] args(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** A clock that fails as nothing in the tool expects, the moment the demo asks it the time. */
    private static Clock failingClock(Throwable failure) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) failure;
            }
        };
    }
}
