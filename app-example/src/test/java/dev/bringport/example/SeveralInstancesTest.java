package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.redis.LocalRedis;
import dev.bringport.ports.redis.RedisRateBudget;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * README's "Several instances", run: three instances of an application (three REST adapters, each
 * with its own connection to one Redis, as three JVMs would have) read as fast as they can over
 * Bring's REST APIs, simulated on 127.0.0.1 with Bring's limit (HTTP 429 to a user's 19th request
 * within any second): the simulator throttles none and counts at most 18 in any second. Each
 * instance has made its first call, which loads its classes and connects, before (see
 * docs/RELIABILITY.md, "Several instances", on a request held up after its token).
 */
class SeveralInstancesTest {

    private final BringSimulator localBring = BringSimulator.start(InMemoryBring.withDemoData())
            .user(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY);
    private final Map<String, String> environment = Map.of(
            "BRING_API_UID", InMemoryBring.DEFAULT_USER,
            "BRING_API_KEY", BringSimulator.DEFAULT_KEY,
            "BRING_CLIENT_URL", "https://shop.example.com");
    private final URI bringHost = localBring.baseUri();
    private final LocalRedis redis = new LocalRedis();
    private final URI redisAddress = redis.address();
    private final List<RedisRateBudget> budgets = new ArrayList<>();

    @AfterEach
    void stop() {
        budgets.forEach(RedisRateBudget::close);
        redis.close();
        localBring.close();
    }

    // snippet: several-instances
    // Each instance connects to the Redis the fleet shares when it starts (and fails then if it cannot),
    // and hands the budget to the builders of its transports, instead of the JVM's own budget.
    static RedisRateBudget fleetBudget(URI redis) {
        return RedisRateBudget.connect(redis);   // redis://host:6379?instances=3; close it when the instance stops
    }

    static BringRest instance(RedisRateBudget budget, Map<String, String> environment, URI bringHost) {
        return BringRest.builder()
                .credentialsFromEnvironment(environment)
                .host(bringHost)
                .rateBudget(budget)
                .build();
    }
    // end snippet: several-instances

    private BringRest instance() {
        RedisRateBudget budget = fleetBudget(redisAddress);
        budgets.add(budget);
        return instance(budget, environment, bringHost);
    }

    @Test
    void threeInstancesSharingOneBudgetOnRedisStayUnderBringsLimitTogether() throws Exception {
        List<OrderManagement> fleet = List.of(instance().orderManagement(), instance().orderManagement(),
                instance().orderManagement());
        for (OrderManagement orders : fleet) { // an instance's first call loads its classes and connects: at start-up
            orders.order("10000000000", "11873875-status_med_2");
        }
        Thread.sleep(1_100);
        ExecutorService threads = Executors.newFixedThreadPool(24);
        try {
            long end = System.nanoTime() + 3_000_000_000L;
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                OrderManagement orders = fleet.get(i % fleet.size());
                reads.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        orders.order("10000000000", "11873875-status_med_2");
                    }
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(localBring.requests()).as("requests in 3 s").hasSizeGreaterThan(2 * 18 + fleet.size());
        assertThat(localBring.throttled()).as("requests Bring throttled").isZero();
        assertThat(localBring.peakRequestsPerSecond()).as("the most in any second").isLessThanOrEqualTo(18);
    }
}
