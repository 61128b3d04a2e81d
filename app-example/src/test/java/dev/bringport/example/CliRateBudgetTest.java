package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.ExampleServer;
import dev.bringport.ports.redis.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code BRINGPORT_RATE_BUDGET=redis://host:port}: the tool takes its places from the budget a
 * fleet shares on Redis, and a Redis it cannot reach stops it before anything is sent, with a
 * message that names the Redis but not its password.
 */
class CliRateBudgetTest {

    private static ExampleServer bring;

    @BeforeAll
    static void serve() {
        bring = ExampleServer.start();
        bring.route("GET", "/po/api/v1/errorCodes", request -> new ExampleServer.Answer(200, "application/json",
                BringExamples.order("error_codes.json")));
    }

    @AfterAll
    static void stop() {
        bring.close();
    }

    private static Map<String, String> environment(String rateBudget) {
        Map<String, String> environment = new HashMap<>(CliOverRestReadsTest.CREDENTIALS);
        environment.put("BRINGPORT_RATE_BUDGET", rateBudget);
        return environment;
    }

    @Test
    void theToolTakesItsPlacesFromTheBudgetOnRedis() {
        try (LocalRedis redis = new LocalRedis()) {
            CliRun run = CliRun.run(environment(redis.address().toString()), "--transport", "rest", "--host",
                    bring.baseUri().toString(), "om", "error-codes");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("PO_INPUT_001");
            RedisClient client = RedisClient.create(redis.address().toString());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().exists("bringport:rate-budget:cli-user@example.com"))
                        .as("the user's bucket on Redis").isEqualTo(1L);
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void aRedisThatCannotBeReachedStopsTheToolBeforeAnythingIsSent() {
        int nothingThere = LocalRedis.freePort();
        int before = bring.requests().size();

        CliRun run = CliRun.run(environment("redis://:s3cret-pa55@127.0.0.1:" + nothingThere), "--json",
                "--transport", "rest", "--host", bring.baseUri().toString(), "om", "error-codes");

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("UsageError").contains("BRINGPORT_RATE_BUDGET: the rate budget on Redis at 127.0.0.1:"
                + nothingThere + " cannot start: Redis cannot be reached").doesNotContain("s3cret-pa55");
        assertThat(run.out()).doesNotContain("s3cret-pa55");
        assertThat(bring.requests()).as("requests sent").hasSize(before);
    }
}
