package dev.bringport.adapter.rest.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The requests of one Mybring user that Bring may count within one second: those under way and
 * those answered less than a second ago. Bring counts a request when it arrives, some time after
 * it was sent and before its answer; a request held up on the way (a new connection, a busy
 * machine) can arrive together with later ones, so spacing the sending alone can put more than
 * the limit into a second. A request that may only be sent while fewer than the limit are under
 * way or were answered within the last second cannot: whenever each arrived, any second of
 * arrivals holds at most the limit. Thread-safe.
 */
final class LastSecond {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final int limit;
    private final LongSupplier nanoTime;
    /** When the requests answered within the last second ended, oldest first. */
    private final Deque<Long> answered = new ArrayDeque<>();
    private int underWay;

    /**
     * @param limit    the most requests Bring counts within a second
     * @param nanoTime the clock, {@code System::nanoTime}
     */
    LastSecond(int limit, LongSupplier nanoTime) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a place for a request, waiting for one if need be.
     *
     * @param longestWait how long to wait at most; zero to take a place only if one is free now
     * @return whether the request may be sent; if so, {@link #leave()} when its answer has come or it failed
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized boolean enter(Duration longestWait) throws InterruptedException {
        long deadline = nanoTime.getAsLong() + longestWait.toNanos();
        while (true) {
            long now = nanoTime.getAsLong();
            while (!answered.isEmpty() && now - answered.peekFirst() >= SECOND) {
                answered.removeFirst();
            }
            if (underWay + answered.size() < limit) {
                underWay++;
                return true;
            }
            long left = deadline - now;
            if (left <= 0) {
                return false;
            }
            long untilOneLeaves = answered.isEmpty() ? left : answered.peekFirst() + SECOND - now;
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, Math.min(left, untilOneLeaves)));
        }
    }

    /** Gives up the place of a request that was answered or failed: it counts for one second more. */
    synchronized void leave() {
        if (underWay == 0) {
            throw new IllegalStateException("no request is under way");
        }
        underWay--;
        answered.addLast(nanoTime.getAsLong());
        notifyAll();
    }
}
