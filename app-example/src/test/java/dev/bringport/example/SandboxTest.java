package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.example.wire.BringExamples;
import dev.bringport.ports.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox of {@code serve} read with a plain HTTP client, no adapter: Bring's door (the
 * plain-text 401, one key with {@code --api-key}, 429 for a user's 19th request within a second,
 * each user counted alone), the control endpoints, and a latency that holds no thread hostage.
 */
class SandboxTest {

    private static final String ORDER = "/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID;
    private static final byte[] BOOKING = BringExamples.resource("/requests/booking-4500012345.json");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Sandbox start(Sandbox.Builder builder) {
        sandbox = builder.port(0).bring(InMemoryBring.builder().clock(CliRun.CLOCK).build()).start();
        return sandbox;
    }

    private HttpResponse<String> get(String path, String user, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.uri().resolve(path)).header("Accept", "application/json");
        credentials(request, user, key);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, byte[] body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.uri().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        credentials(request, user, "any-key");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void credentials(HttpRequest.Builder request, String user, String key) {
        if (user != null) {
            request.header("X-Mybring-API-Uid", user);
        }
        if (key != null) {
            request.header("X-Mybring-API-Key", key);
        }
        request.header("X-Bring-Client-URL", "https://shop.example");
    }

    private HttpResponse<String> control(String method, String endpoint, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.uri().resolve(SandboxControl.PATH + endpoint))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anyUserWithAnyKeyActsAsTheDemoUserAndAMissingHeaderIsBringsPlainText401() throws Exception {
        start(Sandbox.builder());

        HttpResponse<String> someone = get(ORDER, "someone@example.org", "whatever");
        HttpResponse<String> anyoneElse = get(ORDER, "anyone@example.net", "another");
        HttpResponse<String> noKey = get(ORDER, "someone@example.org", null);

        assertThat(someone.statusCode()).isEqualTo(200);
        assertThat(someone.body()).contains(DemoData.ORDER_ID);
        assertThat(anyoneElse.body()).isEqualTo(someone.body());
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(noKey.body()).startsWith("[CT_2_ACCESS_DENIED] User is not logged in");
    }

