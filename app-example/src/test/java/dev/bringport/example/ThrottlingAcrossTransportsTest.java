package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.RateBudget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One rate budget per Mybring user for the whole JVM, whichever transport calls: during a
 * migration an application calls Bring over REST and over SOAP with the same credentials, and
 * Bring counts the user's requests on both together. A throttling Bring in front of both protocols
 * (the REST simulator and the SOAP services, behind one door that answers 429 to a user's 19th
 * arrival within any second, as Bring does) sees at most 18 arrivals in any second and throttles
 * none, while threads on both transports ask for far more. With a budget of its own for each
 * transport, as before, the same door throttles them: the door can tell.
 */
@SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
class ThrottlingAcrossTransportsTest {

    private static final int BRING_LIMIT = 18;
    private static final Duration RUN = Duration.ofSeconds(3);

    @Test
    void restAndSoapTogetherNeverPutMoreThan18ArrivalsInAnySecond() throws Exception {
        Door door = run(credentials -> InProcessRateBudget.perSecond(BRING_LIMIT),
                credentials -> InProcessRateBudget.perSecond(BRING_LIMIT));

        assertThat(door.arrivals()).as("arrivals over both protocols in %s", RUN).hasSizeGreaterThan(2 * BRING_LIMIT);
        assertThat(door.arrivals("REST")).as("REST's share").isNotEmpty();
        assertThat(door.arrivals("SOAP")).as("SOAP's share").isNotEmpty();
        assertThat(door.peak()).as("the most arrivals in any second").isLessThanOrEqualTo(BRING_LIMIT);
        assertThat(door.throttled()).as("requests Bring throttled").isZero();
    }

    @Test
    void aBudgetOfItsOwnForEachTransportGetsThrottledByTheSameDoor() throws Exception {
        Door door = run(credentials -> InProcessRateBudget.perSecond(BRING_LIMIT),
                credentials -> (user, wait) -> InProcessRateBudget.perSecond(BRING_LIMIT).enter(user + " over SOAP", wait));

        assertThat(door.throttled()).as("requests Bring throttled").isPositive();
    }

    /** The rate budget a transport is built with, for the user it calls as. */
    private interface Budgets {
        RateBudget of(BringCredentials credentials);
    }

    /** Eight threads on each transport read the demo order as fast as their budgets let them, for a few seconds. */
    private static Door run(Budgets rest, Budgets soap) throws Exception {
        BringCredentials credentials = TwoProtocolBring.CREDENTIALS; // the demo order's user
        try (TwoProtocolBring bring = new TwoProtocolBring(Clock.systemUTC());
             Door door = new Door(bring.rest().baseUri(), bring.soap().host())) {
            bring.rest().limit(Integer.MAX_VALUE); // the door throttles, for both protocols
            OrderManagement overRest = BringRest.builder().credentials(credentials).host(door.host())
                    .retryPolicy(TwoProtocolBring.QUICK_RETRIES).rateBudget(rest.of(credentials)).build().orderManagement();
            OrderManagement overSoap = BringSoap.builder().credentials(credentials).host(door.host())
                    .retryPolicy(TwoProtocolBring.QUICK_RETRIES).rateBudget(soap.of(credentials))
                    .requestTimeout(Duration.ofSeconds(5)).build().orderManagement();
            overSoap.order(DemoData.CUSTOMER, DemoData.ORDER_ID); // Metro's first call is slow: not while counting
            Thread.sleep(1_100);
            door.forget();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                long end = System.nanoTime() + RUN.toNanos();
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    OrderManagement port = i % 2 == 0 ? overRest : overSoap;
                    calls.add(threads.submit(() -> {
                        while (System.nanoTime() < end) {
                            port.order(DemoData.CUSTOMER, DemoData.ORDER_ID);
                        }
                        return null;
                    }));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
            } finally {
                threads.shutdownNow();
            }
            return door;
        }
    }

    /**
     * Bring's front door for both protocols: counts each user's arrivals on both together and
     * answers 429 to the 19th within any second, as Bring does; passes every other request on to
     * the REST simulator or the SOAP services, by its path.
     */
    private static final class Door implements AutoCloseable {

        private record Arrival(String user, String protocol, long at) {
        }

        private final URI rest;
        private final URI soap;
        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(32);
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final List<Arrival> arrivals = new ArrayList<>();
        private final AtomicInteger throttled = new AtomicInteger();

        Door(URI rest, URI soap) throws IOException {
            this.rest = rest;
            this.soap = soap;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(executor);
            server.start();
        }

        URI host() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                long at = System.nanoTime();
                String path = exchange.getRequestURI().getPath();
                boolean overSoap = path.endsWith("/ws");
                String user = String.valueOf(exchange.getRequestHeaders().getFirst(BringCredentials.USER_ID_HEADER));
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (!admit(new Arrival(user, overSoap ? "SOAP" : "REST", at))) {
                    throttled.incrementAndGet();
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    exchange.sendResponseHeaders(429, -1);
                    return;
                }
                HttpRequest.Builder forward = HttpRequest.newBuilder((overSoap ? soap : rest).resolve(
                        exchange.getRequestURI().getRawPath()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!List.of("host", "connection", "content-length", "transfer-encoding", "expect", "upgrade")
                            .contains(lower)) {
                        values.forEach(value -> forward.header(name, value));
                    }
                });
                HttpResponse<byte[]> answer = client.send(forward.method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set(
                        "Content-Type", type));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Counts an arrival; false when it is the user's 19th within a second. */
        private synchronized boolean admit(Arrival arrival) {
            long within = arrivals.stream().filter(a -> a.user().equals(arrival.user())
                    && arrival.at() - a.at() < Duration.ofSeconds(1).toNanos()).count();
            arrivals.add(arrival);
            return within < BRING_LIMIT;
        }

        synchronized List<Arrival> arrivals() {
            return List.copyOf(arrivals);
        }

        synchronized List<Arrival> arrivals(String protocol) {
            return arrivals.stream().filter(a -> a.protocol().equals(protocol)).toList();
        }

        /** @return the most arrivals of one user within any second */
        synchronized int peak() {
            int peak = 0;
            List<Long> times = arrivals.stream().map(Arrival::at).sorted().toList();
            for (int first = 0, last = 0; last < times.size(); last++) {
                while (times.get(last) - times.get(first) >= Duration.ofSeconds(1).toNanos()) {
                    first++;
                }
                peak = Math.max(peak, last - first + 1);
            }
            return peak;
        }

        int throttled() {
            return throttled.get();
        }

        /** Forgets what arrived so far: the warm-up is not counted. */
        synchronized void forget() {
            arrivals.clear();
            throttled.set(0);
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
