package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line tool on the in-memory default with the demo data: every command, its output and exit status. */
class CliTest {

    private static CliRun run(Map<String, String> environment, String... args) {
        return CliRun.run(environment, args);
    }

    private static CliRun run(String... args) {
        return CliRun.run(Map.of(), args);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theDemoWalksThroughBringsUsagePattern() {
        CliRun demo = run("demo");

        assertThat(demo.status()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).contains("on the in-memory transport")
                .contains("1. The customer 10000000000 sends purchase order DEMO-20260115-100000")
                .contains("2. The supplier checks that customer 10000000000 uses Order Management", "Yes.")
                .contains("5. The supplier books a consignment", "Consignment 704381")
                .contains("6. The supplier adds the packing list with consignment number 704381")
                .contains("7. The supplier sends a tracking event: HANDED_IN")
                .contains("is LOCKED: fully delivered.")
                .contains("9. The customer checks the stock", "5300311", "5894")
                .contains("10. The supplier orders a pickup for tomorrow", "Pickup OK: between 2026-01-16 14:00");
    }

    @Test
    void theDemoAsJsonIsOneDocumentWithEveryStep() throws Exception {
        CliRun demo = run("--json", "demo");

        assertThat(demo.status()).isZero();
        JsonNode document = json(demo.out());
        assertThat(document.get("transport").asText()).isEqualTo("in-memory");
        assertThat(document.get("steps")).hasSize(10);
        assertThat(document.get("steps").get(7).get("result").get("senderStatus").asText()).isEqualTo("LOCKED");
        assertThat(document.get("steps").get(4).get("result").get("consignmentNumber").asText()).hasSize(17);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            om is-customer 10000000000                        | is an Order Management customer
            om order 10000000000 11873875-status_med_2        | Order 11873875-status_med_2 (Original), status Picked
            om lines 10000000000 11873875-status_med_2        | STAR B 80/190 H AC/R S51 SØLV
            om packing-lists 10000000000 11873875-status_med_2 | No packing lists.
            om sender-status 10000000000 11873875-status_med_2 | is OPEN
            om error-codes                                    | PO_INPUT_024
            wh order 10000000000 11873875-status_med_2        | warehouse BERGER
            wh lines 10000000000 11873875-status_med_2        | 100003/4400001
            wh stock 10000000000                              | Altibox WifiPluss Installasjon
            wh stock 10000000000 --article 5300311            | 5896
            wh stock 10000000000 --search HDMI                | HDMI 2m M-M
            wh error-codes                                    | PO_STATE_005
            booking customers                                 | Customer 6 (Demo customer (00000000006)) from SE
            booking error-codes                               | BOOK-INPUT-014
            """)
    void everyCommandWorksOnTheDemoDataAsTextAndAsJson(String command, String expected) throws Exception {
        String[] args = command.trim().split(" +");
        CliRun text = run(args);
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains(expected);

        String[] withJson = new String[args.length + 1];
        withJson[0] = "--json";
        System.arraycopy(args, 0, withJson, 1, args.length);
        CliRun asJson = run(withJson);
        assertThat(asJson.status()).isZero();
        assertThat(json(asJson.out())).isNotNull();
        assertThat(asJson.out()).doesNotContain("\"empty\"");
    }

    @Test
    void anOrderThatDoesNotExistIsBringsErrorOnStandardError() {
        CliRun run = run("om", "order", "10000000000", "no-such-order");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("NotFoundException", "[PO_STATE_001]");
    }

    @Test
    void inputRejectedBeforeSendingIsAUsageError() {
        CliRun run = run("om", "order", "10000000000", " ");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("[PO_INPUT_002]", "nothing was sent");
    }

    @Test
    void errorsAsJsonCarryTypeAndCodes() throws Exception {
        CliRun run = run("--json", "wh", "order", "10000000000", "no-such-order");

        assertThat(run.status()).isEqualTo(3);
        JsonNode error = json(run.err()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("NotFoundException");
        assertThat(error.get("codes").get(0).asText()).isEqualTo("PO_STATE_001");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                     | no command given
            om                                     | unknown om command ''
            bogus                                  | unknown command 'bogus'
            --verbose demo                         | unknown option --verbose
            --transport ftp demo                   | unknown transport 'ftp'
            --host not-a-url demo                  | --host: 
            om order 10000000000                   | usage: om order <customerId> <orderId>
            wh stock 10000000000 --article         | --article needs a value
            wh stock 10000000000 5300311           | usage: wh stock
            demo now                               | usage: demo
            """)
    void wrongUsageExitsWithTwoAndSaysWhy(String command, String message) {
        CliRun run = run(command.isBlank() ? new String[0] : command.trim().split(" +"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("usage: bringport-example");
    }

    @Test
    void aRealTransportWithoutCredentialsNamesTheMissingVariableInOneLineWithoutTheUsage() {
        CliRun run = run(Map.of("BRING_API_UID", "someone@example.com"), "--transport", "rest", "om", "error-codes");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("BRING_API_KEY is not set").doesNotContain("usage").hasLineCount(1);
    }

    @Test
    void helpPrintsTheUsage() {
        CliRun run = run("help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("wh stock <customerId> [--article <articleNo>] [--search <text>]");
    }
}
