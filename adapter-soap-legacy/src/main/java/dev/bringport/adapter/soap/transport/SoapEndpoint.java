package dev.bringport.adapter.soap.transport;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.UnavailableException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.WebServiceFeature;
import jakarta.xml.ws.handler.MessageContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One of Bring's SOAP services as the adapter calls it: its reused ports, the user's shared rate
 * limiter, and the library's retry policy (ARCHITECTURE.md decision 4) executed with
 * resilience4j. Every attempt waits for a permit of the rate limiter, runs on a port of its own
 * and has whatever it threw turned into the ports' failures; the policy decides what is sent again.
 *
 * @param <P> the generated port type
 */
public final class SoapEndpoint<P> {

    /** The Mybring login. */
    public static final String USER_ID_HEADER = "X-Mybring-API-Uid";
    /** The API key. */
    public static final String API_KEY_HEADER = "X-Mybring-API-Key";
    /** The URL of the service that uses the API. */
    public static final String CLIENT_URL_HEADER = "X-Bring-Client-URL";

    // Metro's names for the client timeouts (JAXWSProperties.CONNECT_TIMEOUT, BindingProviderProperties.REQUEST_TIMEOUT)
    private static final String CONNECT_TIMEOUT = "com.sun.xml.ws.connect.timeout";
    private static final String REQUEST_TIMEOUT = "com.sun.xml.ws.request.timeout";
    // Metro's name for streaming the request in chunks (JAXWSProperties.HTTP_CLIENT_STREAMING_CHUNK_SIZE)
    private static final String CHUNK_SIZE = "com.sun.xml.ws.transport.http.client.streaming.chunk.size";
    private static final int STREAMING_CHUNK_BYTES = 8192;

    private final URI address;
    private final PortPool<?, P> ports;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final SoapFailures failures;
    private final String userId;
    private final Map<Operation, Retry> retries = new ConcurrentHashMap<>();

    private SoapEndpoint(URI address, PortPool<?, P> ports, SoapSettings settings) {
        this.address = address;
        this.ports = ports;
        this.userId = settings.credentials().userId();
        this.rateLimiter = RateLimiters.forUser(userId, settings.rateLimit());
        this.retryPolicy = settings.retryPolicy();
        this.failures = new SoapFailures(address, settings.connectTimeout(), settings.requestTimeout(),
                settings.credentials());
    }

    /**
     * An endpoint whose ports come from a generated service.
     *
     * @param address    the endpoint address
     * @param settings   the adapter's settings
     * @param newService creates the generated service
     * @param newPort    gets a port from it, with features
     * @param <S>        the generated service
     * @param <P>        the generated port
     * @return the endpoint
     */
    public static <S extends Service, P> SoapEndpoint<P> of(URI address, SoapSettings settings, Supplier<S> newService,
                                                     BiFunction<S, WebServiceFeature[], P> newPort) {
        WebServiceFeature[] limits = {new AnswerLimits(settings.maxAnswerBytes(), settings.requestTimeout())};
        return new SoapEndpoint<>(address, new PortPool<>(newService, service -> newPort.apply(service, limits),
                requestContext(address, settings)), settings);
    }

    private static Map<String, Object> requestContext(URI address, SoapSettings settings) {
        BringCredentials credentials = settings.credentials();
        Map<String, List<String>> headers = Map.of(
                USER_ID_HEADER, List.of(credentials.userId()),
                API_KEY_HEADER, List.of(credentials.apiKey()),
                CLIENT_URL_HEADER, List.of(credentials.clientUrl().toString()));
        return Map.of(
                BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address.toString(),
                MessageContext.HTTP_REQUEST_HEADERS, headers,
                CONNECT_TIMEOUT, millis(settings.connectTimeout()),
                REQUEST_TIMEOUT, millis(settings.requestTimeout()),
                // a streamed request is never sent again by HttpURLConnection itself, which would
                // otherwise repeat a POST whose connection closed before an answer: a second booking
                CHUNK_SIZE, STREAMING_CHUNK_BYTES);
    }

    private static Integer millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    /**
     * Calls the service: rate limited, retried as the policy allows, failures typed.
     *
     * @param operation     the port operation
     * @param soapOperation the SOAP operation, for messages
     * @param correlationId the write's correlation id (booking: the consignment's; packing list: its consignment id)
     * @param exchange      sends the request on a port and maps the answer (throwing Bring's errors as failures)
     * @param <T>           the result
     * @return the result
     */
    public <T> T call(Operation operation, String soapOperation, Optional<String> correlationId, Function<P, T> exchange) {
        Retry retry = retries.computeIfAbsent(operation, this::newRetry);
        return retry.executeSupplier(() -> attempt(operation, soapOperation, correlationId, exchange));
    }

    private <T> T attempt(Operation operation, String soapOperation, Optional<String> correlationId,
                          Function<P, T> exchange) {
        if (!rateLimiter.acquirePermission()) {
            throw new RateLimitedException(Failure.notSent(operation, "the library's rate limit for " + userId
                    + " (" + rateLimiter.getRateLimiterConfig().getLimitForPeriod() + " requests per "
                    + rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod() + ") left no turn in time"),
                    Optional.empty());
        }
        P port;
        try {
            port = ports.borrow();
        } catch (WebServiceException e) {
            throw new UnavailableException(Failure.notSent(operation, "the SOAP client for " + address
                    + " could not be created: " + e.getMessage()), e);
        }
        try {
            HeaderLogging.silence();
            return exchange.apply(port);
        } catch (RuntimeException e) {
            throw failures.classify(operation, soapOperation, correlationId, e);
        } finally {
            ports.giveBack(port);
        }
    }

    private Retry newRetry(Operation operation) {
        IntervalBiFunction<Object> wait = (attempts, outcome) -> retryPolicy.waitBefore(attempts + 1,
                (BringException) outcome.getLeft(), ThreadLocalRandom.current().nextDouble()).toMillis();
        return Retry.of("bring-soap-" + operation, RetryConfig.custom()
                .maxAttempts(retryPolicy.maxAttempts())
                .retryOnException(thrown -> thrown instanceof BringException failure
                        && retryPolicy.mayRetry(operation, failure))
                .intervalBiFunction(wait)
                .build());
    }

    /**
     * The HTTP status of the answer a port just received (the port is used by one thread at a time).
     *
     * @param port the port
     * @return the status, when Metro recorded one
     */
    public static OptionalInt httpStatus(Object port) {
        Object status = ((BindingProvider) port).getResponseContext().get(MessageContext.HTTP_RESPONSE_CODE);
        return status instanceof Integer code ? OptionalInt.of(code) : OptionalInt.empty();
    }

    /** @return the endpoint address */
    URI address() {
        return address;
    }

    /** @return the rate limiter shared by every caller with this user id */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** @return the pool of service and ports */
    public PortPool<?, P> ports() {
        return ports;
    }
}
