package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code Retry-After} longer than the retry policy waits ends the call at once (issue 12); the
 * tool's text error says how long Bring asked for, as its JSON error does.
 */
class CliReportsBringsWaitTest {

    @Test
    void aWaitTooLongToTakeIsNamedInTheTextError() {
        try (BringSimulator bring = BringSimulator.start(InMemoryBring.withDemoData())
                .user(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY)) {
            bring.failNext(new SimulatedFault.Answer(new SimulatedAnswer(429, "text/plain", new byte[0],
                    Map.of("Retry-After", "99999999999999999999"))));

            CliRun run = CliRun.run(Map.of("BRING_API_UID", InMemoryBring.DEFAULT_USER,
                            "BRING_API_KEY", BringSimulator.DEFAULT_KEY, "BRING_CLIENT_URL", "https://shop.example.com"),
                    "--transport", "rest", "--host", bring.baseUri().toString(),
                    "om", "order", "10000000000", "11873875-status_med_2");

            assertThat(run.status()).isEqualTo(ExitCode.TRANSPORT_FAILURE);
            assertThat(run.err()).startsWith("error: RateLimitedException: ")
                    .contains("Bring asked to wait 9223372036 s (Retry-After)");
            assertThat(bring.requests("GET", "/po/api/v1")).as("sent once, not retried").hasSize(1);
        }
    }
}
