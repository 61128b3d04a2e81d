package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Counts one user's arrivals as Bring does: a request that finds 18 arrived within the second
 * before it is throttled (HTTP 429), and counts as an arrival all the same. It is told when each
 * request arrives (a moment on the network after it left: a time, so that the network's jitter is
 * the one the test gives, not the test machine's scheduling) and counts once all have.
 */
public final class CountingBring {

    /** The most arrivals of a user Bring lets through within any second. */
    public static final int BRING_LIMIT = 18;
    /** How much later than another a request may arrive after its body was written (the network's jitter the budgets assume). */
    private static final int WAY_JITTER_MS = 24;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final List<Long> arrivals = new ArrayList<>();

    /**
     * A request arrives.
     *
     * @param at when, on the clock of {@link System#nanoTime()}
     */
    public synchronized void arrive(long at) {
        arrivals.add(at);
    }

    /** @return how many requests Bring throttled: those that found 18 arrived within the second before them */
    public synchronized int throttled() {
        return (int) withinTheSecondBefore().filter(count -> count > BRING_LIMIT).count();
    }

    /** @return the most arrivals within any second */
    public synchronized int peak() {
        return withinTheSecondBefore().max().orElse(0);
    }

    /** For each arrival, in order: how many arrived within the second up to it, itself included. */
    private IntStream withinTheSecondBefore() {
        List<Long> times = arrivals.stream().sorted().toList();
        IntStream.Builder counts = IntStream.builder();
        for (int first = 0, last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= SECOND) {
                first++;
            }
            counts.add(last - first + 1);
        }
        return counts.build();
    }

    /** @return arrivals a second, from the first to the last */
    public synchronized double perSecond() {
        if (arrivals.size() < 2) {
            return 0;
        }
        long first = arrivals.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = arrivals.stream().mapToLong(Long::longValue).max().orElseThrow();
        return (arrivals.size() - 1) / ((last - first) / (double) SECOND);
    }

    /**
     * Threads on each instance book for a while: each takes a place, writes its body, arrives at
     * Bring up to 24 ms later, and waits for its answer for as long as a booking takes.
     *
     * @param user            whose requests
     * @param fleet           the budget of each instance
     * @param threadsEach     how many threads book on each instance
     * @param booking         how long Bring takes to answer a booking
     * @param run             for how long they start bookings
     * @return Bring, with every arrival counted
     * @throws Exception if a thread failed
     */
    public static CountingBring book(String user, List<RateBudget> fleet, int threadsEach, Duration booking, Duration run)
            throws Exception {
        CountingBring bring = new CountingBring();
        ExecutorService threads = Executors.newFixedThreadPool(threadsEach * fleet.size());
        try {
            long end = System.nanoTime() + run.toNanos();
            List<Future<?>> bookings = new ArrayList<>();
            for (RateBudget instance : fleet) {
                for (int i = 0; i < threadsEach; i++) {
                    bookings.add(threads.submit(() -> {
                        while (System.nanoTime() < end) {
                            Optional<RateBudget.Place> place = instance.enter(user, Duration.ofSeconds(10));
                            if (place.isEmpty()) {
                                continue;
                            }
                            long sent = System.nanoTime();
                            place.get().sent();
                            bring.arrive(sent + TimeUnit.MILLISECONDS.toNanos(
                                    ThreadLocalRandom.current().nextInt(WAY_JITTER_MS + 1))); // on its way
                            Thread.sleep(booking.toMillis());
                            place.get().arrived();
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> each : bookings) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return bring;
    }
}
