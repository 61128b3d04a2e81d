package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.ports.redis.LocalRedis;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code load <command> [args] --threads T --seconds S}: repeats a command and prints one JSON line
 * with how the calls ended, so that users can check their own budget.
 */
class CliLoadTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "BRING_API_UID", InMemoryBring.DEFAULT_USER,
            "BRING_API_KEY", BringSimulator.DEFAULT_KEY,
            "BRING_CLIENT_URL", "https://shop.example.com");

    private static JsonNode line(CliRun run) throws Exception {
        assertThat(run.out().lines()).as(run.err()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(run.out());
        assertThat(line.fieldNames()).toIterable().containsExactly("ok", "rateLimited", "failed", "seconds", "perSecond");
        return line;
    }

    @Test
    void repeatsAReadOnTheThreadsForTheSecondsAndTalliesThem() throws Exception {
        CliRun run = CliRun.run(Map.of(), "load", "om", "order", "10000000000", "11873875-status_med_2", "--threads", "2",
                "--seconds", "1");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode line = line(run);
        assertThat(line.get("ok").asInt()).isGreaterThan(10);
        assertThat(line.get("rateLimited").asInt()).isZero();
        assertThat(line.get("failed").asInt()).isZero();
        assertThat(line.get("seconds").asDouble()).as("from the first call's end to the last's").isBetween(0.5, 1.5);
        assertThat(line.get("perSecond").asDouble()).isCloseTo(line.get("ok").asInt() / line.get("seconds").asDouble(),
                offset(0.05 * line.get("perSecond").asDouble() + 0.01));
    }

    @Test
    void overRestTheRateBudgetKeepsBringsLimitAndSaysSo() throws Exception {
        try (BringSimulator bring = BringSimulator.start(InMemoryBring.withDemoData())
                .user(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY)) {

            CliRun run = CliRun.run(ENVIRONMENT, "--threads", "8", "load", "--transport", "rest", "--host",
                    bring.baseUri().toString(), "om", "order", "10000000000", "11873875-status_med_2", "--seconds", "2");

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode line = line(run);
            assertThat(line.get("ok").asInt()).isGreaterThan(18);
            assertThat(line.get("rateLimited").asInt()).isZero();
            assertThat(bring.throttled()).as("requests Bring throttled").isZero();
            assertThat(bring.peakRequestsPerSecond()).as("the most in any second").isLessThanOrEqualTo(18);
        }
    }

    @Test
    void overRestWithTheBudgetOnRedis() throws Exception {
        try (LocalRedis redis = new LocalRedis();
             BringSimulator bring = BringSimulator.start(InMemoryBring.withDemoData())
                     .user(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY)) {
            Map<String, String> environment = new HashMap<>(ENVIRONMENT);
            environment.put("BRINGPORT_RATE_BUDGET", redis.address().toString());

            CliRun run = CliRun.run(environment, "load", "--transport", "rest", "--host", bring.baseUri().toString(),
                    "om", "error-codes", "--threads", "8", "--seconds", "2");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(line(run).get("ok").asInt()).isGreaterThan(18);
            assertThat(bring.throttled()).as("requests Bring throttled").isZero();
        }
    }

    @Test
    void callsThatFailAreCountedAndTheStatusSaysSo() throws Exception {
        int nothingThere = LocalRedis.freePort();

        CliRun run = CliRun.run(ENVIRONMENT, "load", "--transport", "rest", "--host", "http://127.0.0.1:" + nothingThere,
                "om", "error-codes", "--seconds", "1");

        assertThat(run.status()).isEqualTo(ExitCode.TRANSPORT_FAILURE);
        JsonNode line = line(run);
        assertThat(line.get("failed").asInt()).isPositive();
        assertThat(line.get("ok").asInt()).isZero();
    }

    @Test
    void whatCannotBeRepeatedIsAUsageError() {
        assertThat(CliRun.run(Map.of(), "load").err()).contains("usage: load <om|wh|booking|pickup command and args>");
        assertThat(CliRun.run(Map.of(), "load", "demo").status()).isEqualTo(ExitCode.USAGE);
        CliRun zero = CliRun.run(Map.of(), "--json", "load", "om", "error-codes", "--threads", "0");
        assertThat(zero.status()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("\"type\":\"UsageError\"").contains("--threads needs a whole number above 0, was '0'");
        assertThat(CliRun.run(Map.of(), "om", "error-codes", "--seconds", "2").err())
                .contains("--seconds is an option of 'load' only");
        assertThat(CliRun.run(Map.of(), "load", "om", "nothing").err()).contains("error: ");
        assertThat(CliRun.run(Map.of(), "load", "om", "nothing").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anOptionOfTheCommandRepeatedStaysItsOwn() throws Exception {
        CliRun run = CliRun.run(Map.of(), "load", "wh", "stock", "10000000000", "--article", "100001", "--seconds", "1");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(line(run).get("ok").asInt()).isPositive();
    }
}