    @Test
    void withAnApiKeyOnlyThatKeyIsLetInAndTheKeyIsNeverShown() throws Exception {
        start(Sandbox.builder().apiKey("s3cret-sandbox-key"));

        assertThat(get(ORDER, "someone@example.org", "s3cret-sandbox-key").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = get(ORDER, "someone@example.org", "guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).startsWith("[CT_2_ACCESS_DENIED]").doesNotContain("s3cret");
        assertThat(sandbox.toString()).doesNotContain("s3cret");
    }

    @Test
    void aUsersNineteenthRequestWithinASecondIs429AndEachUserCountsAlone() throws Exception {
        start(Sandbox.builder());
        assertThat(get(ORDER, "calm@example.org", "k").statusCode()).as("warmed up").isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.uri().resolve(ORDER));
            credentials(request, "busy@example.org", "k");
            burst.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        HttpResponse<String> other = get(ORDER, "calm@example.org", "k");

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(18);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(1);
        assertThat(other.statusCode()).isEqualTo(200);
        JsonNode stats = json.readTree(control("GET", "stats", null).body());
        assertThat(stats.path("requests").asLong()).isEqualTo(21);
        assertThat(stats.path("throttled").asLong()).isEqualTo(1);
        assertThat(stats.path("byUser").path("busy@example.org").path("requests").asLong()).isEqualTo(19);
        assertThat(stats.path("byUser").path("busy@example.org").path("throttled").asLong()).isEqualTo(1);
        assertThat(stats.path("byUser").path("calm@example.org").path("requests").asLong()).isEqualTo(2);
        assertThat(stats.path("byUser").path("calm@example.org").path("throttled").asLong()).isZero();
    }

    @Test
    void theLimitCountsAUsersRequestsOverSoapAndRestTogether() throws Exception {
        start(Sandbox.builder());
        byte[] envelope = BringExamples.resource("/bring/order-management/soap-examples/get_purchase_order_request.xml");
        assertThat(get(ORDER, "busy@example.org", "k").statusCode()).as("warmed up").isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.uri().resolve("/po/api/ws"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
            credentials(request, "busy@example.org", "k");
            burst.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = burst.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 429).singleElement()
                .satisfies(throttled -> assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1"));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(17);
    }

    @Test
    void withTheLimitOffNobodyIsThrottled() throws Exception {
        start(Sandbox.builder().limit(dev.bringport.ports.server.FrontDoor.NO_LIMIT));

        for (int i = 0; i < 40; i++) {
            assertThat(get(ORDER, "busy@example.org", "k").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aQueuedFaultFailsTheNextCallsOfItsOperationThenResetForgetsWhatCame() throws Exception {
        start(Sandbox.builder());

        HttpResponse<String> queued = control("POST", "faults", "{\"operation\": \"GET_ORDER\", \"fault\": \"UNAVAILABLE\", \"times\": 2}");
        int first = get(ORDER, "u@example.org", "k").statusCode();
        int second = get(ORDER, "u@example.org", "k").statusCode();
        int third = get(ORDER, "u@example.org", "k").statusCode();
        HttpResponse<String> booked = post("/booking-api/api/booking", BOOKING, "u@example.org");
        JsonNode received = json.readTree(control("GET", "received", null).body());
        HttpResponse<String> reset = control("POST", "reset", null);
        JsonNode afterReset = json.readTree(control("GET", "received", null).body());

        assertThat(queued.statusCode()).isEqualTo(200);
        assertThat(List.of(first, second, third)).containsExactly(503, 503, 200);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        assertThat(received.path("bookings")).hasSize(1);
        assertThat(received.path("bookings").get(0).toString()).contains("4500012345");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(afterReset.path("bookings")).isEmpty();
        assertThat(json.readTree(control("GET", "stats", null).body()).path("requests").asLong()).isZero();
        assertThat(get(ORDER, "u@example.org", "k").statusCode()).as("the demo data is back").isEqualTo(200);
    }

    @Test
    void aControlRequestItCannotUseIsA400NamingWhatIsWrong() throws Exception {
        start(Sandbox.builder());

        HttpResponse<String> operation = control("POST", "faults", "{\"operation\": \"BOOKING\", \"fault\": \"TIMEOUT\"}");
        HttpResponse<String> fault = control("POST", "faults", "{\"operation\": \"BOOK\", \"fault\": \"SLOW\"}");
        HttpResponse<String> times = control("POST", "faults", "{\"operation\": \"BOOK\", \"fault\": \"TIMEOUT\", \"times\": 0}");
        HttpResponse<String> notJson = control("POST", "faults", "<fault/>");
        HttpResponse<String> unknown = control("GET", "nothing", null);

        assertThat(operation.statusCode()).isEqualTo(400);
        assertThat(operation.body()).contains("operation must be one of").contains("BOOKING");
        assertThat(fault.body()).contains("fault must be one of");
        assertThat(times.body()).contains("times must be");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(post("/booking-api/api/booking", BOOKING, "u@example.org").statusCode())
                .as("nothing was queued").isEqualTo(200);
    }

    @Test
    void sixteenConcurrentTwoSecondBookingsAreAllAnsweredInAboutTwoSeconds() throws Exception {
        start(Sandbox.builder().latency(Operation.BOOK, Duration.ofSeconds(2)));
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String user = "shop-" + i + "@example.org";
                answers.add(clients.submit(() -> post("/booking-api/api/booking", BOOKING, user).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("each answer waits its 2 s").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(took).as("side by side, not one after another (32 s), nor eight at a time (4 s)")
                    .isLessThan(Duration.ofMillis(3_900));
            assertThat(sandbox.bring().received().bookings()).hasSize(16);
        } finally {
            clients.shutdownNow();
        }
    }
}
