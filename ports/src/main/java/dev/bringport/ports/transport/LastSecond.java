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
 * most the limit, as long as no request arrives later than its place says.
 *
 * <p>So a place is held until its request has arrived, and for a second after. A request is held
 * up before its body has been written (a connection to make, a thread to wake, a pause of the
 * JVM): its place is held all that time. Once the body is written the request is on the network,
 * and Bring counts it moments later. How long those moments last does not matter in itself: a way
 * that takes every request the same time delays every arrival alike and puts no more into a
 * second. What could is one request taking longer on the way than the requests after it, and
 * {@link #WAY} bounds that. So:
 * <ul>
 *   <li>an answer that begins within {@link #QUICK_ANSWER} of the body is when Bring had counted
 *       the request at the latest, however long its way or Bring's counting took: the request
 *       counts from then;</li>
 *   <li>a request Bring takes longer to answer (a booking takes seconds) counts from {@link #WAY}
 *       after its body was written, when it had arrived at the latest, not from its answer: a
 *       slow answer does not hold its place.</li>
 * </ul>
 * A call that ends before its body was written counts from its end. Each request brings its
 * limit: requests of different limits count together, and none goes while its own limit is
 * reached. Thread-safe.
 */
final class LastSecond {

    /**
     * How much longer one request's way to Bring's count, from its body written, may take than a later
     * request's: network jitter on a path to Bring is a few milliseconds. A request whose answer does
     * not begin within {@link #QUICK_ANSWER} counts as arrived this long after its body was written.
     */
    static final Duration WAY = Duration.ofMillis(25);
    /**
     * How soon after its body an answer tells when Bring counted the request: a request answered
     * later is one Bring takes long to carry out, not one long on its way. Shorter than
     * {@link #WAY} and a second, so that the place is still held when its answer tells.
     */
    static final Duration QUICK_ANSWER = Duration.ofMillis(500);

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

        /** When the request's body was written; {@code null} until then. */
        private Long sentAt;
        /** When the request arrived at the latest, once known; {@code null} while it is under way. */
        private Long arrival;
        private boolean answered;

        private Place() {
        }

        /**
         * The request's body has been written: it counts as arrived {@link #WAY} from now, unless
         * its answer begins within {@link #QUICK_ANSWER}.
         */
        @Override
        public void sent() {
            synchronized (LastSecond.this) {
                if (arrival == null && !answered) {
                    sentAt = nanoTime.getAsLong();
                    count(sentAt + WAY.toNanos());
                }
            }
        }

        /**
         * The request's answer began, or the call ended without one: it arrived now at the
         * latest, if its body was not written or was written within {@link #QUICK_ANSWER}. Only
         * the first call counts.
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
                } else if (now - sentAt <= QUICK_ANSWER.toNanos() && now != arrival) {
                    arrivals.remove(arrival); // still there: it leaves a second after the way, after the quick answer
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
