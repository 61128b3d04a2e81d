package dev.bringport.ports.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.transport.CountingBring;
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.RateBudget;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate budget a fleet shares on Redis, against a real Redis server on 127.0.0.1: budgets that
 * stand for the instances of a fleet (each with its own connection, as each JVM would have) book
 * against one Bring that counts arrivals as Bring does.
 */
class RedisRateBudgetTest {

    private static final Duration BOOKING = Duration.ofSeconds(2);
    private static LocalRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = new LocalRedis();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    private static String user() {
        return "fleet-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void threeInstancesBookingForTwoSecondsPutAtMost18ArrivalsInAnySecondAndBookAtLeast17ASecondTogether()
            throws Exception {
        String user = user();
        List<RedisRateBudget> fleet = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                fleet.add(RedisRateBudget.connect(redis.address(), 18, 3));
            }
            CountingBring bring = CountingBring.book(user, fleet.stream().map(budget -> (RateBudget) budget).toList(), 16,
                    BOOKING, Duration.ofSeconds(6));

            assertThat(bring.throttled()).as("requests Bring throttled").isZero();
            assertThat(bring.peak()).as("the most arrivals in any second").isLessThanOrEqualTo(CountingBring.BRING_LIMIT);
            assertThat(bring.perSecond()).as("bookings a second, the fleet together").isGreaterThanOrEqualTo(17);
        } finally {
            fleet.forEach(RedisRateBudget::close);
        }
    }

    @Test
    void threeInstancesEachWithABudgetOfItsOwnGetThrottled() throws Exception {
        String user = user();
        RateBudget jvm = InProcessRateBudget.perSecond(18);
        List<RateBudget> fleet = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String instance = " in JVM " + i; // each JVM counts on its own
            fleet.add((userId, wait) -> jvm.enter(userId + instance, wait));
        }

        CountingBring bring = CountingBring.book(user, fleet, 16, BOOKING, Duration.ofSeconds(3));

        assertThat(bring.throttled()).as("requests Bring throttled").isPositive();
    }

    @Test
    void whileRedisIsAwayAnInstanceGoesOnAtItsShareAndSaysSoOnceInTheLogAndTheMetricsThenSharesTheBucketAgainWhenItIsBack()
            throws Exception {
        String user = user();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LocalRedis ownRedis = new LocalRedis(); Log log = new Log();
             RedisRateBudget budget = RedisRateBudget.connect(ownRedis.address(), 18, 3)
                     .callListener(new MicrometerCallListener(registry))) {
            takeTen(budget, user);
            assertThat(budget.onRedis()).isTrue();
            assertThat(registry.find("bringport.rate.budget.changes").counters()).as("no change yet").isEmpty();

            ownRedis.stop();
            long start = System.nanoTime();
            takeTen(budget, user);
            Duration tookOnItsOwn = Duration.ofNanos(System.nanoTime() - start);

            assertThat(budget.onRedis()).as("on Redis while it is away").isFalse();
            assertThat(tookOnItsOwn).as("ten places at its share of 6 a second")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .contains("Redis at 127.0.0.1:" + ownRedis.address().getPort() + " cannot be reached")
                    .contains("6 requests a second of its own, its share of 18");
            assertThat(registry.get("bringport.rate.budget.changes").tag("budget", "local").counter().count())
                    .as("counted once while away, ten requests later").isEqualTo(1);

            ownRedis.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!budget.onRedis() && System.nanoTime() < deadline) {
                budget.enter(user, Duration.ofSeconds(1)).orElseThrow().arrived();
                Thread.sleep(100);
            }
            assertThat(budget.onRedis()).as("back on Redis once it is back").isTrue();
            takeTen(budget, user);
            assertThat(log.messages(Level.INFO)).singleElement().asString().contains("is back");
            assertThat(log.messages(Level.WARNING)).as("said once while away").hasSize(1);
            assertThat(registry.get("bringport.rate.budget.changes").tag("budget", "shared").counter().count())
                    .as("counted once when back").isEqualTo(1);
            assertThat(registry.get("bringport.rate.budget.changes").tag("budget", "local").counter().count())
                    .isEqualTo(1);
        }
    }

    @Test
    void aBudgetThatCannotReachRedisFailsAtOnceNamingWhereButNotThePassword() {
        int nothingThere = LocalRedis.freePort();

        assertThatIllegalStateException()
                .isThrownBy(() -> RedisRateBudget.connect(URI.create("redis://:s3cret-pa55@127.0.0.1:" + nothingThere)))
                .withMessageContaining("127.0.0.1:" + nothingThere)
                .withMessageContaining("Redis cannot be reached")
                .withMessageNotContaining("s3cret-pa55")
                .satisfies(failure -> assertThat(failure.getCause()).isNull());
    }

    @Test
    void anAddressThatIsNoRedisAddressIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisRateBudget.connect(URI.create("http://127.0.0.1:6379")))
                .withMessageContaining("redis://host:6379");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisRateBudget.connect(URI.create("redis://127.0.0.1:6379?instances=many")))
                .withMessage("instances in the address of Redis at 127.0.0.1:6379 must be a whole number, was many");
    }

    @Test
    void theEnvironmentNamesTheRedisTheFleetSharesOrNone() throws Exception {
        assertThat(RedisRateBudget.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "rest"))).isEmpty();
        assertThat(RedisRateBudget.fromEnvironment(Map.of(RedisRateBudget.ENVIRONMENT_VARIABLE, " "))).isEmpty();
        try (RedisRateBudget budget = RedisRateBudget.fromEnvironment(Map.of(RedisRateBudget.ENVIRONMENT_VARIABLE,
                redis.address() + "?instances=2")).orElseThrow()) {
            assertThat(budget.enter(user(), Duration.ofSeconds(1))).isPresent();
            assertThat(budget).hasToString("RedisRateBudget[18 per second on Redis at 127.0.0.1:"
                    + redis.address().getPort() + ", 9 per second of its own while Redis is away]");
        }
    }

    @Test
    void whatTheEnvironmentGetsWrongIsSaidWithoutItsPassword() {
        int nothingThere = LocalRedis.freePort();

        assertThatIllegalStateException().isThrownBy(() -> RedisRateBudget.fromEnvironment(Map.of(
                        RedisRateBudget.ENVIRONMENT_VARIABLE, "redis://:s3cret-pa55@127.0.0.1:" + nothingThere)))
                .withMessageStartingWith("BRINGPORT_RATE_BUDGET: the rate budget on Redis at 127.0.0.1:" + nothingThere
                        + " cannot start")
                .withMessageNotContaining("s3cret-pa55");
        assertThatIllegalArgumentException().isThrownBy(() -> RedisRateBudget.fromEnvironment(Map.of(
                        RedisRateBudget.ENVIRONMENT_VARIABLE, "https://user:s3cret-pa55@example.com")))
                .withMessage("BRINGPORT_RATE_BUDGET: a rate budget on Redis needs an address like redis://host:6379,"
                        + " not https://example.com:6379");
        assertThatIllegalArgumentException().isThrownBy(() -> RedisRateBudget.fromEnvironment(Map.of(
                        RedisRateBudget.ENVIRONMENT_VARIABLE, "redis://:s3cret pa55@host")))
                .withMessageStartingWith("BRINGPORT_RATE_BUDGET must be an address like redis://host:6379: it is no address")
                .withMessageNotContaining("s3cret");
    }

    @Test
    void theBucketsAreKeptInTheDatabaseTheAddressNames() throws Exception {
        String user = user();
        try (RedisRateBudget budget = RedisRateBudget.connect(URI.create(redis.address() + "/3"), 18, 3)) {
            budget.enter(user, Duration.ofSeconds(1)).orElseThrow();
        }
        RedisClient client = RedisClient.create(redis.address() + "/3");
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().exists("bringport:rate-budget:" + user)).isEqualTo(1L);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void eachUserHasABucketOfTheirOwn() throws Exception {
        try (RedisRateBudget budget = RedisRateBudget.connect(redis.address(), 1, 1)) {
            String one = user();
            assertThat(budget.enter(one, Duration.ZERO)).isPresent();
            assertThat(budget.enter(one, Duration.ZERO)).as("one a second for this user").isEmpty();
            assertThat(budget.enter(user(), Duration.ZERO)).as("another user's bucket").isPresent();
        }
    }

    private static void takeTen(RateBudget budget, String user) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Optional<RateBudget.Place> place = budget.enter(user, Duration.ofSeconds(5));
            assertThat(place).isPresent();
            place.get().sent();
            place.get().arrived();
        }
    }

    /** What the budget logs, by level. */
    private static final class Log extends Handler implements AutoCloseable {

        private final Logger logger = Logger.getLogger(RedisRateBudget.class.getName());
        private final List<LogRecord> records = new ArrayList<>();

        Log() {
            logger.addHandler(this);
        }

        synchronized List<String> messages(Level level) {
            return records.stream().filter(record -> record.getLevel().equals(level)).map(LogRecord::getMessage).toList();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
