package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.Optional;

/**
 * How many requests a Mybring user may have Bring count within any second, shared by everything
 * that calls Bring with that user's credentials (Bring throttles above 18 per second with HTTP
 * 429). Every call takes a place before its request leaves, and tells its place when the request
 * was sent and when its answer began, so that an implementation can count a request from when it
 * arrived at Bring. The JVM's budget is {@link InProcessRateBudget}; a fleet of JVMs can share one
 * (on Redis, say) by handing its own implementation to the adapters' builders.
 */
@FunctionalInterface
public interface RateBudget {

    /**
     * Takes a place for a request of a user, waiting for one if need be.
     *
     * @param userId      the Mybring login whose requests Bring counts together
     * @param longestWait how long to wait at most; zero to take a place only if one is free now
     * @return the request's place, empty if none was free within the wait
     * @throws InterruptedException if interrupted while waiting
     */
    Optional<Place> enter(String userId, Duration longestWait) throws InterruptedException;

    /** The place of one request under the budget. Thread-safe. */
    interface Place {

        /** The request's body has been written: it is on its way to Bring. */
        void sent();

        /**
         * The request's answer began, or its call ended without one; called at least once, and
         * only the first call counts.
         */
        void arrived();
    }
}
