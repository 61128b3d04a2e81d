package dev.bringport.ports.transport;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What every transport to Bring is configured with, whatever its wire: made by a
 * {@link TransportBuilder}, which checks each value as it is set.
 *
 * @param credentials    the three credential headers every call carries
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for a whole answer, its body included, from sending the
 *                       request; Bring books parcels in under 2 s and cargo in under 3 s
 * @param retryPolicy    when a failed call is sent again
 * @param rateBudget     the rate budget of the credentials' user
 * @param rateLimitWait  the longest wait for a place under the rate budget
 * @param maxAnswerBytes the largest answer read whole; larger ones fail
 * @param clock          what "now" is for Bring's rules checked before sending and the dates requests carry
 * @param clientRules    whether Bring's rules are checked before sending
 * @param callListener   told of every attempt of every call
 */
public record TransportSettings(BringCredentials credentials, Duration connectTimeout, Duration requestTimeout,
                                RetryPolicy retryPolicy, RateBudget rateBudget, Duration rateLimitWait, long maxAnswerBytes,
                                Clock clock, ClientRules clientRules, CallListener callListener) {

    /** Bring's documented limit: 18 requests per second. */
    public static final int BRING_REQUESTS_PER_SECOND = 18;
    /** The default connect timeout: 2 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The default answer timeout: Bring's 3 s for a cargo booking, with a margin. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** The default wait for a place under the rate budget: 30 s. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);
    /** The default answer bound: 32 MiB. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;

    /**
     * Checks every value, with the messages of {@link TransportBuilder}'s setters.
     *
     * @param credentials    the three credential headers every call carries
     * @param connectTimeout the longest wait for a connection
     * @param requestTimeout the longest wait for a whole answer, its body included, from sending the
     *                       request; Bring books parcels in under 2 s and cargo in under 3 s
     * @param retryPolicy    when a failed call is sent again
     * @param rateBudget     the rate budget of the credentials' user
     * @param rateLimitWait  the longest wait for a place under the rate budget
     * @param maxAnswerBytes the largest answer read whole; larger ones fail
     * @param clock          what "now" is for Bring's rules checked before sending and the dates requests carry
     * @param clientRules    whether Bring's rules are checked before sending
     * @param callListener   told of every attempt of every call
     */
    public TransportSettings {
        Objects.requireNonNull(credentials, "credentials");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(rateBudget, "rateBudget");
        notNegative(rateLimitWait, "rateLimitWait");
        positive(maxAnswerBytes, "maxAnswerBytes");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(clientRules, "clientRules");
        Objects.requireNonNull(callListener, "callListener");
    }

    /**
     * The same settings with another listener.
     *
     * @param value told of every attempt of every call
     * @return the settings
     */
    public TransportSettings withCallListener(CallListener value) {
        return new TransportSettings(credentials, connectTimeout, requestTimeout, retryPolicy, rateBudget, rateLimitWait,
                maxAnswerBytes, clock, clientRules, value);
    }

    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    static Duration notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
