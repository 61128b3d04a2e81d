package dev.bringport.ports.transport;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The options every transport's builder shares, with one name, one unit and one check each: the
 * REST and the SOAP adapter's builders extend it and add only what their wire needs. Each value
 * is checked as it is set; credentials are required when the transport is built.
 *
 * @param <B> the transport's builder
 */
public abstract class TransportBuilder<B extends TransportBuilder<B>> {

    private BringCredentials credentials;
    private Optional<URI> host = Optional.empty();
    private Duration connectTimeout = TransportSettings.DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = TransportSettings.DEFAULT_REQUEST_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Optional<Integer> requestsPerSecond = Optional.empty();
    private Optional<RateBudget> rateBudget = Optional.empty();
    private Duration rateLimitWait = TransportSettings.DEFAULT_RATE_LIMIT_WAIT;
    private long maxAnswerBytes = TransportSettings.DEFAULT_MAX_ANSWER_BYTES;
    private Clock clock = Clock.systemUTC();
    private ClientRules clientRules = ClientRules.ON;
    private CallListener callListener = CallListener.NONE;

    /** For a transport's builder. */
    protected TransportBuilder() {
    }

    /**
     * This builder, as its own type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * The credentials every call carries (as HTTP headers).
     *
     * @param value Mybring login, API key and client URL
     * @return this
     */
    public B credentials(BringCredentials value) {
        credentials = Objects.requireNonNull(value, "credentials");
        return self();
    }

    /**
     * The credentials from {@code BRING_API_UID}, {@code BRING_API_KEY} and {@code BRING_CLIENT_URL}.
     *
     * @param environment e.g. {@code System.getenv()}
     * @return this
     * @throws IllegalArgumentException naming a missing variable
     */
    public B credentialsFromEnvironment(Map<String, String> environment) {
        return credentials(BringCredentials.fromEnvironment(environment));
    }

    /**
     * Replaces {@code https://api.bring.com} in every address of the transport, paths unchanged:
     * for a local simulator or a proxy. HTTPS, or plain HTTP on the loopback host only; no user
     * information, query or fragment ({@link BringAddress#requireHost}).
     *
     * @param value e.g. {@code http://127.0.0.1:8080}; a trailing slash is dropped
     * @return this
     * @throws IllegalArgumentException for an address the credentials may not go to
     */
    public B host(URI value) {
        URI checked = BringAddress.requireHost(Objects.requireNonNull(value, "host"));
        host = Optional.of(URI.create(checked.toString().replaceAll("/+$", "")));
        return self();
    }

    /**
     * How long to wait for a connection. A call that never connected was not sent, so even a
     * write may be sent again.
     *
     * @param value default 2 s ({@link TransportSettings#DEFAULT_CONNECT_TIMEOUT}); positive
     * @return this
     */
    public B connectTimeout(Duration value) {
        connectTimeout = TransportSettings.positive(value, "connectTimeout");
        return self();
    }

    /**
     * How long to wait for Bring's whole answer, from sending the request to the answer's last
     * byte, however slowly it trickles in. A read that times out may be retried; a write that
     * times out fails with {@link dev.bringport.ports.OutcomeUnknownException} and is never sent again.
     *
     * @param value default 5 s ({@link TransportSettings#DEFAULT_REQUEST_TIMEOUT}); positive
     * @return this
     */
    public B requestTimeout(Duration value) {
        requestTimeout = TransportSettings.positive(value, "requestTimeout");
        return self();
    }

    /**
     * When a failed call is sent again.
     *
     * @param value default {@link RetryPolicy#DEFAULT}; {@link RetryPolicy#NEVER} for one attempt
     * @return this
     */
    public B retryPolicy(RetryPolicy value) {
        retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return self();
    }

