package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.TestHttp;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain local server that answers with fixed bodies (Bring's examples, byte for byte), and the
 * adapter's ports pointed at it: what the golden, error and request-body tests run against. The
 * server is the Bring simulator without any capability's routes, so only what a test serves is
 * answered.
 */
final class ExampleBring implements AutoCloseable {

    /** The base path of Order Management and Warehousing. */
    static final String BASE = "/po/api/v1";
    /** The customer of Bring's examples. */
    static final String CUSTOMER = "10000000000";
    /** The order of Bring's examples. */
    static final String ORDER_ID = "11873875-status_med_2";

    private final BringSimulator simulator = BringSimulator.start(InMemoryBring.create()).limit(Integer.MAX_VALUE);
    private final WireFormat format;
    private final BringHttp http;

    ExampleBring(WireFormat format) {
        this(format, Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC));
    }

    ExampleBring(WireFormat format, Clock clock) {
        this.format = format;
        this.http = TestHttp.http(new BringCredentials(InMemoryBring.DEFAULT_USER,
                BringSimulator.DEFAULT_KEY, URI.create("https://shop.example")), Duration.ofSeconds(5), RetryPolicy.NEVER,
                1000, 4L * 1024 * 1024, clock);
    }

    /**
     * The bytes of one of Bring's examples.
     *
     * @param file the file under {@code bring-examples/}
     * @return its bytes, unchanged
     */
    static byte[] example(String file) {
        try (InputStream in = ExampleBring.class.getResourceAsStream("bring-examples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the format of an example file, from its name */
    static WireFormat formatOf(String file) {
        return file.endsWith(".xml") ? WireFormat.XML : WireFormat.JSON;
    }

    /** @return the file name extension of a format */
    static String extension(WireFormat format) {
        return format == WireFormat.XML ? ".xml" : ".json";
    }

    /**
     * Answers a request with an example, HTTP 200.
     *
     * @param method the method
     * @param path   the exact path
     * @param file   the example
     * @return this
     */
    ExampleBring answer(String method, String path, String file) {
        return answer(method, path, 200, example(file), formatOf(file));
    }

    /**
     * Answers a request with bytes.
     *
     * @param method     the method
     * @param path       the exact path
     * @param status     the HTTP status
     * @param body       the body
     * @param bodyFormat its format
     * @return this
     */
    ExampleBring answer(String method, String path, int status, byte[] body, WireFormat bodyFormat) {
        simulator.route(method, Pattern.quote(path), r -> SimulatedAnswer.of(status, bodyFormat, body));
        return this;
    }

    /**
     * Answers a request with a plain-text body.
     *
     * @param method the method
     * @param path   the exact path
     * @param answer the answer
     * @return this
     */
    ExampleBring answer(String method, String path, SimulatedAnswer answer) {
        simulator.route(method, Pattern.quote(path), r -> answer);
        return this;
    }

    /** @return Order Management over REST in this format, pointed at the server */
    RestOrderManagement orderManagement() {
        return new RestOrderManagement(http, simulator.baseUri().resolve(BASE), format, ClientRules.ON);
    }

    /** @return Warehousing over REST in this format, pointed at the server */
    RestWarehousing warehousing() {
        return new RestWarehousing(http, simulator.baseUri().resolve(BASE), format);
    }

    /** @return the transport the ports use */
    BringHttp http() {
        return http;
    }

    /** @return every request the server received */
    List<SimulatedRequest> requests() {
        return simulator.requests();
    }

    /** @return the only request the server received */
    SimulatedRequest onlyRequest() {
        List<SimulatedRequest> requests = simulator.requests();
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    /** @return the underlying server */
    BringSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
