package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.example.wire.BringExamples;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escape hatch on the command line: {@code --no-client-rules} or {@code BRINGPORT_CLIENT_RULES=off}
 * sends what breaks a rule the library checks, and Bring's answer (here the simulated Bring's, with
 * its code) decides; without them nothing is sent.
 */
class CliClientRulesTest {

    @TempDir
    Path files;

    private final InMemoryBring bring = InMemoryBring.builder().clock(CliRun.CLOCK).build().givenDemoData();
    private final BringSimulator simulator = BringSimulator.start(bring);
    private final Map<String, String> environment = new HashMap<>(Map.of("BRING_API_UID", InMemoryBring.DEFAULT_USER,
            "BRING_API_KEY", BringSimulator.DEFAULT_KEY, "BRING_CLIENT_URL", "https://shop.example.com"));

    CliClientRulesTest() {
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private CliRun run(String... command) {
        List<String> args = new ArrayList<>(List.of("--transport", "rest", "--host", simulator.baseUri().toString()));
        args.addAll(List.of(command));
        return CliRun.run(environment, args.toArray(String[]::new));
    }

    /** The documented booking of the tool's tests without its shipping date ({@code BOOK-INPUT-012}). */
    private Path bookingWithoutShippingDate() throws IOException {
        String body = new String(BringExamples.resource("/requests/booking-4500012345.json"), StandardCharsets.UTF_8)
                .replace("\"shippingDateTime\": 1768471200000,", "");
        return Files.writeString(files.resolve("booking.json"), body);
    }

    /** The tool's two events, the second without its timestamp ({@code PO_INPUT_009}). */
    private Path eventsTheSecondWithoutTimestamp() throws IOException {
        String body = new String(BringExamples.resource("/requests/events-70707730124779733.xml"), StandardCharsets.UTF_8)
                .replace("2026-01-15T09:55:00+01:00", "");
        return Files.writeString(files.resolve("events.xml"), body);
    }

    @Test
    void byDefaultABrokenRuleIsRefusedBeforeSending() throws IOException {
        CliRun refused = run("booking", "book", bookingWithoutShippingDate().toString());

        assertThat(refused.status()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("BOOK-INPUT-012", "nothing was sent");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void noClientRulesSendsTheBookingAndBringsCodeDecides() throws IOException {
        CliRun refused = run("--no-client-rules", "booking", "book", bookingWithoutShippingDate().toString());

        assertThat(refused.status()).as(refused.err()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(refused.err()).contains("BOOK-INPUT-012").doesNotContain("nothing was sent");
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(1);
    }

    @Test
    void theEnvironmentVariableSwitchesTheRulesOffToo() throws IOException {
        environment.put("BRINGPORT_CLIENT_RULES", "off");

        CliRun refused = run("booking", "book", bookingWithoutShippingDate().toString());

        assertThat(refused.status()).as(refused.err()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(1);
    }

    @Test
    void noClientRulesSendsEveryEventOfTheFileWithoutCheckingThemFirst() throws IOException {
        CliRun refused = run("--no-client-rules", "om", "event", eventsTheSecondWithoutTimestamp().toString());

        assertThat(refused.status()).as(refused.err()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(refused.err()).contains("PO_INPUT_009", "1 of 2 events were sent");
        assertThat(simulator.requests("POST", "/po/api/v1/event")).hasSize(2);
    }

    @Test
    void theVariableGoesWithTheTransportVariables() throws IOException {
        environment.put("BRINGPORT_CLIENT_RULES", "off");
        environment.put("BRINGPORT_TRANSPORT", "rest");

        CliRun refused = CliRun.run(environment, "--host", simulator.baseUri().toString(), "booking", "book",
                bookingWithoutShippingDate().toString());

        assertThat(refused.status()).as(refused.err()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(1);
    }

    @Test
    void aValueOfTheVariableThatIsNeitherOnNorOffIsAUsageError() throws IOException {
        environment.put("BRINGPORT_CLIENT_RULES", "maybe");

        CliRun refused = run("booking", "book", bookingWithoutShippingDate().toString());

        assertThat(refused.status()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("BRINGPORT_CLIENT_RULES", "'maybe'");
        assertThat(simulator.requests()).isEmpty();
    }

    // snippet: client-rules-from-the-environment
    // BRINGPORT_CLIENT_RULES=off in the environment: Bring's answer decides.
    static BringRest rest(BringCredentials credentials, URI host, Map<String, String> environment) {
        return BringRest.builder().credentials(credentials).host(host)
                .clientRules(ClientRules.fromEnvironment(environment)).build();
    }
    // end snippet: client-rules-from-the-environment

    @Test
    void theLibraryReadsTheSwitchFromTheEnvironmentToo() throws IOException {
        BringCredentials credentials = new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                URI.create("https://shop.example.com"));
        URI host = simulator.baseUri();
        BringRest rest = rest(credentials, host, Map.of("BRINGPORT_CLIENT_RULES", "off"));
        BookingRequest withoutShippingDate = BookingDocuments.bookingRequest(Files.readAllBytes(bookingWithoutShippingDate()));

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> rest.booking().book(withoutShippingDate));

        assertThat(refused.detectedBeforeSending()).isFalse();
        assertThat(refused.codes()).extracting(Object::toString).contains("BOOK-INPUT-012");
    }

    @Test
    void theUsageNamesTheOption() {
        assertThat(Cli.USAGE).contains("--no-client-rules");
    }
}
