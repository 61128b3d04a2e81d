package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.adapter.soap.transport.LimitedTransportFactory;
import dev.bringport.adapter.soap.transport.SoapFailures;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import java.time.Duration;
import java.time.Instant;
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
    void retryAfterIsReadInSecondsAndAsADate() {
        assertThat(SoapFailures.retryAfter(" 3 ")).contains(Duration.ofSeconds(3));
        assertThat(SoapFailures.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(SoapFailures.retryAfter("soon")).isEmpty();
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
