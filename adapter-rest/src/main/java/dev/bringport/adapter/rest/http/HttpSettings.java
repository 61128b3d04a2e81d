package dev.bringport.adapter.rest.http;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the REST adapter talks to Bring.
 *
 * @param credentials       the three credential headers
 * @param connectTimeout    the longest wait for a connection
 * @param requestTimeout    the longest wait for a whole answer, its body included, from sending the
 *                          request; Bring books parcels in under 2 s and cargo in under 3 s
 * @param retry             when failed calls are sent again
 * @param requestsPerSecond the most calls per second, shared by every thread using the same
 *                          credentials (Bring throttles above 18)
 * @param maxAnswerBytes    the largest answer read whole; larger ones fail (streamed answers,
 *                          {@link BringHttp#stream}, are read in constant memory and not bounded)
 * @param clock             the clock for request dates
 */
public record HttpSettings(BringCredentials credentials, Duration connectTimeout, Duration requestTimeout,
                           RetryPolicy retry, int requestsPerSecond, long maxAnswerBytes, Clock clock) {

    /** Bring's documented limit for Booking: 18 requests per second. */
    public static final int BRING_REQUESTS_PER_SECOND = 18;
    /** The default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The default answer timeout: Bring's 3 s for a cargo booking, with a margin. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** The default answer bound: 32 MiB. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;

    /** Validates the settings. */
    public HttpSettings {
        Objects.requireNonNull(credentials, "credentials");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1, was " + requestsPerSecond);
        }
        if (maxAnswerBytes < 1) {
            throw new IllegalArgumentException("maxAnswerBytes must be positive, was " + maxAnswerBytes);
        }
        Objects.requireNonNull(clock, "clock");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    /**
     * The defaults for some credentials.
     *
     * @param credentials the credentials
     * @return settings with the default timeouts, retries, rate and bound
     */
    public static HttpSettings defaults(BringCredentials credentials) {
        return new HttpSettings(credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, RetryPolicy.DEFAULT,
                BRING_REQUESTS_PER_SECOND, DEFAULT_MAX_ANSWER_BYTES, Clock.systemUTC());
    }
}
