package dev.bringport.adapter.rest.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRestServer;
import dev.bringport.adapter.rest.server.Route;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.ports.server.FrontDoor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Bring for tests: a JDK HTTP server on 127.0.0.1 (an ephemeral port) serving Bring's
 * REST APIs from an {@link InMemoryBring} with the adapter's own server ({@link BringRestServer}:
 * Bring's door, which checks the three credential headers against the users and keys given here
 * and answers HTTP 429 when a user sends more than {@value #BRING_LIMIT} requests within any
 * second; Bring's paths, each user answered by the in-memory Bring's ports of that user). On top,
 * what only tests need: routes of the test's own ({@link #route(String, String, Route)}, answered
 * before Bring's, behind the door), faults injected on the wire, and a log of every request.
 */
public final class BringSimulator implements AutoCloseable {

    /** Bring's documented limit: 18 requests per second. */
    public static final int BRING_LIMIT = FrontDoor.BRING_LIMIT;
    /** The API key the simulator accepts for {@link InMemoryBring#DEFAULT_USER}. */
    public static final String DEFAULT_KEY = "simulator-api-key-0c7e";

    private final InMemoryBring bring;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final Map<String, String> keys = new ConcurrentHashMap<>(Map.of(InMemoryBring.DEFAULT_USER, DEFAULT_KEY));
    private final FrontDoor door = new FrontDoor((user, key) -> key.equals(keys.get(user)), BRING_LIMIT);
    private final BringRestServer served;
    private final Deque<SimulatedFault> faults = new ArrayDeque<>();
    private final List<SimulatedRequest> log = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> answered = new ConcurrentHashMap<>();

    private BringSimulator(InMemoryBring bring) throws IOException {
        this.bring = bring;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.served = BringRestServer.builder().ports(bring::ports).door(door).host(baseUri()).clock(bring.clock()).build();
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a simulator in front of an in-memory Bring.
     *
     * @param bring the state behind the simulator
     * @return the running simulator
     */
    public static BringSimulator start(InMemoryBring bring) {
        try {
            return new BringSimulator(bring);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return {@code http://127.0.0.1:<port>}: what replaces {@code https://api.bring.com} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return the in-memory Bring behind the simulator */
    public InMemoryBring bring() {
        return bring;
    }

    /**
     * Answers requests of a method whose path matches a pattern, before Bring's own paths.
     *
     * @param method      the HTTP method
     * @param pathPattern a regular expression for the whole path; its groups are path parameters
     * @param route       the route
     * @return this
     */
    public BringSimulator route(String method, String pathPattern, Route route) {
        served.route(method, pathPattern, route);
        return this;
    }

    /**
     * Accepts another user's credentials.
     *
     * @param userId the Mybring login
     * @param apiKey the user's key
     * @return this
     */
    public BringSimulator user(String userId, String apiKey) {
        keys.put(userId, apiKey);
        return this;
    }

    /**
     * Changes the number of requests a user may send within any second.
     *
     * @param requestsPerSecond the limit; {@code Integer.MAX_VALUE} for none
     * @return this
     */
    public BringSimulator limit(int requestsPerSecond) {
        door.limit(requestsPerSecond);
        return this;
    }

    /**
     * Answers the next request with a fault (faults queue up, one per request).
     *
     * @param fault the fault
     * @return this
     */
    public BringSimulator failNext(SimulatedFault fault) {
        synchronized (faults) {
            faults.add(fault);
        }
        return this;
    }

    /** @return every request received so far, in order */
    public List<SimulatedRequest> requests() {
        return List.copyOf(log);
    }

    /**
     * The requests of a method to paths starting with a prefix.
     *
     * @param method the method
     * @param prefix the start of the path
     * @return those requests
     */
    public List<SimulatedRequest> requests(String method, String prefix) {
        return log.stream().filter(r -> r.method().equals(method) && r.uri().getPath().startsWith(prefix)).toList();
    }

    /**
     * How many requests were answered with a status so far, injected faults included.
     *
     * @param status an HTTP status, e.g. 429
     * @return the number of such answers
     */
    public int answered(int status) {
        AtomicInteger count = answered.get(status);
        return count == null ? 0 : count.get();
    }

    /**
     * The most requests any one user sent within a second, over everything received so far.
     *
     * @return the peak
     */
    public int peakRequestsPerSecond() {
        Map<String, List<Instant>> byUser = new HashMap<>();
        log.forEach(r -> byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r.at()));
        int peak = 0;
        for (List<Instant> times : byUser.values()) {
            List<Instant> sorted = times.stream().sorted().toList();
            for (int first = 0, last = 0; last < sorted.size(); last++) {
                while (Duration.between(sorted.get(first), sorted.get(last)).compareTo(Duration.ofSeconds(1)) >= 0) {
                    first++;
                }
                peak = Math.max(peak, last - first + 1);
            }
        }
        return peak;
    }

    /**
     * How many requests the simulator answered with HTTP 429 for going over the limit (injected
     * faults aside).
     *
     * @return the count so far
     */
    public int throttled() {
        return (int) door.total().throttled();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimulatedRequest request = SimulatedRequest.read(exchange).orElseThrow(() -> new IOException("body too long"));
            log.add(request);
            SimulatedFault fault;
            synchronized (faults) {
                fault = faults.poll();
            }
            if (fault instanceof SimulatedFault.Drop) {
                return;
            }
            if (fault instanceof SimulatedFault.Answer injected) {
                send(exchange, injected.answer(), Optional.empty());
                return;
            }
            if (fault instanceof SimulatedFault.Slow slow) {
                sleep(slow.delay());
            }
            SimulatedAnswer answer = served.answer(request);
            send(exchange, answer, fault instanceof SimulatedFault.Truncate cut ? Optional.of(cut.bytes()) : Optional.empty());
        }
    }

    private void send(HttpExchange exchange, SimulatedAnswer answer, Optional<Integer> cutAfter) throws IOException {
        answered.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
        if (!answer.contentType().isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        if (cutAfter.isPresent() && cutAfter.get() < body.length) {
            // Closing the stream short of its length does not drop the connection on every JDK (25
            // keeps it open and the client waits); failing the exchange does, on all of them.
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, cutAfter.get());
            out.flush();
            throw new IOException("answer cut after " + cutAfter.get() + " of " + body.length + " bytes, as asked");
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
