package dev.bringport.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.Fault;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.Logins;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The REST server as it is mounted on a JDK HTTP server, read with a plain HTTP client: Bring's
 * door in front of every path, the answers to faults of the ports behind it, and hostile bodies.
 */
class BringRestServerTest {

    private static final String KEY = "the-one-key";
    private static final String ORDER = "/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID;

    private final InMemoryBring bring = InMemoryBring.withDemoData();
    private final FrontDoor door = new FrontDoor(Logins.onlyKey(KEY), FrontDoor.BRING_LIMIT);
    private final HttpServer http = start();
    private final URI host = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            URI own = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            server.createContext("/", BringRestServer.builder().ports(bring.ports()).door(door).host(own).build().handler());
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    private HttpResponse<String> send(String method, String path, String user, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.resolve(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("X-Mybring-API-Uid", user);
        }
        if (key != null) {
            request.header("X-Mybring-API-Key", key);
        }
        request.header("X-Bring-Client-URL", "https://shop.example");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, "anyone@example.com", KEY, null);
    }

    /** The REST adapter, pointed at the server. */
    private Booking booking() {
        return BringRest.builder().credentials(new BringCredentials("anyone@example.com", KEY, URI.create("https://shop.example")))
                .host(host).build().booking();
    }

    @Test
    void withoutTheKeyItAcceptsOrderManagementAnswersBringsPlainTextAndBookingItsErrorDocument() throws Exception {
        HttpResponse<String> order = send("GET", ORDER, "anyone@example.com", "wrong", null);
        HttpResponse<String> customers = send("GET", "/booking-api/api/customers", null, KEY, null);

        assertThat(order.statusCode()).isEqualTo(401);
        assertThat(order.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(order.body()).startsWith("[CT_2_ACCESS_DENIED] User is not logged in (errorId: ");
        assertThat(customers.statusCode()).isEqualTo(401);
        assertThat(customers.body()).contains("\"code\":\"BOOK-AUTHORIZATION-001\"");
        assertThat(get(ORDER).statusCode()).as("with the key").isEqualTo(200);
    }

    @Test
    void aRequestOverTheLimitWithinASecondIsAnswered429WithRetryAfter() throws Exception {
        door.limit(1);
        long start = System.nanoTime();
        HttpResponse<String> first = get("/po/api/v1/errorCodes");
        HttpResponse<String> second = get("/po/api/v1/errorCodes");
        assumeTrue(System.nanoTime() - start < 1_000_000_000L, "the two requests arrived within a second");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(door.total()).isEqualTo(new FrontDoor.Tally(2, 1));
    }

    @Test
    void faultsOfThePortsBehindAreAnsweredAsBringsWireShowsThem() throws Exception {
        bring.failNext(Operation.GET_ORDER, Fault.RATE_LIMITED).failNext(Operation.GET_ORDER, Fault.UNAVAILABLE)
                .failNext(Operation.GET_ORDER, Fault.TIMEOUT).failNext(Operation.BOOK, Fault.TIMEOUT)
                .failNext(Operation.GET_CUSTOMERS, Fault.UNAVAILABLE);

        assertThat(get(ORDER).statusCode()).isEqualTo(429);
        assertThat(get(ORDER).statusCode()).isEqualTo(503);
        assertThat(get(ORDER).statusCode()).isEqualTo(504);
        assertThat(get(ORDER).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> booking().book(ContractExamples.booking(Instant.now())))
                .as("504 to a booking").isInstanceOf(OutcomeUnknownException.class);
        assertThat(bring.received().bookings()).as("a write hit by a timeout is carried out").hasSize(1);
        HttpResponse<String> customers = get("/booking-api/api/customers");
        assertThat(customers.statusCode()).isEqualTo(503);
        assertThat(customers.body()).contains("\"code\":\"BOOK-INTERNAL-002\"", "A required external service is unavailable");
    }

    @Test
    void aConfirmationsLabelLinkPointsAtTheServerAndServesThePdf() throws Exception {
        BookingConfirmation booked = booking().book(ContractExamples.booking(Instant.now()));
        URI link = booked.links().labels().orElseThrow();

        assertThat(link.toString()).startsWith(host + "/labels/id/").endsWith(".pdf");
        HttpResponse<String> label = get(link.getRawPath());
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(label.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(label.body()).startsWith("%PDF-");
        assertThat(get("/labels/id/no-such-label.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyOverFourMebibytesIsRefusedWith413AndAPathBringDoesNotHaveIs404() throws Exception {
        HttpResponse<String> huge = send("POST", "/booking-api/api/booking", "anyone@example.com", KEY,
                "{" + " ".repeat(4 * 1024 * 1024) + "}");
        HttpResponse<String> nowhere = get("/po/api/v1/nowhere");

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(bring.received().bookings()).isEmpty();
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).isEqualTo("no such endpoint: GET /po/api/v1/nowhere");
    }
}
