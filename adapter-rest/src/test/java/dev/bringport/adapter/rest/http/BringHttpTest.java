package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.faults.Traps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport against a real local server: headers, retries, write safety, error answers, bounds, pacing. */
class BringHttpTest {

    private static final String KEY = BringSimulator.DEFAULT_KEY;
    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER, KEY,
            URI.create("https://shop.example"));
    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 0,
            Duration.ofSeconds(2));

    private final BringSimulator simulator = BringSimulator.start(InMemoryBring.create()).limit(Integer.MAX_VALUE);

    @AfterEach
    void stop() {
        simulator.close();
    }

    private BringHttp http(Duration requestTimeout, long maxBytes, int perSecond) {
        return TestHttp.http(CREDENTIALS, requestTimeout, FAST_RETRIES, perSecond, maxBytes, Clock.systemUTC());
    }

    private BringHttp http() {
        return http(Duration.ofSeconds(2), 1024 * 1024, 1000);
    }

    private URI uri(String path) {
        return simulator.baseUri().resolve(path);
    }

    private static String text(Answer answer) {
        return answer.text();
    }

    @Test
    void everyCallCarriesTheCredentialsUserAgentAndFormat() {
        simulator.route("GET", "/ping", r -> SimulatedAnswer.ok(WireFormat.XML, "<ok/>".getBytes(StandardCharsets.UTF_8)));

        String body = http().exchange(Call.get(Operation.GET_ORDER, uri("/ping"), WireFormat.XML), BringHttpTest::text);

        assertThat(body).isEqualTo("<ok/>");
        SimulatedRequest sent = simulator.requests().get(0);
        assertThat(sent.header("X-Mybring-API-Uid")).contains(InMemoryBring.DEFAULT_USER);
        assertThat(sent.header("X-Mybring-API-Key")).contains(KEY);
        assertThat(sent.header("X-Bring-Client-URL")).contains("https://shop.example");
        assertThat(sent.header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).matches("bringport/\\S+ \\(Java \\d+\\)"));
        assertThat(sent.header("Accept")).contains("application/xml");
    }

    @Test
    void aPostSendsItsBodyAsUtf8() {
        simulator.route("POST", "/echo", r -> SimulatedAnswer.ok(WireFormat.JSON, r.body()));

        String body = http().exchange(Call.post(Operation.SEND_EVENT, uri("/echo"),
                "{\"city\":\"LAKSEVÅG\"}".getBytes(StandardCharsets.UTF_8), WireFormat.JSON, "c-1"), BringHttpTest::text);

        assertThat(body).isEqualTo("{\"city\":\"LAKSEVÅG\"}");
        assertThat(simulator.requests().get(0).header("Content-Type")).contains("application/json; charset=UTF-8");
    }

    @Test
    void aReadIsRetriedAfterA503AndSucceeds() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.empty(503)));

        http().exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text);

        assertThat(simulator.requests()).hasSize(2);
    }

    @Test
    void aReadGivesUpAfterItsAttemptsWithTheLastFailure() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.empty(503));

        UnavailableException e = catchThrowableOfType(UnavailableException.class,
                () -> http().exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e.failure().httpStatus()).hasValue(503);
        assertThat(simulator.requests()).hasSize(3);
    }

    @Test
    void aWriteIsNotSentAgainAfterA503ItsOutcomeIsUnknown() {
        simulator.route("POST", "/booking", r -> SimulatedAnswer.empty(503));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> http().exchange(
                Call.post(Operation.BOOK, uri("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "INTERNAL-123456"),
                BringHttpTest::text));

        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(simulator.requests()).hasSize(1);
    }

    @Test
    void aWriteIsSentAgainAfterA429BecauseBringDidNotActOnIt() {
        simulator.route("POST", "/booking", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        simulator.failNext(new SimulatedFault.Answer(new SimulatedAnswer(429, "", new byte[0], java.util.Map.of("Retry-After", "0"))));

        http().exchange(Call.post(Operation.BOOK, uri("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "c"), BringHttpTest::text);

        assertThat(simulator.requests()).hasSize(2);
        assertThat(simulator.answered(429)).isEqualTo(1);
        assertThat(simulator.answered(200)).isEqualTo(1);
    }

    @Test
    void aReadThatTimesOutIsRetriedAndFailsAsATimeout() {
        simulator.route("GET", "/slow", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 3; i++) {
            simulator.failNext(new SimulatedFault.Slow(Duration.ofMillis(600)));
        }

        assertThat(catchThrowableOfType(TimedOutException.class, () -> http(Duration.ofMillis(200), 1024, 1000)
                .exchange(Call.get(Operation.GET_ORDER, uri("/slow"), WireFormat.JSON), BringHttpTest::text))).isNotNull();
        assertThat(simulator.requests()).hasSize(3);
    }

    @Test
    void aBookingThatTimesOutIsNotSentAgain() {
        simulator.route("POST", "/booking", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        simulator.failNext(new SimulatedFault.Slow(Duration.ofMillis(600)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> http(Duration.ofMillis(200), 1024, 1000).exchange(Call.post(Operation.BOOK, uri("/booking"),
                        new byte[] {'{', '}'}, WireFormat.JSON, "INTERNAL-123456"), BringHttpTest::text));

        assertThat(e.getCause()).isInstanceOf(TimedOutException.class);
        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(simulator.requests("POST", "/booking")).hasSize(1);
    }

    @Test
    void aConnectionThatIsNeverMadeIsRetriedEvenForAWriteAndSaysNothingWasSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/booking");

        UnavailableException e = catchThrowableOfType(UnavailableException.class, () -> http().exchange(
                Call.post(Operation.BOOK, nowhere, new byte[] {'{', '}'}, WireFormat.JSON, "c"), BringHttpTest::text));

        assertThat(e.failure().requestSent()).isFalse();
    }

    /** A server that sends its headers and half of a body, then holds the connection open for 10 s. */
    private static ServerSocket stallingAfterHeaders(AtomicInteger requests) throws java.io.IOException {
        ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    java.net.Socket socket = server.accept();
                    requests.incrementAndGet();
                    new Thread(() -> {
                        try (socket) {
                            socket.getInputStream().read(new byte[8192]);
                            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"a\":").getBytes(StandardCharsets.US_ASCII));
                            socket.getOutputStream().flush();
                            Thread.sleep(10_000);
                        } catch (java.io.IOException | InterruptedException ignored) {
                            // the client gave up, or the test ended
                        }
                    }).start();
                } catch (java.io.IOException closed) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
        return server;
    }

    @Test
    void anAnswerThatStallsAfterItsHeadersTimesOutInsteadOfHanging() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket server = stallingAfterHeaders(requests)) {
            URI stalling = URI.create("http://127.0.0.1:" + server.getLocalPort());
            BringHttp http = http(Duration.ofMillis(200), 1024, 1000);

            TimedOutException read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> catchThrowableOfType(TimedOutException.class, () -> http.exchange(
                            Call.get(Operation.GET_ORDER, stalling.resolve("/order"), WireFormat.JSON), BringHttpTest::text)));
            OutcomeUnknownException write = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> catchThrowableOfType(OutcomeUnknownException.class, () -> http.exchange(Call.post(Operation.BOOK,
                            stalling.resolve("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "INTERNAL-123456"),
                            BringHttpTest::text)));

            assertThat(read.getMessage()).contains("no complete answer in time", "within 200 ms");
            assertThat(write.getCause()).isInstanceOf(TimedOutException.class);
            assertThat(requests).as("three attempts of the read, one of the booking").hasValue(4);
        }
    }

    @Test
    void aDroppedConnectionOnAWriteIsOfUnknownOutcome() {
        simulator.route("POST", "/event", r -> SimulatedAnswer.empty(200));
        simulator.failNext(new SimulatedFault.Drop());

        assertThat(catchThrowableOfType(OutcomeUnknownException.class, () -> http().exchange(
                Call.post(Operation.SEND_EVENT, uri("/event"), new byte[] {'<', 'x', '/', '>'}, WireFormat.XML, "70438101268018539"),
                AnswerReader.none()))).isNotNull();
        assertThat(simulator.requests()).hasSize(1);
    }

    @Test
    void aTruncatedAnswerFailsAndIsNotMistakenForAValue() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, "{\"a\":\"0123456789\"}".getBytes(StandardCharsets.UTF_8)));
        simulator.failNext(new SimulatedFault.Truncate(5));

        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e).isInstanceOf(UnavailableException.class);
    }

    @Test
    void anAnswerLargerThanTheBoundIsRefused() {
        simulator.route("GET", "/big", r -> SimulatedAnswer.ok(WireFormat.JSON, new byte[5000]));

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> http(Duration.ofSeconds(2),
                4096, 1000).exchange(Call.get(Operation.GET_ARTICLE_BALANCES, uri("/big"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e.getMessage()).contains("larger than 4096 bytes");
    }

    @Test
    void bringsPlainTextErrorCarriesItsCodeAndErrorId() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.text(401, "text/plain",
                "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 6a2f-77)"));

        UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class, () -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e.codes()).containsExactly(ErrorCode.of("CT_2_ACCESS_DENIED"));
        assertThat(e.failure().requestId()).contains("6a2f-77");
        assertThat(e.getMessage()).contains("User is not logged in", "HTTP 401");
    }

    @Test
    void wrongCredentialsAreRefusedByTheSimulatorAndTheKeyIsNeverInTheFailure() {
        BringHttp stranger = TestHttp.http(new BringCredentials("someone@example.com", "wrong-key-77",
                URI.create("https://shop.example")), Duration.ofSeconds(2), FAST_RETRIES, 1000, 1024, Clock.systemUTC());

        UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class, () -> stranger
                .exchange(Call.get(Operation.GET_ORDER, uri("/po/api/v1/omorder/1/2"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e.toString()).doesNotContain("wrong-key-77");
    }

    @Test
    void anAnswerThatRepeatsTheRequestHeadersHasTheKeyMaskedInTheFailure() {
        simulator.route("GET", "/stock", r -> SimulatedAnswer.text(400, "text/plain", "400 Bad Request\n"
                + "X-Mybring-API-Uid: " + r.user() + "\nX-Mybring-API-Key: " + r.header("X-Mybring-API-Key").orElseThrow()));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> http()
                .exchange(Call.get(Operation.GET_ARTICLE_BALANCES, uri("/stock"), WireFormat.JSON), BringHttpTest::text));

        assertThat(e.getMessage()).contains("X-Mybring-API-Key: ****").doesNotContain(KEY);
    }

    @Test
    void bringsErrorsAndAnUnreadableAnswerThatRepeatTheKeyShowItMasked() {
        simulator.route("GET", "/customers", r -> SimulatedAnswer.text(401, "application/json", "{\"errors\":[{\"uniqueId\":"
                + "\"u-1\",\"code\":\"BOOK-AUTHORIZATION-001\",\"messages\":[{\"lang\":\"en\",\"message\":\"Unknown key "
                + KEY + "\"}]}]}"));
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, ("{\"key\": " + KEY + "}")
                .getBytes(StandardCharsets.UTF_8)));

        AccessDeniedException bring = catchThrowableOfType(AccessDeniedException.class, () -> http()
                .exchange(Call.get(Operation.GET_CUSTOMERS, uri("/customers"), WireFormat.JSON), BringHttpTest::text));
        UnexpectedResponseException unreadable = catchThrowableOfType(UnexpectedResponseException.class, () -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON),
                        answer -> WireMappers.of(WireFormat.JSON).readTree(answer.body())));

        assertThat(bring.failure().errors()).singleElement().satisfies(error ->
                assertThat(error.message()).isEqualTo("Unknown key ****"));
        assertThat(bring).hasMessageNotContaining(KEY);
        assertThat(unreadable.getMessage()).doesNotContain(KEY);
        assertThat(unreadable.getCause().getMessage()).doesNotContain(KEY);
    }

    @Test
    void aShortKeyIsMaskedInFailuresAndASuccessfulAnswerIsLeftAsBringSentIt() {
        BringHttp shortKey = TestHttp.http(new BringCredentials("short@example.com", "LAKSEV",
                URI.create("https://shop.example")), Duration.ofSeconds(2), FAST_RETRIES, 1000, 1024, Clock.systemUTC());
        simulator.user("short@example.com", "LAKSEV");
        simulator.route("GET", "/city", r -> SimulatedAnswer.ok(WireFormat.JSON, "{\"city\":\"LAKSEVÅG\"}"
                .getBytes(StandardCharsets.UTF_8)));
        simulator.route("GET", "/refused", r -> SimulatedAnswer.text(400, "text/plain", "refused key laksev"));

        assertThat(shortKey.exchange(Call.get(Operation.GET_ORDER, uri("/city"), WireFormat.JSON), BringHttpTest::text))
                .isEqualTo("{\"city\":\"LAKSEVÅG\"}");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> shortKey.exchange(Call.get(Operation.GET_ORDER,
                uri("/refused"), WireFormat.JSON), BringHttpTest::text))).hasMessageContaining("refused key ****");
    }

    @Test
    void theKeyIsMaskedWhereAnErrorAnswerRepeatsItEscapedSplitOrInAnotherCase() {
        String escaped = KEY.chars().mapToObj(c -> String.format("\\u%04x", c)).collect(java.util.stream.Collectors.joining());
        String references = KEY.chars().mapToObj(c -> "&#" + c + ";").collect(java.util.stream.Collectors.joining());
        simulator.route("GET", "/json", r -> SimulatedAnswer.text(400, "application/json", "{\"errors\":[{\"uniqueId\":"
                + "\"u-1\",\"code\":\"BOOK-INPUT-001\",\"messages\":[{\"lang\":\"en\",\"message\":\"Unknown key "
                + escaped + "\"}]}]}"));
        simulator.route("GET", "/xml", r -> SimulatedAnswer.text(400, "application/xml", "<GetOrderResponse>"
                + "<ResponseProperties><Error><Code>PO_INPUT_001</Code><Description>key " + references + " or <![CDATA["
                + KEY.substring(0, 5) + "]]><![CDATA[" + KEY.substring(5) + "]]></Description></Error>"
                + "</ResponseProperties></GetOrderResponse>"));
        simulator.route("GET", "/text", r -> SimulatedAnswer.text(400, "text/plain", "key " + KEY.toUpperCase(
                java.util.Locale.ROOT)));

        for (String path : List.of("/json", "/xml", "/text")) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> http().exchange(
                    Call.get(Operation.GET_ORDER, uri(path), WireFormat.JSON), BringHttpTest::text));

            assertThat(e).as(path).isNotNull();
            assertThat(CREDENTIALS.mask(e.toString())).as(path).isEqualTo(e.toString()).contains("****");
            assertThat(e.failure().errors()).allSatisfy(error -> assertThat(CREDENTIALS.mask(error.message()))
                    .isEqualTo(error.message()));
        }
    }

    @Test
    void aRetryAfterNoLongCanHoldEndsTheCallAtOnceSayingHowLongBringAskedFor() {
        SimulatedAnswer throttled = new SimulatedAnswer(429, "", new byte[0], java.util.Map.of("Retry-After",
                "99999999999999999999"));
        simulator.route("GET", "/order", r -> throttled);
        simulator.route("POST", "/booking", r -> throttled);

        RateLimitedException read = catchThrowableOfType(RateLimitedException.class, () -> http().exchange(
                Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text));
        RateLimitedException write = catchThrowableOfType(RateLimitedException.class, () -> http().exchange(
                Call.post(Operation.BOOK, uri("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "c"), BringHttpTest::text));

        assertThat(read).isNotNull().hasMessageContaining("Bring asked to wait");
        assertThat(read.retryAfter()).contains(dev.bringport.ports.transport.RetryAfter.LONGEST);
        assertThat(write).isNotNull();
        assertThat(simulator.requests()).as("neither is sent again").hasSize(2);
    }

    @Test
    void aReadAnswered503WaitsAsBringAskedAndAWriteAnswered503IsOfUnknownOutcome() {
        String inTwoSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        SimulatedAnswer unavailable = new SimulatedAnswer(503, "", new byte[0], java.util.Map.of("Retry-After", inTwoSeconds));
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        simulator.route("POST", "/booking", r -> unavailable);
        simulator.failNext(new SimulatedFault.Answer(unavailable));

        assertThat(http().exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text))
                .isEqualTo("{}");
        OutcomeUnknownException write = catchThrowableOfType(OutcomeUnknownException.class, () -> http().exchange(
                Call.post(Operation.BOOK, uri("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "c-503"),
                BringHttpTest::text));

        List<SimulatedRequest> reads = simulator.requests("GET", "/order");
        assertThat(reads).hasSize(2);
        assertThat(Duration.between(reads.get(0).at(), reads.get(1).at())).as("the wait Bring asked for, a date a second"
                + " or two ahead").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(write).isNotNull().hasCauseInstanceOf(UnavailableException.class);
        assertThat(write.getMessage()).contains("check at Bring before sending it again (correlation id c-503)");
        assertThat(simulator.requests("POST", "/booking")).hasSize(1);
    }

    @Test
    void aRedirectIsNeverFollowedAndAWriteRedirectedIsOfUnknownOutcome() {
        SimulatedAnswer moved = new SimulatedAnswer(302, "", new byte[0], java.util.Map.of("Location",
                uri("/elsewhere").toString()));
        simulator.route("GET", "/order", r -> moved);
        simulator.route("POST", "/booking", r -> moved);
        simulator.route("GET", "/elsewhere", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        simulator.route("POST", "/elsewhere", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));

        UnexpectedResponseException read = catchThrowableOfType(UnexpectedResponseException.class, () -> http().exchange(
                Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text));
        OutcomeUnknownException write = catchThrowableOfType(OutcomeUnknownException.class, () -> http().exchange(
                Call.post(Operation.BOOK, uri("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "c"), BringHttpTest::text));

        assertThat(read).isNotNull().hasMessageContaining("HTTP 302").hasMessageContaining("never follows");
        assertThat(write).isNotNull().hasCauseInstanceOf(UnexpectedResponseException.class);
        assertThat(simulator.requests("GET", "/elsewhere")).isEmpty();
        assertThat(simulator.requests("POST", "/elsewhere")).isEmpty();
        assertThat(simulator.requests()).hasSize(2);
    }

    @Test
    void aFailedTlsHandshakeSendsNothingSoEvenAWriteIsSentAgain() {
        try (Traps.Trap notTls = Traps.notTls()) {
            UnavailableException e = catchThrowableOfType(UnavailableException.class, () -> http().exchange(
                    Call.post(Operation.BOOK, notTls.address().resolve("/booking"), new byte[] {'{', '}'}, WireFormat.JSON,
                            "c"), BringHttpTest::text));

            assertThat(e).isNotNull().hasMessageContaining("the TLS handshake failed");
            assertThat(e.failure().requestSent()).isFalse();
            assertThat(notTls.accepted()).as("nothing was sent, so the write was tried three times").hasValue(3);
        }
    }

    @Test
    void aConnectTimeoutIsUnavailableAndNotSentLikeARefusedConnection() {
        try (Traps.Trap fullQueue = Traps.fullQueue()) {
            BringHttp http = new BringHttp(http().settings(), java.net.http.HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(300)).build());

            UnavailableException e = catchThrowableOfType(UnavailableException.class, () -> http.exchange(Call.post(
                    Operation.BOOK, fullQueue.address().resolve("/booking"), new byte[] {'{', '}'}, WireFormat.JSON, "c"),
                    BringHttpTest::text));

            assertThat(e).isNotNull().hasMessageContaining("no connection within the connect timeout");
            assertThat(e.failure().requestSent()).isFalse();
        }
    }

    @Test
    void anHtmlErrorPageAndAnEmptyBodyAreDescribed() {
        simulator.route("GET", "/html", r -> SimulatedAnswer.text(404, "text/html",
                "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>nginx</body></html>"));
        simulator.route("GET", "/empty", r -> SimulatedAnswer.empty(404));

        NotFoundException html = catchThrowableOfType(NotFoundException.class, () -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/html"), WireFormat.JSON), BringHttpTest::text));
        NotFoundException empty = catchThrowableOfType(NotFoundException.class, () -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/empty"), WireFormat.JSON), BringHttpTest::text));

        assertThat(html.getMessage()).contains("HTML page: 404 Not Found");
        assertThat(empty.getMessage()).contains("empty body");
    }

    @Test
    void aReaderThatCannotReadTheAnswerFailsAsUnexpected() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, "{".getBytes(StandardCharsets.UTF_8)));

        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> http().exchange(
                Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON),
                answer -> WireMappers.of(WireFormat.JSON).readTree(answer.body())))).isNotNull();
    }

    @Test
    void plainHttpToAnotherHostIsRefusedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException().isThrownBy(() -> http().exchange(
                Call.get(Operation.GET_ORDER, URI.create("http://api.bring.com/po/api/v1/omorder/1/2"), WireFormat.JSON),
                BringHttpTest::text)).withMessageContaining("HTTPS is required");
    }

    @Test
    void aSlowAnswerDoesNotHoldItsPlaceUnderTheRateLimitOnceTheRequestHasArrived() throws Exception {
        CountDownLatch bookingAnswered = new CountDownLatch(1);
        simulator.route("POST", "/slow-booking", r -> {
            bookingAnswered.await(); // Bring takes its time to book...
            return SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8));
        });
        simulator.route("GET", "/customers", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        BringHttp http = http(Duration.ofSeconds(30), 1024, 1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> booking = threads.submit(() -> http.exchange(Call.post(Operation.BOOK, uri("/slow-booking"),
                    new byte[] {'{', '}'}, WireFormat.JSON, "INTERNAL-1"), BringHttpTest::text));
            while (simulator.requests("POST", "/slow-booking").isEmpty()) {
                Thread.sleep(5);
            }

            // ...but the booking has arrived: a second later the next request may go, long before the answer.
            Future<String> customers = threads.submit(() -> http.exchange(Call.get(Operation.GET_CUSTOMERS,
                    uri("/customers"), WireFormat.JSON), BringHttpTest::text));

            assertThat(customers.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
            assertThat(booking).isNotDone();
            bookingAnswered.countDown();
            assertThat(booking.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
        } finally {
            bookingAnswered.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void theRateLimiterSpacesCallsSharedByEveryThreadOfTheSameUser() throws Exception {
        simulator.limit(10);
        AtomicInteger served = new AtomicInteger();
        simulator.route("GET", "/stock", r -> {
            served.incrementAndGet();
            return SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8));
        });
        BringHttp first = http(Duration.ofSeconds(5), 1024, 10);
        BringHttp second = http(Duration.ofSeconds(5), 1024, 10);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                BringHttp http = i % 2 == 0 ? first : second;
                calls.add(threads.submit(() -> http.exchange(Call.get(Operation.GET_ARTICLE_BALANCES, uri("/stock"),
                        WireFormat.JSON), BringHttpTest::text)));
            }
            for (Future<String> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(served).hasValue(15);
        assertThat(simulator.peakRequestsPerSecond()).isLessThanOrEqualTo(10);
        assertThat(simulator.requests()).hasSize(15);
        assertThat(simulator.answered(429)).isZero();
    }

    @Test
    void aCallThatWaitedForItsTurnUnderTheRateLimitStillHasItsWholeTimeout() {
        simulator.route("GET", "/order", r -> SimulatedAnswer.ok(WireFormat.JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        BringHttp onePerSecond = http(Duration.ofMillis(300), 1024, 1);

        for (int i = 0; i < 3; i++) { // the second and third wait about a second for their turn
            assertThat(onePerSecond.exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text))
                    .isEqualTo("{}");
        }
        assertThat(simulator.requests()).hasSize(3);
    }

    @Test
    void aRateLimitedReadIsRetriedAndAPersistentOneSurfaces() {
        simulator.route("GET", "/order", r -> new SimulatedAnswer(429, "", new byte[0], java.util.Map.of("Retry-After", "0")));

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> http()
                .exchange(Call.get(Operation.GET_ORDER, uri("/order"), WireFormat.JSON), BringHttpTest::text))).isNotNull();
        assertThat(simulator.requests()).hasSize(3);
    }

    /** A plain server on 127.0.0.1 whose every exchange is handled by {@code handler}; stopped by the caller. */
    private static HttpServer rawServer(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static URI stock(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stock");
    }

    @Test
    void everyAnswerIsReadToItsEndSoThatTheConnectionServesTheNextCall() throws IOException {
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        byte[] body = ("{\"ok\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpServer server = rawServer(exchange -> {
            try (exchange) {
                clientPorts.add(exchange.getRemoteAddress().getPort());
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        try {
            BringHttp http = http();
            URI uri = stock(server);
            List<String> read = new ArrayList<>();
            StreamReader<String> allButTheClosingBrace = (head, in, sink) -> sink.accept(
                    new String(in.readNBytes(body.length - 1), StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                read.add(http.exchange(Call.get(Operation.GET_ARTICLE_BALANCES, uri, WireFormat.JSON), BringHttpTest::text));
                http.stream(Call.get(Operation.STREAM_ARTICLE_BALANCES, uri, WireFormat.JSON), allButTheClosingBrace, read::add);
            }

            String whole = new String(body, StandardCharsets.UTF_8);
            String streamed = whole.substring(0, whole.length() - 1);
            assertThat(read).containsExactly(whole, streamed, whole, streamed, whole, streamed);
            assertThat(clientPorts).hasSize(6).containsOnly(clientPorts.get(0));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aStreamedAnswerThatStallsHalfwayEndsInATimeoutAfterWhatArrivedWasHandedOver() throws IOException {
        CountDownLatch released = new CountDownLatch(1);
        HttpServer server = rawServer(exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("first\n".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                released.await(30, TimeUnit.SECONDS); // the rest never comes while the client waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> lines = new ArrayList<>();
        StreamReader<String> byLine = (head, in, sink) -> {
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.accept(line);
            }
        };
        try {
            TimedOutException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> catchThrowableOfType(TimedOutException.class, () -> http(Duration.ofMillis(500), 1024, 1000)
                            .stream(Call.get(Operation.STREAM_ARTICLE_BALANCES, stock(server), WireFormat.JSON), byLine, lines::add)));

            assertThat(e).isNotNull().hasMessageContaining("500 ms");
            assertThat(e.operation()).isEqualTo(Operation.STREAM_ARTICLE_BALANCES);
            assertThat(lines).containsExactly("first");
        } finally {
            released.countDown();
            server.stop(0);
        }
    }

    @Test
    void aStreamedAnswerThatSaysItIsHtmlIsNoDocumentWhateverItsBodyLooksLike() throws IOException {
        byte[] page = "<html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8);
        HttpServer server = rawServer(exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
        });
        List<Object> read = new ArrayList<>();
        StreamReader<Object> tokens = (head, in, sink) -> {
            try (com.fasterxml.jackson.core.JsonParser parser = WireMappers.parser(head, in)) {
                for (Object token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    sink.accept(token);
                }
            }
        };
        try {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> http()
                    .stream(Call.get(Operation.STREAM_ARTICLE_BALANCES, stock(server), WireFormat.XML), tokens, read::add));

            assertThat(e).isNotNull().hasMessageContaining("text/html");
            assertThat(read).isEmpty();
        } finally {
            server.stop(0);
        }
    }
}
