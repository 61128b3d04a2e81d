package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.example.wire.BringExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool against the sandbox of {@code serve}, as the README's "Sandbox" section
 * shows it: {@code demo --transport rest --host http://127.0.0.1:PORT}, and soap (Order Management and
 * Warehousing over REST, as Bring's SOAP services cannot create orders or read stock), on the one port;
 * and one state behind both wires, kept between runs of the tool: an order created over REST by
 * one run is read over SOAP by the next.
 */
class CliAgainstSandboxTest {

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Map<String, String> environment;

    @BeforeEach
    void serve() {
        sandbox = Sandbox.builder().port(0).bring(InMemoryBring.builder().clock(CliRun.CLOCK).build()).start();
        environment = Map.of("BRING_API_UID", "me@example.org", "BRING_API_KEY", "sandbox",
                "BRING_CLIENT_URL", "https://shop.example", LabelJournal.STATE_HOME, dir.toString());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun run(Clock clock, String... args) {
        return CliRun.run(clock, environment, args);
    }

    @Test
    void theDemoRunsOverRestAndOverSoapWhereSoapHasTheOperations() {
        CliRun rest = run(CliRun.CLOCK, "--transport", "rest", "--host", sandbox.uri().toString(), "demo");
        CliRun soap = run(Clock.offset(CliRun.CLOCK, Duration.ofMinutes(1)), "demo", "--transport", "soap",
                "--om-transport", "rest", "--wh-transport", "rest", "--host", sandbox.uri().toString());

        assertThat(rest.status()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("on the REST transport");
        assertThat(soap.status()).as(soap.err()).isZero();
        assertThat(sandbox.bring().received().orderMessages()).hasSize(2);
        assertThat(sandbox.bring().received().bookings()).hasSize(2);
    }

    @Test
    void anOrderCreatedOverRestByOneRunIsReadOverSoapByTheNext() throws Exception {
        Path order = Files.write(dir.resolve("order.json"), BringExamples.resource("/requests/create-order-4500012345.json"));

        CliRun created = run(CliRun.CLOCK, "--transport", "rest", "--host", sandbox.uri().toString(), "om", "create-order",
                order.toString());
        CliRun read = run(CliRun.CLOCK, "--transport", "soap", "--host", sandbox.uri().toString(), "--json", "om", "order",
                "10000000000", "4500012345");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).contains("4500012345");
    }
}
