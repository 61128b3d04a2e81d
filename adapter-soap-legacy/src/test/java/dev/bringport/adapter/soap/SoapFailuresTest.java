package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong on the wire becomes the ports' failures, with Bring's codes, under the library's
 * retry and write-safety policy: HTTP 429 is retried (reads and writes: Bring did not act), a read
 * that timed out or met a 503 is retried, a write whose outcome is unknown is never sent again
 * and carries its correlation id, a connection never made may be retried even for a write.
 */
@SuppressWarnings("deprecation")
class SoapFailuresTest {

    private static final String ORDERS = BringSoap.ORDER_MANAGEMENT_PATH;
    private static final String BOOKINGS = BringSoap.BOOKING_PATH;
    private static final String CONSIGNMENT = "70438101268018539";

    private final CannedSoapServer server = new CannedSoapServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private BringSoap soap() {
        return TestSoap.soap(server.host()).build();
    }

    private static byte[] documentedOrder() {
        return TestSoap.orderExample("get_purchase_order_response.xml");
    }

    private BringException readOrder(BringSoap soap) {
        return catchThrowableOfType(BringException.class, () -> soap.orderManagement().order("10000000000", "4504104664"));
    }

    private BringException addPackingList(BringSoap soap) {
        return catchThrowableOfType(BringException.class, () -> soap.orderManagement().addPackingList("10000000000",
                "4504104664", PackingList.of(CONSIGNMENT, List.of(PackingListItem.of("10", BigDecimal.ONE)))));
    }

    private BringException book(BringSoap soap) {
        return catchThrowableOfType(BringException.class, () -> soap.booking().book(ContractExamples.booking(Instant.now())));
    }

    // --- HTTP 429 and 503 ---------------------------------------------------------------------------

