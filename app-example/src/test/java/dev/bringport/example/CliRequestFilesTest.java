package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.example.wire.BringExamples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request file is read with care before anything is sent, whatever it is (two documents, an
 * endless device, a pipe, a directory, UTF-16), and what it gives that will not be sent is a
 * warning line each, or with {@code --strict} a refusal. The write commands go to the REST
 * adapter's Bring simulator on 127.0.0.1, which counts what arrives.
 */
class CliRequestFilesTest {

    /** doubleIndoor_NO.json ships on 2020-10-15. */
    private static final Clock DAY_OF_THE_EXAMPLE = Clock.fixed(Instant.parse("2020-10-15T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path files;

    private SimulatedBring bring;
    private BringSimulator simulator;

    @BeforeEach
    void start() {
        bring = SimulatedBring.at(DAY_OF_THE_EXAMPLE, files.resolve("state"));
        simulator = bring.simulator();
    }

    @AfterEach
    void stop() {
        bring.close();
    }

    private CliRun run(String... command) {
        return bring.run(command);
    }

    private Path file(String name, byte[] body) throws IOException {
        return Files.write(files.resolve(name), body);
    }

    /**
     * Bring's {@code doubleIndoor_NO.json} with two fields the library has no place for, one at the
     * top and one in the product: Bring's own documented requests are sent whole.
     */
    private Path bookingWithTwoUnknownFields() throws IOException {
        String body = new String(BringExamples.booking("doubleIndoor_NO.json"), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"note\": \"x\",")
                .replace("\"product\": {", "\"product\": {\"colour\": \"red\",");
        return file("doubleIndoor_NO-plus-two.json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatAFileGivesThatIsNotSentIsOneWarningLineEachBeforeItIsSent() throws IOException {
        CliRun run = run("booking", "book", bookingWithTwoUnknownFields().toString());

        assertThat(run.err()).startsWith("warning: consignments[0].product.colour is not sent: the library does not model it\n"
                + "warning: note is not sent: the library does not model it\n");
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(1);
    }

    @Test
    void aDocumentedRequestIsSentWithoutAWarning() throws IOException {
        Path booking = file("doubleIndoor_NO.json", BringExamples.booking("doubleIndoor_NO.json"));

        CliRun run = run("booking", "book", booking.toString(), "--strict");

        assertThat(run.err()).doesNotContain("warning");
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(1);
    }

    @Test
    void withJsonEachWarningIsAJsonLine() throws Exception {
        CliRun run = run("--json", "booking", "book", bookingWithTwoUnknownFields().toString());

        List<String> lines = run.err().lines().toList();
        JsonNode first = new ObjectMapper().readTree(lines.get(0)).get("warning");
        assertThat(first.get("path").asText()).isEqualTo("consignments[0].product.colour");
        assertThat(first.get("reason").asText()).isEqualTo("the library does not model it");
        assertThat(new ObjectMapper().readTree(lines.get(1)).at("/warning/path").asText()).isEqualTo("note");
    }

    @Test
    void strictRefusesTheFileAndSendsNothing() throws Exception {
        Path booking = bookingWithTwoUnknownFields();

        CliRun text = run("booking", "book", booking.toString(), "--strict");
        CliRun json = run("--strict", "--json", "booking", "book", booking.toString());

        assertThat(text.status()).isEqualTo(ExitCode.USAGE);
        assertThat(text.err()).isEqualTo("error: " + booking + ": refused (--strict): 2 fields would not be sent\n"
                + "  consignments[0].product.colour is not sent: the library does not model it\n"
                + "  note is not sent: the library does not model it\n");
        assertThat(json.status()).isEqualTo(ExitCode.USAGE);
        assertThat(new ObjectMapper().readTree(json.err()).at("/error/ignored/1/path").asText()).isEqualTo("note");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aFileOfTwoDocumentsIsRefusedInOneLineAndNothingIsSent() throws IOException {
        byte[] one = BringExamples.resource("/requests/create-order-4500012345.json");
        byte[] two = new byte[one.length * 2];
        System.arraycopy(one, 0, two, 0, one.length);
        System.arraycopy(one, 0, two, one.length, one.length);
        Path orders = file("two.json", two);

        CliRun run = run("om", "create-order", orders.toString());

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: " + orders + ": not a JSON CreateOrderRequest the library can read: it holds "
                + "more than one document").hasLineCount(1);
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aDuplicateFieldIsRefusedNamingItsPathAndNothingIsSent() throws IOException {
        String booking = new String(BringExamples.booking("basicRequestNew.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"customerNumber\": \"5\"", "\"customerNumber\": \"5\", \"customerNumber\": \"6\"");
        Path file = file("twice.json", booking.getBytes(StandardCharsets.UTF_8));

        CliRun run = run("booking", "book", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("consignments[0].product.customerNumber is given twice").hasLineCount(1);
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anEndlessDeviceIsRefusedAtTheBound() {
        CliRun run = run("booking", "book", "/dev/zero");

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("error: /dev/zero: refused: it is longer than 4 MiB (4194304 bytes), the most a "
                + "request document may hold: Bring's largest documented request has 24 KiB\n");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeThatNeverEndsIsRefusedAtTheBound() throws Exception {
        Path pipe = files.resolve("endless");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Thread writer = new Thread(() -> {
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write("{\"testIndicator\": true".getBytes(StandardCharsets.US_ASCII));
                while (true) {
                    out.write(spaces);
                }
            } catch (IOException readerGone) {
                // the tool stopped reading: the pipe is broken
            }
        });
        writer.setDaemon(true);
        writer.start();

        CliRun run = run("pickup", "order", pipe.toString());

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("longer than 4 MiB").hasLineCount(1);
        writer.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(writer.isAlive()).as("the writer saw the tool stop reading").isFalse();
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aDirectoryAnUtf16FileAndAnEmptyFileAreRefused() throws IOException {
        Path utf16 = file("utf16.json", new String(BringExamples.booking("basicRequestNew.json"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16));
        Path empty = file("empty.xml", new byte[0]);

        CliRun directory = run("booking", "book", files.toString());
        CliRun wide = run("booking", "book", utf16.toString());
        CliRun nothing = run("om", "event", empty.toString());

        assertThat(directory.err()).isEqualTo("error: " + files + ": is a directory, not a request file\n");
        assertThat(wide.err()).contains("it is UTF-16 (it starts with a UTF-16 byte order mark)").hasLineCount(1);
        assertThat(nothing.err()).contains("it holds no document (it is empty)").hasLineCount(1);
        assertThat(List.of(directory.status(), wide.status(), nothing.status())).containsOnly(ExitCode.USAGE);
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aBookingMadeWhoseLabelLinkCannotBeKeptIsStillReportedAsMade() throws IOException {
        Path notADirectory = file("state-is-a-file", new byte[0]);
        bring.close();
        bring = SimulatedBring.at(Clock.fixed(Instant.parse("2020-05-05T06:00:00Z"), ZoneOffset.UTC), notADirectory);
        Path booking = file("basicRequestNew.json", BringExamples.booking("basicRequestNew.json"));

        CliRun run = bring.run("booking", "book", booking.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Consignment ");
        assertThat(run.err()).startsWith("warning: consignment ").contains("is booked, but its label link could not be kept")
                .hasLineCount(1);
    }
}