    /**
     * How many requests of the credentials' user Bring may count within any second: the JVM's
     * rate budget at that rate ({@link InProcessRateBudget}), shared by every transport and
     * instance calling with the same user. Not together with {@link #rateBudget}.
     *
     * @param value default 18 ({@link TransportSettings#BRING_REQUESTS_PER_SECOND}); at least 1
     * @return this
     */
    public B requestsPerSecond(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1, was " + value);
        }
        requestsPerSecond = Optional.of(value);
        return self();
    }

    /**
     * A rate budget of the application's own, e.g. one a fleet of JVMs shares, instead of the
     * JVM's. Not together with {@link #requestsPerSecond}: the budget has its own rate.
     *
     * @param value the budget
     * @return this
     */
    public B rateBudget(RateBudget value) {
        rateBudget = Optional.of(Objects.requireNonNull(value, "rateBudget"));
        return self();
    }

    /**
     * How long a call waits for its place under the rate budget before it fails with
     * {@link dev.bringport.ports.RateLimitedException}, nothing sent.
     *
     * @param value default 30 s ({@link TransportSettings#DEFAULT_RATE_LIMIT_WAIT}); not negative
     * @return this
     */
    public B rateLimitWait(Duration value) {
        rateLimitWait = TransportSettings.notNegative(value, "rateLimitWait");
        return self();
    }

    /**
     * The largest answer read whole. A larger one is not read further: the call fails with
     * {@link dev.bringport.ports.UnexpectedResponseException}, or for a write with
     * {@link dev.bringport.ports.OutcomeUnknownException}.
     *
     * @param value in bytes, default 32 MiB ({@link TransportSettings#DEFAULT_MAX_ANSWER_BYTES}); positive
     * @return this
     */
    public B maxAnswerBytes(long value) {
        maxAnswerBytes = TransportSettings.positive(value, "maxAnswerBytes");
        return self();
    }

    /**
     * What "now" is: for Bring's rules checked before sending (shipping and pickup dates) and the
     * dates requests carry.
     *
     * @param value default the system clock
     * @return this
     */
    public B clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return self();
    }

    /**
     * Whether Bring's rules are checked before sending: {@link ClientRules#OFF} sends every
     * request the wire can carry and lets Bring's answer decide, e.g. when Bring has relaxed a
     * rule the library still checks.
     *
     * @param value on (default) or off, e.g. {@link ClientRules#fromEnvironment(Map)}
     * @return this
     */
    public B clientRules(ClientRules value) {
        clientRules = Objects.requireNonNull(value, "clientRules");
        return self();
    }

    /**
     * Told when each attempt of each call starts and finishes (operation, attempt, HTTP status,
     * Bring's codes, request id, duration, outcome, whether it is retried, the wait under the rate
     * budget): for logs, traces or metrics ({@link dev.bringport.ports.metrics.MicrometerCallListener}).
     * A listener that throws never breaks a call.
     *
     * @param value the listener; {@link CallListener#all} for several; default {@link CallListener#NONE}
     * @return this
     */
    public B callListener(CallListener value) {
        callListener = Objects.requireNonNull(value, "callListener");
        return self();
    }

    /**
     * The host that replaces Bring's, when one was given.
     *
     * @return e.g. {@code http://127.0.0.1:8080}, without a trailing slash
     */
    protected final Optional<URI> host() {
        return host;
    }

    /**
     * The settings given so far, for the transport to build with.
     *
     * @return the settings
     * @throws IllegalStateException without credentials, or with both a rate and a budget of one's own
     */
    protected final TransportSettings settings() {
        if (credentials == null) {
            throw new IllegalStateException("credentials are required: call credentials(...) or credentialsFromEnvironment(...)");
        }
        if (requestsPerSecond.isPresent() && rateBudget.isPresent()) {
            throw new IllegalStateException("requestsPerSecond sets the JVM's rate budget and rateBudget replaces it:"
                    + " give one of them");
        }
        RateBudget budget = rateBudget.orElseGet(() -> InProcessRateBudget.perSecond(
                requestsPerSecond.orElse(TransportSettings.BRING_REQUESTS_PER_SECOND)));
        return new TransportSettings(credentials, connectTimeout, requestTimeout, retryPolicy, budget, rateLimitWait,
                maxAnswerBytes, clock, clientRules, callListener);
    }
}
