package dev.bringport.example;

import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRestServer;
import dev.bringport.adapter.soap.BringSoapServer;
import dev.bringport.ports.Operation;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.Logins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bring on localhost, the composition behind {@code bringport-example serve}: one
 * {@link InMemoryBring} served over Bring's REST APIs in JSON and XML ({@link BringRestServer})
 * and its SOAP services ({@link BringSoapServer}) on one port of 127.0.0.1, with one Bring's door
 * ({@link FrontDoor}) in front of both, and control endpoints under {@code /_sandbox/}
 * ({@link SandboxControl}). Every user acts as the in-memory Bring's default user, Bring's demo
 * user: one shared state, a sandbox and not a tenant system; the limit counts per user. Each
 * request has a thread of its own, so a slow answer ({@link Builder#latency}) holds nobody else up.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
 *     BringRest rest = BringRest.builder().host(sandbox.uri()).credentials(...).build();
 *     ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final InMemoryBring bring;
    private final boolean demoData;
    private final FrontDoor door;
    private final HttpServer http;
    private final ExecutorService threads;
    private final BringSoapServer soap;
    private final URI uri;

    private Sandbox(Builder builder) throws IOException {
        // The JDK's server otherwise leaves Nagle's algorithm on: an answer, written as headers and
        // then body, waits for the client's delayed ACK (40 ms on Linux). Read once, when the JVM's
        // first server starts; a setting of the user's own is kept.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        this.bring = builder.bring.orElseGet(InMemoryBring::create);
        this.demoData = builder.demoData;
        if (demoData) {
            bring.givenDemoData();
        }
        this.door = new FrontDoor(builder.apiKey.map(Logins::onlyKey).orElseGet(Logins::anyKey), builder.limit);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
        this.uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        BringPorts ports = DelayedPorts.of(bring.ports(), builder.latencies);
        http.createContext("/", BringRestServer.builder().ports(ports).door(door).host(uri).clock(bring.clock()).build()
                .handler());
        this.soap = BringSoapServer.builder().ports(ports).door(door).host(uri).publishOn(http);
        http.createContext(SandboxControl.PATH, new SandboxControl(this));
        http.start();
    }

    /**
     * Starts configuring a sandbox.
     *
     * @return a builder: port 8080, any key accepted, Bring's limit, the demo data, no latency
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the sandbox is reached, for a client's host setting.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI uri() {
        return uri;
    }

    /**
     * The in-memory Bring behind every path, to seed it or read back what it received.
     *
     * @return the in-memory Bring
     */
    public InMemoryBring bring() {
        return bring;
    }

    /**
     * Bring's door in front of every path, with its tallies.
     *
     * @return the door
     */
    public FrontDoor door() {
        return door;
    }

    /** Forgets everything, seeds the demo data again when the sandbox started with it, and forgets the tallies. */
    void reset() {
        bring.reset();
        if (demoData) {
            bring.givenDemoData();
        }
        door.forget();
    }

    /** Stops serving: the answers under way are cut short. */
    @Override
    public void close() {
        soap.close();
        http.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Sandbox[" + uri + ", " + door + "]";
    }

    /** Configures a {@link Sandbox}. */
    public static final class Builder {
        private int port = 8080;
        private Optional<String> apiKey = Optional.empty();
        private int limit = FrontDoor.BRING_LIMIT;
        private boolean demoData = true;
        private Optional<InMemoryBring> bring = Optional.empty();
        private final Map<Operation, Duration> latencies = new EnumMap<>(Operation.class);

        private Builder() {
        }

        /**
         * The port on 127.0.0.1.
         *
         * @param value the port, 0 for any free one
         * @return this
         * @throws IllegalArgumentException if it is no port
         */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535, was " + value);
            }
            port = value;
            return this;
        }

        /**
         * Accepts only this key ({@code X-Mybring-API-Key}); without it, any key that is not blank.
         *
         * @param value the key
         * @return this
         * @throws IllegalArgumentException if it is blank
         */
        public Builder apiKey(String value) {
            Logins.onlyKey(value);
            apiKey = Optional.of(value);
            return this;
        }

        /**
         * The most requests of one user within any second, Bring's 18 unless changed.
         *
         * @param requestsPerSecond the limit; {@link FrontDoor#NO_LIMIT} for none (benchmarks)
         * @return this
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder limit(int requestsPerSecond) {
            if (requestsPerSecond < 1) {
                throw new IllegalArgumentException("the limit must be at least 1 request per second, was "
                        + requestsPerSecond);
            }
            limit = requestsPerSecond;
            return this;
        }

        /**
         * Whether the sandbox starts (and restarts on reset) with the in-memory Bring's demo data.
         *
         * @param value true by default
         * @return this
         */
        public Builder demoData(boolean value) {
            demoData = value;
            return this;
        }

        /**
         * How long an operation's answer takes, as Bring's bookings take seconds.
         *
         * @param operation the operation
         * @param latency   how long after the call its answer comes
         * @return this
         * @throws IllegalArgumentException if the latency is negative
         */
        public Builder latency(Operation operation, Duration latency) {
            Objects.requireNonNull(operation, "operation");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("a latency cannot be negative: " + operation + "=" + latency);
            }
            latencies.put(operation, latency);
            return this;
        }

        /**
         * The in-memory Bring to serve, e.g. one with a fixed clock for tests; a new one by default.
         *
         * @param value the in-memory Bring
         * @return this
         */
        public Builder bring(InMemoryBring value) {
            bring = Optional.of(value);
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         * @throws UncheckedIOException if the port cannot be had
         */
        public Sandbox start() {
            try {
                return new Sandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
