package dev.bringport.example;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.redis.RedisRateBudget;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance of the fleet of {@code dev.bringport.example.benchmarks.FleetBenchmark}, a JVM of
 * its own: threads book through one REST adapter, with the JVM's rate budget or the one on Redis,
 * never sending a booking again (so that every HTTP 429 is counted), from a given moment for a
 * given time, and print one JSON line as {@code load} does ({@link LoadCommand}), then one with
 * when its first and last booking were answered, booked or not (epoch milliseconds), for the fleet's
 * seconds together.
 *
 * <p>Arguments: the host of Bring's APIs (e.g. {@code http://127.0.0.1:8080}), threads, seconds,
 * the moment to start (epoch milliseconds), and {@code in-process} or a Redis address. The
 * credentials come from {@code BRING_API_UID}, {@code BRING_API_KEY}, {@code BRING_CLIENT_URL},
 * else the simulators' default user.
 */
public final class FleetInstance {

    private FleetInstance() {
    }

    /**
     * Books, then prints {@code {"ok", "rateLimited", "failed", "seconds", "perSecond"}}.
     *
     * @param args host, threads, seconds, start (epoch ms), {@code in-process} or {@code redis://host:port}
     * @throws Exception if Redis cannot be reached, or the first booking fails
     */
    public static void main(String[] args) throws Exception {
        URI host = URI.create(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        long startAt = Long.parseLong(args[3]);
        Optional<RedisRateBudget> redis = args[4].equals("in-process") ? Optional.empty()
                : Optional.of(RedisRateBudget.connect(URI.create(args[4])));
        Map<String, String> environment = new HashMap<>(Map.of("BRING_API_UID", InMemoryBring.DEFAULT_USER,
                "BRING_API_KEY", BringSimulator.DEFAULT_KEY, "BRING_CLIENT_URL", "https://shop.example"));
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("BRING_API_") || name.equals("BRING_CLIENT_URL")) {
                environment.put(name, value);
            }
        });
        BringRest.Builder builder = BringRest.builder().credentialsFromEnvironment(environment).host(host)
                .retryPolicy(RetryPolicy.NEVER);
        redis.ifPresent(builder::rateBudget);
        Booking booking = builder.build().booking();
        warmUp(booking, threads);
        Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));

        AtomicLong firstEnded = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastEnded = new AtomicLong(Long.MIN_VALUE);
        LoadCommand.Tally tally = LoadCommand.run(new LoadCommand.Load(List.of("booking", "book"), threads,
                Duration.ofSeconds(seconds)), () -> {
                    try {
                        booking.book(ContractExamples.booking(Instant.now()));
                    } finally { // answered, booked or throttled: a run of 429s lasts as long as it went
                        long answered = System.currentTimeMillis(); // the fleet's JVMs share this machine's clock
                        firstEnded.accumulateAndGet(answered, Math::min);
                        lastEnded.accumulateAndGet(answered, Math::max);
                    }
                });
        redis.ifPresent(RedisRateBudget::close);
        System.out.println(tally.json());
        System.out.println("{\"firstEnded\": " + firstEnded.get() + ", \"lastEnded\": " + lastEnded.get() + "}");
        System.exit(0);
    }

    /**
     * Before the count, one booking on each thread at once: the classes are loaded and the adapter
     * has as many connections to Bring as threads (a request held up by a new connection after its
     * token can crowd a second: docs/RELIABILITY.md, "Several instances"). Throttled ones are fine.
     */
    private static void warmUp(Booking booking, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                try {
                    booking.book(ContractExamples.booking(Instant.now()));
                } catch (RuntimeException throttledOrFailed) {
                    // the count has not begun
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
