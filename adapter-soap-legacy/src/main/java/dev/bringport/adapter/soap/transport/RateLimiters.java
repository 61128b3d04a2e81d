package dev.bringport.adapter.soap.transport;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's rate limiters, one per Mybring user id (and limit): Bring counts requests per user,
 * so every thread and every adapter instance that calls with the same user id shares one.
 */
final class RateLimiters {

    private static final Map<Key, RateLimiter> LIMITERS = new ConcurrentHashMap<>();

    private RateLimiters() {
    }

    /**
     * The limiter of a user.
     *
     * @param userId the Mybring user id of the credentials
     * @param limit  the limit
     * @return the limiter every caller with this user id and limit shares
     */
    static RateLimiter forUser(String userId, RateLimit limit) {
        return LIMITERS.computeIfAbsent(new Key(userId, limit), key -> RateLimiter.of(
                "bring-soap-" + key.userId() + "-" + limit.requests() + "/" + limit.period(),
                // One permit per share of the period, not the whole period's permits at once: those
                // could all go at the end of one period and again at the start of the next.
                RateLimiterConfig.custom()
                        .limitForPeriod(1)
                        .limitRefreshPeriod(limit.period().dividedBy(limit.requests()))
                        .timeoutDuration(limit.maxWait())
                        .build()));
    }

    private record Key(String userId, RateLimit limit) {
    }
}
