package dev.bringport.ports.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Bring's door, for the server side of every wire: a request comes in only with all three
 * credential headers ({@code X-Mybring-API-Uid}, {@code X-Mybring-API-Key},
 * {@code X-Bring-Client-URL}) and a key the {@link Logins} accept; and a user's request that would
 * be the 19th arrival within any second is throttled, as Bring's Booking page says: "Clients
 * exceeding 18 requests per second will be throttled, and the response will contain http status
 * code 429". Every arrival of a logged-in user counts, throttled or not; each user counts alone,
 * whichever wire the request came over. The door also tallies what it saw, per user. Thread-safe.
 */
public final class FrontDoor {

    /** Bring's limit: at most 18 requests of one user within any second. */
    public static final int BRING_LIMIT = 18;
    /** No limit: nobody is throttled. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;
    /** How many users the door tallies one by one; the others are tallied together. */
    static final int USERS_COUNTED = 1_000;
    /** Where the users beyond {@link #USERS_COUNTED} are tallied. */
    static final String OTHER_USERS = "(other users)";

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** What the door decided about a request. */
    public enum Admission {
        /** Logged in and within the limit: Bring answers it. */
        ADMITTED,
        /** A credential header is missing or blank, or the key is not accepted. */
        NOT_LOGGED_IN,
        /** The user's arrivals within the last second, this one included, are over the limit. */
        THROTTLED
    }

    /**
     * What the door saw.
     *
     * @param requests  requests that came to the door
     * @param throttled of those, how many were throttled
     */
    public record Tally(long requests, long throttled) {
    }

    private final Logins logins;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> arrivals = new HashMap<>();
    private final Map<String, long[]> byUser = new LinkedHashMap<>();
    private volatile int limit;
    private long requests;
    private long throttled;
    private long lastSweep;

    /**
     * A door.
     *
     * @param logins the keys accepted
     * @param limit  the most requests of one user within any second ({@link #BRING_LIMIT},
     *               {@link #NO_LIMIT} for none)
     */
    public FrontDoor(Logins logins, int limit) {
        this(logins, limit, System::nanoTime);
    }

    FrontDoor(Logins logins, int limit, LongSupplier nanoTime) {
        this.logins = Objects.requireNonNull(logins, "logins");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        limit(limit);
        this.lastSweep = nanoTime.getAsLong();
    }

    /**
     * Changes the limit from the next arrival on.
     *
     * @param requestsPerSecond the most requests of one user within any second; {@link #NO_LIMIT} for none
     * @throws IllegalArgumentException if it is below 1
     */
    public void limit(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("the limit must be at least 1 request per second, was " + requestsPerSecond);
        }
        this.limit = requestsPerSecond;
    }

    /**
     * Whether a request is logged in: all three headers there and not blank, and the key accepted.
     * Counts nothing.
     *
     * @param userId    {@code X-Mybring-API-Uid}, may be null
     * @param apiKey    {@code X-Mybring-API-Key}, may be null
     * @param clientUrl {@code X-Bring-Client-URL}, may be null
     * @return whether it is
     */
    public boolean loggedIn(String userId, String apiKey, String clientUrl) {
        return given(userId) && given(apiKey) && given(clientUrl) && logins.accepts(userId, apiKey);
    }

    /**
     * Lets a request in, or not, and counts it.
     *
     * @param userId    {@code X-Mybring-API-Uid}, may be null
     * @param apiKey    {@code X-Mybring-API-Key}, may be null
     * @param clientUrl {@code X-Bring-Client-URL}, may be null
     * @return the door's decision
     */
    public Admission admit(String userId, String apiKey, String clientUrl) {
        boolean loggedIn = loggedIn(userId, apiKey, clientUrl);
        long now = nanoTime.getAsLong();
        synchronized (this) {
            requests++;
            long[] user = given(userId) ? tally(userId) : null;
            if (user != null) {
                user[0]++;
            }
            if (!loggedIn) {
                return Admission.NOT_LOGGED_IN;
            }
            sweep(now);
            Deque<Long> within = arrivals.computeIfAbsent(userId, u -> new ArrayDeque<>());
            expire(within, now);
            within.addLast(now);
            if (within.size() <= limit) {
                return Admission.ADMITTED;
            }
            throttled++;
            user[1]++;
            return Admission.THROTTLED;
        }
    }

    /**
     * Everything the door saw since it was made or last forgot.
     *
     * @return the requests and the throttled ones
     */
    public synchronized Tally total() {
        return new Tally(requests, throttled);
    }

    /**
     * What the door saw of each user (requests without a user id count in {@link #total()} only);
     * beyond the first thousand users, the others are tallied together under {@code "(other users)"}.
     *
     * @return the tallies by Mybring login, in the order the users first came
     */
    public synchronized Map<String, Tally> byUser() {
        Map<String, Tally> copy = new LinkedHashMap<>();
        byUser.forEach((user, counts) -> copy.put(user, new Tally(counts[0], counts[1])));
        return copy;
    }

    /** Forgets the tallies; the arrivals within the last second still count towards the limit. */
    public synchronized void forget() {
        requests = 0;
        throttled = 0;
        byUser.clear();
    }

    /** @return how many users have arrivals within the last second, as the door holds them */
    synchronized int usersWithin() {
        return arrivals.size();
    }

    @Override
    public String toString() {
        int current = limit;
        return "FrontDoor[" + logins + ", " + (current == NO_LIMIT ? "no limit" : current + " per second") + "]";
    }

    private long[] tally(String userId) {
        long[] counts = byUser.get(userId);
        if (counts != null) {
            return counts;
        }
        int counted = byUser.size() - (byUser.containsKey(OTHER_USERS) ? 1 : 0);
        return byUser.computeIfAbsent(counted < USERS_COUNTED ? userId : OTHER_USERS, u -> new long[2]);
    }

    /** Once a second, drops the users none of whose arrivals count any more: a flood of user ids is not held. */
    private void sweep(long now) {
        if (now - lastSweep < SECOND) {
            return;
        }
        lastSweep = now;
        arrivals.values().removeIf(times -> {
            expire(times, now);
            return times.isEmpty();
        });
    }

    private static void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= SECOND) {
            times.pollFirst();
        }
    }

    private static boolean given(String header) {
        return header != null && !header.isBlank();
    }
}
