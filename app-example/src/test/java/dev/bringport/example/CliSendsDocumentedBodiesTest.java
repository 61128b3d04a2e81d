package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.ExampleServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * A user's file goes out as Bring documents it: the documented XML-only request bodies, given to
 * the write commands on the day they carry, reach a plain HTTP server on 127.0.0.1 element for
 * element and value for value (whitespace aside), whichever wire format the tool is set to.
 */
class CliSendsDocumentedBodiesTest {

    @TempDir
    Path files;

    private ExampleServer server;

    @BeforeEach
    void start() {
        server = ExampleServer.start()
                .route("POST", "/po/api/v1/(packaginglist|event)",
                        request -> new ExampleServer.Answer(200, "application/xml", new byte[0]));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{1} {0} with --format {3}")
    @CsvSource({
            // the example's RequestProperties DateAndTimes is the time it was sent
            "create_packaging_list.xml, add-packing-list, 2014-11-11T06:32:54.284Z, json",
            "create_packaging_list.xml, add-packing-list, 2014-11-11T06:32:54.284Z, xml",
            "create_events.xml,         event,            2014-07-03T06:03:56.040Z, json",
            "create_events.xml,         event,            2014-07-03T06:03:56.040Z, xml"})
    void theDocumentedBodyIsSentAsDocumented(String example, String command, Instant sentAt, String format)
            throws Exception {
        Path file = Files.write(files.resolve(example), BringExamples.order(example));

        CliRun run = CliRun.run(Clock.fixed(sentAt, ZoneOffset.UTC), CliOverRestReadsTest.CREDENTIALS,
                "--transport", "rest", "--host", server.baseUri().toString(), "--format", format,
                "om", command, file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(server.requests()).hasSize(1);
        Diff diff = DiffBuilder.compare(Input.fromByteArray(BringExamples.order(example)))
                .withTest(Input.fromByteArray(server.requests().get(0).body()))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }
}
