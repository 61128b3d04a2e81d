package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.adapter.soap.transport.LimitedTransportFactory;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.faults.Traps;
import dev.bringport.ports.transport.RetryAfter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own HTTP transport under Metro ({@link LimitedTransportFactory}): what
 * HttpURLConnection and Metro would do on their own, and what the adapter does instead. Requests
 * are streamed, so the JDK never sends a booking twice; answers that are no SOAP envelope reach
 * the failure mapping whole (status, {@code Retry-After}, Bring's plain-text code); answers are
 * read within a size bound and a deadline. Found by the fault matrix of docs/RELIABILITY.md.
 */
@SuppressWarnings("deprecation")
class LimitedTransportTest {

    private static final String ORDERS = BringSoap.ORDER_MANAGEMENT_PATH;
    private static final String BOOKINGS = BringSoap.BOOKING_PATH;

    private final CannedSoapServer server = new CannedSoapServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private BringException book(BringSoap soap) {
        return catchThrowableOfType(BringException.class, () -> soap.booking().book(ContractExamples.booking(Instant.now())));
    }

    private BringException readOrder(BringSoap soap) {
        return catchThrowableOfType(BringException.class, () -> soap.orderManagement().order("10000000000", "4504104664"));
    }

    @Test
    void aBookingWhoseConnectionClosesBeforeAnAnswerIsSentOnceNotAgainByTheJdk() {
        server.answer(BOOKINGS, Answer.dropped());

        BringException e = book(TestSoap.soap(server.host()).build());

        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
        assertThat(e.getCause()).isInstanceOf(UnavailableException.class);
        assertThat(server.received(BOOKINGS)).as("HttpURLConnection repeats a POST that is not streamed").hasSize(1);
        assertThat(server.received(BOOKINGS).get(0).header("Transfer-Encoding")).isEqualTo("chunked");
    }

    @Test
    void aRetryAfterThatThePolicyAcceptsIsWaitedForBeforeTheNextAttempt() {
        server.answer(ORDERS, Answer.status(429).withHeader("Retry-After", "1"),
                Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));
        BringSoap soap = TestSoap.soap(server.host()).build(); // QUICK_RETRIES waits up to 1 s for Retry-After
        long start = System.nanoTime();

        assertThat(soap.orderManagement().order("10000000000", "4504104664").orderId()).isEqualTo("4504104664");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(server.received(ORDERS)).hasSize(2);
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsEndsTheCallWithTheWaitBringAskedFor() {
        server.answer(BOOKINGS, Answer.status(429).withHeader("Retry-After", "120"));

        BringException e = book(TestSoap.soap(server.host()).build());

        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aRetryAfterNoLongCanHoldEndsTheCallAtOnceInsteadOfSendingTheBookingThreeTimes() {
        server.answer(BOOKINGS, Answer.status(429).withHeader("Retry-After", "99999999999999999999"));

        BringException e = book(TestSoap.soap(server.host()).build());

        assertThat(e).isInstanceOf(RateLimitedException.class).hasMessageContaining("Bring asked to wait");
        assertThat(((RateLimitedException) e).retryAfter()).contains(RetryAfter.LONGEST);
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aReadAnswered503WaitsAsBringAskedAndAWriteAnswered503IsOfUnknownOutcome() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        server.answer(ORDERS, Answer.status(503).withHeader("Retry-After", inTwoSeconds),
                Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));
        server.answer(BOOKINGS, Answer.status(503).withHeader("Retry-After", inTwoSeconds));
        BringSoap soap = TestSoap.soap(server.host()).retryPolicy(new RetryPolicy(3, Duration.ofMillis(1),
                Duration.ofMillis(2), 0, Duration.ofSeconds(2))).build();
        long start = System.nanoTime();

        assertThat(soap.orderManagement().order("10000000000", "4504104664").orderId()).isEqualTo("4504104664");
        Duration read = Duration.ofNanos(System.nanoTime() - start);
        BringException write = book(soap);

        assertThat(read).as("the wait Bring asked for, a date a second or two ahead").isGreaterThanOrEqualTo(
                Duration.ofMillis(900));
        assertThat(server.received(ORDERS)).hasSize(2);
        assertThat(write).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(UnavailableException.class);
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aRedirectIsNeverFollowedAndAWriteRedirectedIsOfUnknownOutcome() {
        String elsewhere = server.host().resolve("/elsewhere").toString();
        server.answer(ORDERS, Answer.status(302).withHeader("Location", elsewhere));
        server.answer(BOOKINGS, Answer.status(307).withHeader("Location", elsewhere));

        BringException read = readOrder(TestSoap.soap(server.host()).build());
        BringException write = book(TestSoap.soap(server.host()).build());

        assertThat(read).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("never follows");
        assertThat(write).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(UnexpectedResponseException.class);
        assertThat(server.received("/elsewhere")).isEmpty();
        assertThat(server.received(ORDERS)).hasSize(1);
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aFailedTlsHandshakeSendsNothingSoEvenAWriteIsSentAgain() {
        try (Traps.Trap notTls = Traps.notTls()) {
            BringException e = book(TestSoap.soap(notTls.address()).build());

            assertThat(e).isInstanceOf(UnavailableException.class).hasMessageContaining("the TLS handshake failed");
            assertThat(e.failure().requestSent()).isFalse();
            assertThat(notTls.accepted()).as("nothing was sent, so the write was tried three times").hasValue(3);
        }
    }

    @Test
    void aConnectTimeoutIsUnavailableAndNotSentLikeARefusedConnection() {
        try (Traps.Trap fullQueue = Traps.fullQueue()) {
            BringException e = book(TestSoap.soap(fullQueue.address()).retryPolicy(RetryPolicy.NEVER)
                    .connectTimeout(Duration.ofMillis(300)).build());

            assertThat(e).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("no connection within the connect timeout");
            assertThat(e.failure().requestSent()).isFalse();
        }
    }

    @Test
    void bringsPlainTextErrorOutsideAnEnvelopeIsTypedByItsCodeWithItsErrorId() {
        server.answer(BOOKINGS, Answer.body(400, "text/plain", "[BOOK-INPUT-021] Invalid customer number (errorId: 5b7e-21)"));

        BringException e = book(TestSoap.soap(server.host()).build());

        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INPUT-021"));
        assertThat(e.failure().errors().get(0).message()).isEqualTo("Invalid customer number");
        assertThat(e.failure().requestId()).contains("5b7e-21");
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(400));
    }

    @Test
    void a401IsUnauthenticatedThoughTheJdkDropsItsBodyForAStreamedRequest() {
        server.answer(ORDERS, Answer.body(401, "text/plain", "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 4f1c)"));

        BringException e = readOrder(TestSoap.soap(server.host()).build());

        assertThat(e).isInstanceOf(UnauthenticatedException.class);
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(401));
        assertThat(server.received(ORDERS)).hasSize(1);
    }

    @Test
    void anAnswerLargerThanTheBoundIsNotReadOnAndABookingsOutcomeIsUnknown() {
        byte[] answer = TestSoap.bookingAnswer("successfulResponse.xml").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.answer(BOOKINGS, Answer.soap(answer));
        server.answer(ORDERS, Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));
        BringSoap soap = TestSoap.soap(server.host()).maxAnswerBytes(answer.length - 1).build();

        BringException write = book(soap);
        BringException read = readOrder(TestSoap.soap(server.host()).maxAnswerBytes(100).build());

        assertThat(write).isInstanceOf(OutcomeUnknownException.class);
        assertThat(write.getCause()).isInstanceOf(UnexpectedResponseException.class);
        assertThat(write.getMessage()).contains("larger than " + (answer.length - 1) + " bytes");
        assertThat(read).isInstanceOf(UnexpectedResponseException.class);
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void anAnswerThatTricklesInEndsAtItsDeadlineThoughEveryReadGetsAByteInTime() {
        server.answer(BOOKINGS, Answer.soap(TestSoap.bookingAnswer("successfulResponse.xml")).trickled());
        BringSoap soap = TestSoap.soap(server.host()).requestTimeout(Duration.ofMillis(300)).build();

        BringException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> book(soap));

        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
        assertThat(e.getCause()).isInstanceOf(TimedOutException.class);
        assertThat(((OutcomeUnknownException) e).correlationId()).isEqualTo(Optional.of("INTERNAL-123456"));
    }
}
