package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The JVM's rate budget: one count per Mybring user for the whole JVM, whichever adapter (REST or
 * SOAP) and however many instances call with that user's credentials. A request may leave while
 * fewer than the rate are on their way or arrived within the last second, counting a request as
 * arrived when its answer begins if it begins within half a second of its body, else
 * {@code 25 ms} after its body was written (a booking Bring takes seconds to answer holds its
 * place about a second, not its answer's seconds: with enough threads, bookings that take 2 s go
 * at the full rate); and requests leave evenly, one every {@code 1/rate} second and 3 % more. So
 * however long each is held up before it leaves, no second at Bring holds more than the rate.
 * Budgets of different rates count the same user's requests together, each request going only
 * while its own rate is not reached.
 */
public final class InProcessRateBudget implements RateBudget {

    /** The spacing between requests is this much longer than 1 s / rate: they go out evenly, a little below it. */
    private static final double PACING_MARGIN = 1.03;
    private static final Map<Integer, InProcessRateBudget> BUDGETS = new ConcurrentHashMap<>();
    private static final Map<String, User> USERS = new ConcurrentHashMap<>();

    private final int requestsPerSecond;
    private final Duration spacing;

    private InProcessRateBudget(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        this.spacing = Duration.ofNanos(Math.round(TimeUnit.SECONDS.toNanos(1) / (double) requestsPerSecond * PACING_MARGIN));
    }

    /**
     * The JVM's budget at a rate.
     *
     * @param requestsPerSecond the most requests of one user Bring may count within any second
     * @return the budget, the same instance for the same rate
     * @throws IllegalArgumentException for a rate below 1
     */
    public static InProcessRateBudget perSecond(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1, was " + requestsPerSecond);
        }
        return BUDGETS.computeIfAbsent(requestsPerSecond, InProcessRateBudget::new);
    }

    /**
     * The rate of this budget.
     *
     * @return requests per second
     */
    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    @Override
    public Optional<Place> enter(String userId, Duration longestWait) throws InterruptedException {
        Objects.requireNonNull(userId, "userId");
        long deadline = System.nanoTime() + longestWait.toNanos();
        User user = USERS.computeIfAbsent(userId, id -> new User(new LastSecond(System::nanoTime), new Pace(System::nanoTime)));
        Optional<LastSecond.Place> place = user.lastSecond().enter(requestsPerSecond, longestWait);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong slot = user.pace().reserve(spacing, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        if (slot.isEmpty()) {
            place.get().release();
            return Optional.empty();
        }
        try {
            TimeUnit.NANOSECONDS.sleep(slot.getAsLong() - System.nanoTime());
        } catch (InterruptedException e) {
            place.get().release();
            throw e;
        }
        return Optional.of(place.get());
    }

    @Override
    public String toString() {
        return "InProcessRateBudget[" + requestsPerSecond + " per second]";
    }

    /** What the JVM counts for one user. */
    private record User(LastSecond lastSecond, Pace pace) {
    }
}
