package dev.bringport.adapter.soap.transport;

import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.transport.Attempt;
import dev.bringport.ports.transport.Attempts;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.TransportPolicy;
import dev.bringport.ports.transport.TransportSettings;
import dev.bringport.ports.transport.WireFault;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.WebServiceFeature;
import jakarta.xml.ws.handler.MessageContext;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * One of Bring's SOAP services as the adapter calls it: its reused ports, the ports'
 * {@link TransportPolicy} (a place under the user's rate budget for every attempt, failures typed,
 * the key masked, writes of unknown outcome) and the library's retry policy executed with
 * resilience4j. Every attempt runs on a port of its own, which tells the attempt's
 * {@link Progress} how far it got on the wire, and has what it threw mapped by
 * {@link SoapFailures}.
 *
 * @param <P> the generated port type
 */
public final class SoapEndpoint<P> {

    // Metro's names for the client timeouts (JAXWSProperties.CONNECT_TIMEOUT, BindingProviderProperties.REQUEST_TIMEOUT)
    private static final String CONNECT_TIMEOUT = "com.sun.xml.ws.connect.timeout";
    private static final String REQUEST_TIMEOUT = "com.sun.xml.ws.request.timeout";
    // Metro's name for streaming the request in chunks (JAXWSProperties.HTTP_CLIENT_STREAMING_CHUNK_SIZE)
    private static final String CHUNK_SIZE = "com.sun.xml.ws.transport.http.client.streaming.chunk.size";
    private static final int STREAMING_CHUNK_BYTES = 8192;

    private final URI address;
    private final PortPool<?, P> ports;
    private final TransportSettings settings;
    private final RetryPolicy retryPolicy;
    private final TransportPolicy policy;
    private final SoapFailures failures;
    private final Map<Operation, Retry> retries = new ConcurrentHashMap<>();

    private SoapEndpoint(URI address, PortPool<?, P> ports, TransportSettings settings) {
        this.address = address;
        this.ports = ports;
        this.settings = settings;
        this.retryPolicy = settings.retryPolicy();
        this.policy = new TransportPolicy(SoapTransport.NAME, settings);
        this.failures = new SoapFailures(address, settings.connectTimeout(), settings.requestTimeout(), policy);
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
        TransportSettings transport = settings.transport();
        WebServiceFeature[] limits = {new AnswerLimits(transport.maxAnswerBytes(), transport.requestTimeout())};
        return new SoapEndpoint<>(address, new PortPool<>(newService, service -> newPort.apply(service, limits),
                requestContext(address, transport)), transport);
    }

    /**
     * The same endpoint (its address, Metro's ports and settings) telling another listener too of
     * every attempt.
     *
     * @param more told after the settings' own listener
     * @return an endpoint sharing this one's ports; closing either closes both
     */
    public SoapEndpoint<P> alsoTelling(CallListener more) {
        return new SoapEndpoint<>(address, ports, settings.withCallListener(settings.callListener().andThen(more)));
    }

    private static Map<String, Object> requestContext(URI address, TransportSettings settings) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        settings.credentials().headers().forEach((name, value) -> headers.put(name, List.of(value)));
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
     * Calls the service: a place under the rate budget for every attempt, retried as the policy
     * allows, failures typed. The JVM's first call logs the deprecation warning.
     *
     * @param operation     the port operation
     * @param soapOperation the SOAP operation, for messages
     * @param correlationId the write's correlation id (booking: the consignment's; packing list: its consignment id)
     * @param exchange      sends the request on a port and maps the answer (throwing Bring's errors as failures)
     * @param <T>           the result
     * @return the result
     * @throws BringException how the call failed
     * @throws IllegalStateException once the adapter has been closed
     */
    public <T> T call(Operation operation, String soapOperation, Optional<String> correlationId, Function<P, T> exchange) {
        if (ports.isClosed()) {
            throw new IllegalStateException("the SOAP adapter has been closed");
        }
        DeprecationNotice.JVM.call();
        Retry retry = retries.computeIfAbsent(operation, this::newRetry);
        Attempts attempts = policy.attempts(operation);
        return retry.executeSupplier(() -> policy.attempt(attempts, correlationId, attempt -> attempt(operation,
                soapOperation, correlationId, exchange, attempt)));
    }

    private <T> T attempt(Operation operation, String soapOperation, Optional<String> correlationId,
                          Function<P, T> exchange, Attempt place) {
        P port;
        try {
            port = ports.borrow();
        } catch (WebServiceException e) {
            throw policy.failure(operation, WireFault.NO_CONNECTION, "the SOAP client for " + address
                    + " could not be created: " + e.getMessage(), correlationId, e);
        }
        Progress progress = new Progress(place);
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(Progress.KEY, progress);
        try {
            HeaderLogging.silence();
            T value = exchange.apply(port);
            answered(port, place);
            return value;
        } catch (BringException bringSays) {
            answered(port, place);
            throw bringSays; // Bring's errors, typed by the mappers; settled by the policy
        } catch (RuntimeException e) {
            throw failures.classify(operation, soapOperation, correlationId, e, progress);
        } finally {
            context.remove(Progress.KEY);
            ports.giveBack(port);
        }
    }

    /** Tells the attempt the HTTP status of the answer its port received (SOAP answers carry no request id). */
    private static void answered(Object port, Attempt attempt) {
        httpStatus(port).ifPresent(status -> attempt.answered(status, Optional.empty()));
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

    /** Releases the Metro ports: calls from now on are refused. */
    public void close() {
        ports.close();
    }

    /**
     * The Metro objects the endpoint calls with.
     *
     * @return the pool of service and ports
     */
    public PortPool<?, P> ports() {
        return ports;
    }
}