    @Test
    void http429IsRateLimitedAndAReadIsRetriedUntilTheAttemptsRunOut() {
        server.answer(ORDERS, Answer.status(429));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(429));
        assertThat(e.isTransient()).isTrue();
        assertThat(server.received(ORDERS)).hasSize(TestSoap.QUICK_RETRIES.maxAttempts());
    }

    @Test
    void aReadThatMetHttp429SucceedsOnTheNextAttempt() {
        server.answer(ORDERS, Answer.status(429), Answer.soap(documentedOrder()));

        assertThat(soap().orderManagement().order("10000000000", "4504104664").orderId()).isEqualTo("4504104664");

        assertThat(server.received(ORDERS)).hasSize(2);
    }

    @Test
    void aBookingThatMetHttp429IsSentAgainBecauseBringDidNotActOnIt() {
        server.answer(BOOKINGS, Answer.status(429), Answer.soap(TestSoap.bookingAnswer("successfulResponse.xml")));

        assertThat(soap().booking().book(ContractExamples.booking(Instant.now())).consignmentNumber())
                .isEqualTo("70438101268018539");

        assertThat(server.received(BOOKINGS)).hasSize(2);
    }

    @Test
    void http503IsUnavailableAndAReadIsRetried() {
        server.answer(ORDERS, Answer.body(503, "text/html", "<html><body>Service Unavailable</body></html>"));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(UnavailableException.class);
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(server.received(ORDERS)).hasSize(3);
    }

    @Test
    void aPackingListThatMetHttp503HasAnUnknownOutcomeAndIsNotSentAgain() {
        server.answer(ORDERS, Answer.status(503));

        BringException e = addPackingList(soap());

        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) e).correlationId()).contains(CONSIGNMENT);
        assertThat(e.getCause()).isInstanceOf(UnavailableException.class);
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(server.received(ORDERS)).hasSize(1);
    }

    @Test
    void http404MeansNoSoapServiceAtTheAddressNotAMissingOrder() {
        server.answer(ORDERS, Answer.status(404));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(UnexpectedResponseException.class).isNotInstanceOf(NotFoundException.class);
        assertThat(e.getMessage()).contains("no SOAP service at this address");
    }

    // --- timeouts and connections ------------------------------------------------------------------

    @Test
    void aTimedOutBookingIsNotSentAgainAndItsOutcomeIsUnknown() {
        server.answer(BOOKINGS, Answer.never());
        BringSoap soap = TestSoap.soap(server.host()).requestTimeout(Duration.ofMillis(200)).build();

        BringException e = book(soap);

        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) e).correlationId()).contains("INTERNAL-123456");
        assertThat(e.getMessage()).contains("INTERNAL-123456").contains("200 ms");
        assertThat(e.getCause()).isInstanceOf(TimedOutException.class);
        assertThat(e.failure().requestSent()).isTrue();
        assertThat(server.received(BOOKINGS)).as("exactly one booking request reached Bring").hasSize(1);
    }

    @Test
    void aTimedOutReadIsRetriedAndThenTimedOut() {
        server.answer(ORDERS, Answer.never());
        BringSoap soap = TestSoap.soap(server.host()).requestTimeout(Duration.ofMillis(200)).build();

        BringException e = readOrder(soap);

        assertThat(e).isInstanceOf(TimedOutException.class);
        assertThat(server.received(ORDERS)).hasSize(3);
    }

    @Test
    void aConnectionNeverMadeWasNotSentSoEvenABookingMayBeSentAgain() throws IOException {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        BringException e = book(TestSoap.soap(nobody).build());

        assertThat(e).isInstanceOf(UnavailableException.class).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.getMessage()).contains("no connection could be made").contains("not sent");
        assertThat(TestSoap.QUICK_RETRIES.mayRetry(e.operation(), e)).isTrue();
    }

    // --- SOAP faults ---------------------------------------------------------------------------------

    private static String fault(String code, String string, String detail) {
        return TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:" + code + "</faultcode><faultstring xml:lang=\"en\">"
                + string + "</faultstring>" + detail + "</SOAP-ENV:Fault>");
    }

    @Test
    void aFaultWithBringsBracketedCodeIsTypedByTheCode() {
        server.answer(ORDERS, Answer.fault(fault("Client", "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 4f1c)", "")));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(UnauthenticatedException.class);
        assertThat(e.codes()).containsExactly(ErrorCode.of("CT_2_ACCESS_DENIED"));
        assertThat(e.failure().errors().get(0)).as("read as Bring's plain-text errors are, everywhere")
                .isEqualTo(new BringError(ErrorCode.of("CT_2_ACCESS_DENIED"), "User is not logged in", Optional.of("4f1c")));
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(500));
    }

    @Test
    void aFaultWithCodeAndDescriptionInItsDetailIsTypedByTheCode() {
        server.answer(ORDERS, Answer.fault(fault("Server", "Order not found", "<detail><po:Error xmlns:po=\"http://api.bring.com/po\">"
                + "<po:Code>PO_STATE_001</po:Code><po:Description>Order not found</po:Description></po:Error></detail>")));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.failure().errors()).containsExactly(BringError.of(ErrorCode.of("PO_STATE_001"), "Order not found"));
        assertThat(server.received(ORDERS)).hasSize(1);
    }

    @Test
    void aServerFaultWithoutCodeIsUnavailableForAReadAndOfUnknownOutcomeForAWrite() {
        server.answer(ORDERS, Answer.fault(fault("Server", "java.lang.NullPointerException", "")));
        server.answer(BOOKINGS, Answer.fault(fault("Server", "Internal error", "")));

        BringException read = readOrder(soap());
        BringException write = book(soap());

        assertThat(read).isInstanceOf(UnavailableException.class);
        assertThat(read.getMessage()).contains("SOAP fault (Server)").contains("NullPointerException");
        assertThat(write).isInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) write).correlationId()).contains("INTERNAL-123456");
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aClientFaultWithoutCodeIsAnInvalidRequest() {
        server.answer(BOOKINGS, Answer.fault(fault("Client", "Validation error", "")));

        BringException e = book(soap());

        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(((InvalidRequestException) e).detectedBeforeSending()).isFalse();
        assertThat(e.getMessage()).contains("Validation error");
    }

    // --- Bring's booking and pickup errors ---------------------------------------------------------

    private static String bookingErrors(String code, String message) {
        return TestSoap.envelope("<bookingResponse xmlns=\"http://www.bring.no/booking/\"><consignments>"
                + "<consignment correlationId=\"INTERNAL-123456\"><errors>"
                + "<error consignmentCorrelationId=\"INTERNAL-123456\"><uniqueId>5b7e8f1c-2e4d-4d0e-9b1a-3c9f0a6d7e21</uniqueId>"
                + "<code>" + code + "</code><messages><message lang=\"no\">Norsk melding</message>"
                + "<message lang=\"en\">" + message + "</message></messages></error>"
                + "</errors></consignment></consignments></bookingResponse>");
    }

    @Test
    void bookingErrorsCarryBringsCodeEnglishMessageAndUniqueId() {
        server.answer(BOOKINGS, Answer.soap(bookingErrors("BOOK-INPUT-021", "Invalid customer number")));

        BringException e = book(soap());

        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.failure().errors()).containsExactly(new BringError(ErrorCode.of("BOOK-INPUT-021"),
                "Invalid customer number", Optional.of("5b7e8f1c-2e4d-4d0e-9b1a-3c9f0a6d7e21")));
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void bookingAuthorizationErrorsAreAccessDenied() {
        server.answer(BOOKINGS, Answer.soap(bookingErrors("BOOK-AUTHORIZATION-001", "Authorization failed")));

        assertThat(book(soap())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBookingThatMetBringsInternalErrorHasAnUnknownOutcome() {
        server.answer(BOOKINGS, Answer.soap(bookingErrors("BOOK-INTERNAL-001", "Internal error")));

        BringException e = book(soap());

        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
        assertThat(e.getCause()).isInstanceOf(UnavailableException.class);
        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INTERNAL-001"));
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void pickupErrorsCarryBringsCode() {
        server.answer(BOOKINGS, Answer.soap(TestSoap.envelope("<pickupOrderResponse xmlns=\"http://www.bring.no/booking/\">"
                + "<errors><error><uniqueId>u-1</uniqueId><code>PICKUP-INPUT-004</code><messages>"
                + "<message lang=\"en\">This customer number cannot be used to order Pickup</message></messages></error>"
                + "</errors></pickupOrderResponse>")));

        BringException e = catchThrowableOfType(BringException.class,
                () -> soap().pickups().orderPickup(ContractExamples.pickup(Instant.now()).build()));

        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.failure().errors()).containsExactly(new BringError(ErrorCode.of("PICKUP-INPUT-004"),
                "This customer number cannot be used to order Pickup", Optional.of("u-1")));
    }

    // --- unreadable and unknown --------------------------------------------------------------------

    @Test
    void anHtmlPageIsUnexpectedForAReadAndOfUnknownOutcomeForAWrite() {
        server.answer(ORDERS, Answer.body(200, "text/html", "<html><body>Maintenance</body></html>"));
        server.answer(BOOKINGS, Answer.body(200, "text/html", "<html><body>Maintenance</body></html>"));

        assertThat(readOrder(soap())).isInstanceOf(UnexpectedResponseException.class);
        BringException write = book(soap());
        assertThat(write).isInstanceOf(OutcomeUnknownException.class);
        assertThat(write.getCause()).isInstanceOf(UnexpectedResponseException.class);
        assertThat(server.received(BOOKINGS)).hasSize(1);
    }

    @Test
    void aTruncatedEnvelopeIsUnexpected() {
        String whole = new String(documentedOrder(), java.nio.charset.StandardCharsets.UTF_8);
        server.answer(ORDERS, Answer.soap(whole.substring(0, whole.length() / 2)));

        assertThat(readOrder(soap())).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void anAnswerThatBreaksTheDomainsRulesIsUnexpected() {
        String whole = new String(documentedOrder(), java.nio.charset.StandardCharsets.UTF_8);
        server.answer(ORDERS, Answer.soap(whole.replace("subClass=\"DocumentDate\">2022-06-01T07:19:10.684+02:00",
                "subClass=\"DocumentDate\">the first of June")));

        BringException e = readOrder(soap());

        assertThat(e).isInstanceOf(UnexpectedResponseException.class);
        assertThat(e.getMessage()).contains("could not be read");
    }

    @Test
    void elementsBringAddsLaterAreIgnored() {
        String whole = new String(documentedOrder(), java.nio.charset.StandardCharsets.UTF_8);
        server.answer(ORDERS, Answer.soap(whole
                .replace("<SenderStatus>OPEN</SenderStatus>", "<NewThing a=\"1\"><Nested/></NewThing><SenderStatus>OPEN</SenderStatus>")
                .replace("</PurchaseOrderSet>", "<Later>x</Later></PurchaseOrderSet>")));

        assertThat(soap().orderManagement().order("10000000000", "4504104664").senderStatus()).contains(
                dev.bringport.domain.order.SenderStatus.OPEN);
    }

    // --- XML security ------------------------------------------------------------------------------

    @Test
    void anAnswerWithADtdAndAnExternalEntityIsRefusedAndTheEntityNeverFetched() {
        String evil = server.host() + "/evil";
        server.answer("/evil", Answer.body(200, "text/plain", "pwned"));
        server.answer(ORDERS, Answer.soap("<?xml version=\"1.0\"?><!DOCTYPE SOAP-ENV:Envelope [<!ENTITY xxe SYSTEM \""
                + evil + "\">]>" + TestSoap.envelope("<GetPurchaseOrderResponse xmlns=\"http://api.bring.com/po\">"
                + "<ResponseProperties><Error><Code>&xxe;</Code><Description>x</Description></Error></ResponseProperties>"
                + "</GetPurchaseOrderResponse>")));

        BringException e = readOrder(TestSoap.soap(server.host()).retryPolicy(dev.bringport.ports.RetryPolicy.NEVER).build());

        assertThat(e).isInstanceOf(UnexpectedResponseException.class);
        assertThat(e.getMessage()).doesNotContain("pwned");
        assertThat(server.received("/evil")).as("the external entity was never fetched").isEmpty();
    }

    @Test
    void anAnswerThatExpandsEntitiesExponentiallyIsRefused() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        server.answer(ORDERS, Answer.soap("<?xml version=\"1.0\"?><!DOCTYPE SOAP-ENV:Envelope [" + entities + "]>"
                + TestSoap.envelope("<GetPurchaseOrderResponse xmlns=\"http://api.bring.com/po\"><ResponseProperties>"
                + "<Error><Code>&a9;</Code></Error></ResponseProperties></GetPurchaseOrderResponse>")));

        BringException e = readOrder(TestSoap.soap(server.host()).retryPolicy(dev.bringport.ports.RetryPolicy.NEVER).build());

        assertThat(e).isInstanceOf(UnexpectedResponseException.class);
        assertThat(e.getMessage()).doesNotContain("lollol");
    }
}
