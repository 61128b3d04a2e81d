package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.example.wire.BringExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code examples <dir>} writes Bring's documented request bodies byte for byte, and each file
 * written goes through its command as its README says: read, then refused before sending or sent,
 * and answered alike by the in-memory transport and by the REST adapter against a local Bring
 * simulator, on the day the example carries.
 */
class ExamplesCommandTest {

    @TempDir
    Path dir;

    /** Each file, Bring's original it must equal, the day it carries, the status and whether it is sent. */
    static Stream<Arguments> examples() {
        Instant bookingDay = Instant.parse("2020-05-05T06:00:00Z");
        Instant pickupDay = Instant.parse("2015-12-02T08:00:00Z");
        Instant today = CliRun.CLOCK.instant();
        return Stream.of(
                Arguments.of("CreateOrderRequest.json", BringExamples.order("create_order_request.json"), today, 2, false),
                Arguments.of("CreateOrderRequest.xml", BringExamples.order("create_order_request.xml"), today, 2, false),
                Arguments.of("bookingRequest.json", BringExamples.booking("basicRequestNew.json"), bookingDay, 0, true),
                Arguments.of("bookingRequest.xml", BringExamples.booking("basicRequestNew.xml"), bookingDay, 0, true),
                Arguments.of("CreatePackagingListRequest.xml", BringExamples.order("create_packaging_list.xml"), today, 3, true),
                Arguments.of("CreateEventRequest.xml", BringExamples.order("create_events.xml"), today, 3, true),
                Arguments.of("pickupOrderRequest.json", BringExamples.booking("page-pickuporder-request.json"), pickupDay, 3,
                        true),
                Arguments.of("pickupOrderRequest.xml", BringExamples.booking("page-pickuporder-request.xml"), pickupDay, 3,
                        true));
    }

    @Test
    void everyFileIsWrittenOnceWithItsReadme() throws IOException {
        CliRun written = CliRun.run(Map.of(), "examples", dir.toString());
        CliRun again = CliRun.run(Map.of(), "examples", dir.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out()).contains("booking book " + dir.resolve("bookingRequest.json"),
                "om event " + dir.resolve("CreateEventRequest.xml"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(Stream.concat(
                    ExamplesCommand.EXAMPLES.stream().map(ExamplesCommand.Example::file), Stream.of("README.md")).toList());
        }
        assertThat(Files.readString(dir.resolve("README.md"))).contains("Before you send them");
        assertThat(again.status()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("exists already; give a new or empty directory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachFileIsBringsExampleAndGoesThroughItsCommandAlikeOnBothTransports(String file, byte[] bring, Instant day,
                                                                               int status, boolean sent) throws IOException {
        assertThat(CliRun.run(Map.of(), "examples", dir.toString()).status()).isZero();
        Path written = dir.resolve(file);
        assertThat(Files.readAllBytes(written)).as("Bring's bytes").isEqualTo(bring);
        List<String> command = new ArrayList<>(List.of(ExamplesCommand.EXAMPLES.stream().filter(e -> e.file().equals(file))
                .findFirst().orElseThrow().command().split(" ")));
        command.add(written.toString());
        Clock clock = Clock.fixed(day, ZoneOffset.UTC);
        Map<String, String> environment = Map.of("BRING_API_UID", InMemoryBring.DEFAULT_USER, "BRING_API_KEY",
                BringSimulator.DEFAULT_KEY, "BRING_CLIENT_URL", "https://shop.example.com",
                LabelJournal.STATE_HOME, dir.resolve("state").toString());

        CliRun inMemory = CliRun.run(clock, environment, command.toArray(String[]::new));
        CliRun rest;
        int arrived;
        try (SimulatedBring simulated = SimulatedBring.at(clock, dir.resolve("state"))) {
            rest = simulated.run(command.toArray(String[]::new));
            arrived = simulated.simulator().requests("POST", "/").size();
        }

        assertThat(inMemory.status()).as(inMemory.err()).isEqualTo(status);
        assertThat(rest.status()).as(rest.err()).isEqualTo(status);
        assertThat(arrived).as("requests that reached the simulated Bring").isEqualTo(sent ? 1 : 0);
    }
}
