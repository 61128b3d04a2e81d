package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The requests of one Mybring user that Bring may count within one second: those on their way
 * and those that arrived less than a second ago. Bring counts a request when it arrives, some
 * time after it was sent; a request held up on the way (a new connection, a busy machine) can
 * arrive together with later ones, so spacing the sending alone can put more than the limit into
 * a second. A request that may only be sent while fewer than the limit are on their way or
 * arrived within the last second cannot: whenever each arrived, any second of arrivals holds at
 * most the limit. A request has provably arrived once its answer has begun; one whose body has
 * been written has arrived within moments, so it counts as arrived a margin later
 * ({@link #ARRIVAL_MARGIN}, for the time the body spends on the way and Bring takes to count it)
 * unless its answer begins sooner, and a slow answer (a booking takes seconds) does not hold its
 * place longer. Each request brings its limit: requests of different limits count together, and
 * none goes while its own limit is reached. Thread-safe.
 */
final class LastSecond {

    /** How long after its body is written a request is taken to have arrived, at the latest. */
    static final Duration ARRIVAL_MARGIN = Duration.ofMillis(500);

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier nanoTime;
    /** When the requests that count arrived (or will have arrived at the latest), earliest first. */
    private final PriorityQueue<Long> arrivals = new PriorityQueue<>();
    private int underWay;

    /** @param nanoTime the clock, {@code System::nanoTime} */
    LastSecond(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a place for a request, waiting for one if need be.
     *
     * @param limit       the most requests Bring may count within a second, for this request
     * @param longestWait how long to wait at most; zero to take a place only if one is free now
     * @return the request's place, empty if none was free within the wait; once it is taken, tell
     *         it when the request's body has been written and when its answer began or it failed
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized Optional<Place> enter(int limit, Duration longestWait) throws InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
        }
        long deadline = nanoTime.getAsLong() + longestWait.toNanos();
        while (true) {
            long now = nanoTime.getAsLong();
            while (!arrivals.isEmpty() && now - arrivals.peek() >= SECOND) {
                arrivals.poll();
            }
            if (underWay + arrivals.size() < limit) {
                underWay++;
                return Optional.of(new Place());
            }
            long left = deadline - now;
            if (left <= 0) {
                return Optional.empty();
            }
            long untilOneLeaves = arrivals.isEmpty() ? left : arrivals.peek() + SECOND - now;
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, Math.min(left, untilOneLeaves)));
        }
    }

    /** The place of one request: under way, then counted from when it arrived at the latest. */
    final class Place implements RateBudget.Place {

        /** When the request arrived at the latest, once known; {@code null} while it is under way. */
        private Long arrival;
        private boolean answered;

        private Place() {
        }

        /**
         * The request's body has been written: it counts as arrived {@link #ARRIVAL_MARGIN} from
         * now at the latest, however long its answer takes.
         */
        @Override
        public void sent() {
            synchronized (LastSecond.this) {
                if (arrival == null && !answered) {
                    count(nanoTime.getAsLong() + ARRIVAL_MARGIN.toNanos());
                }
            }
        }

        /**
         * The request's answer began, or the call ended without one: it arrived now at the
         * latest. Only the first call counts.
         */
        @Override
        public void arrived() {
            synchronized (LastSecond.this) {
                if (answered) {
                    return;
                }
                answered = true;
                long now = nanoTime.getAsLong();
                if (arrival == null) {
                    count(now);
                } else if (now < arrival) {
                    arrivals.remove(arrival);
                    arrival = now;
                    arrivals.add(arrival);
                    LastSecond.this.notifyAll();
                }
            }
        }

        /** The request will not leave after all: its place is free again and counts for nothing. */
        void release() {
            synchronized (LastSecond.this) {
                if (arrival == null && !answered) {
                    answered = true;
                    underWay--;
                    LastSecond.this.notifyAll();
                }
            }
        }

        private void count(long arrivedAtTheLatest) {
            underWay--;
            arrival = arrivedAtTheLatest;
            arrivals.add(arrival);
            LastSecond.this.notifyAll();
        }
    }
}
