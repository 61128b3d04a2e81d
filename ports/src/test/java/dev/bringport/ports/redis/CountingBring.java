package dev.bringport.ports.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counts one user's arrivals as Bring does: a request that finds 18 arrived within the second
 * before it is throttled (HTTP 429), and counts as an arrival all the same. It is told when each
 * request arrives (a moment on the network after it left: a time, so that the network's jitter is
 * the one the test gives, not the test machine's scheduling) and counts once all have.
 */
final class CountingBring {

    static final int BRING_LIMIT = 18;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final List<Long> arrivals = new ArrayList<>();

    /**
     * A request arrives.
     *
     * @param at when, on the clock of {@link System#nanoTime()}
     */
    synchronized void arrive(long at) {
        arrivals.add(at);
    }

    /** @return how many requests Bring throttled: those that found 18 arrived within the second before them */
    synchronized int throttled() {
        List<Long> times = arrivals.stream().sorted().toList();
        int throttled = 0;
        for (int first = 0, last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= SECOND) {
                first++;
            }
            if (last - first >= BRING_LIMIT) {
                throttled++;
            }
        }
        return throttled;
    }

    synchronized int arrivals() {
        return arrivals.size();
    }

    /** @return the most arrivals within any second */
    synchronized int peak() {
        List<Long> times = arrivals.stream().sorted().toList();
        int peak = 0;
        for (int first = 0, last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= SECOND) {
                first++;
            }
            peak = Math.max(peak, last - first + 1);
        }
        return peak;
    }

    /** @return arrivals a second, from the first to the last */
    synchronized double perSecond() {
        if (arrivals.size() < 2) {
            return 0;
        }
        long first = arrivals.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = arrivals.stream().mapToLong(Long::longValue).max().orElseThrow();
        return (arrivals.size() - 1) / ((last - first) / (double) SECOND);
    }
}
