package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.contract.ContractExamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bring's errors, per consignment in booking answers (200 or 400) and at the top of pickup
 * answers, in JSON and XML: typed by their codes, with Bring's messages, its {@code uniqueId} as
 * the request id and the HTTP status; unknown codes pass through intact.
 */
class BookingErrorAnswersTest {

    private static final String UNIQUE_ID = "c0ffee00-1234-4bcd-9def-0123456789ab";

    private final LocalBring bring = new LocalBring();

    @AfterEach
    void stop() {
        bring.close();
    }

    private static String errorJson(String uniqueId, String code, String... messages) {
        StringBuilder list = new StringBuilder();
        for (String message : messages) {
            list.append(list.isEmpty() ? "" : ",").append("{\"lang\":\"").append(message.startsWith("no:") ? "no" : "en")
                    .append("\",\"message\":\"").append(message.replaceFirst("^no:", "")).append("\"}");
        }
        return "{\"uniqueId\":\"" + uniqueId + "\",\"code\":\"" + code + "\",\"messages\":[" + list + "]}";
    }

    private static String bookingJson(String... errors) {
        return "{\"consignments\":[{\"confirmation\":null,\"errors\":[" + String.join(",", errors)
                + "],\"correlationId\":\"INTERNAL-123456\"}]}";
    }

    private static String bookingXml(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<bookingResponse xmlns=\"http://www.bring.no/booking/\"><consignments>"
                + "<consignment correlationId=\"INTERNAL-123456\"><errors><error><uniqueId>" + UNIQUE_ID + "</uniqueId>"
                + "<code>" + code + "</code><messages><message lang=\"en\">" + message + "</message></messages>"
                + "</error></errors></consignment></consignments></bookingResponse>";
    }

    private static SimulatedAnswer answer(int status, WireFormat format, String body) {
        return SimulatedAnswer.of(status, format, body.getBytes(StandardCharsets.UTF_8));
    }

    private <E extends Throwable> E booking(Class<E> type, WireFormat format) {
        return catchThrowableOfType(type, () -> bring.booking(format, LocalBring.NOW)
                .book(ContractExamples.booking(LocalBring.NOW)));
    }

    @Test
    void a400JsonAnswerWithConsignmentErrorsIsAnInvalidRequestWithEveryCodeMessageAndTheUniqueId() {
        bring.answering("POST", "/booking", answer(400, WireFormat.JSON, bookingJson(
                errorJson(UNIQUE_ID, "BOOK-INPUT-021", "Invalid customer number"),
                errorJson("d00d0000-0000-4000-8000-000000000002", "BOOK_VALIDATION-013", "Nature of transaction is required"))));

        InvalidRequestException e = booking(InvalidRequestException.class, WireFormat.JSON);

        assertThat(e).isNotNull();
        assertThat(e.detectedBeforeSending()).isFalse();
        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INPUT-021"), ErrorCode.of("BOOK_VALIDATION-013"));
        assertThat(e.failure().errors()).extracting(BringError::message)
                .containsExactly("Invalid customer number", "Nature of transaction is required");
        assertThat(e.failure().requestId()).contains(UNIQUE_ID);
        assertThat(e.failure().httpStatus()).hasValue(400);
        assertThat(e.getMessage()).contains("BOOK-INPUT-021", "HTTP 400", UNIQUE_ID);
        assertThat(bring.requests()).as("a rejected booking is not sent again").hasSize(1);
    }

    @Test
    void a400XmlAnswerWithConsignmentErrorsIsAnInvalidRequestToo() {
        bring.answering("POST", "/booking", answer(400, WireFormat.XML, bookingXml("BOOK-INPUT-021",
                "Invalid customer number")));

        InvalidRequestException e = booking(InvalidRequestException.class, WireFormat.XML);

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INPUT-021"));
        assertThat(e.failure().errors()).extracting(BringError::message).containsExactly("Invalid customer number");
        assertThat(e.failure().requestId()).contains(UNIQUE_ID);
        assertThat(e.failure().httpStatus()).hasValue(400);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void errorsInA200AnswerAreAFailureAsWell(WireFormat format) {
        String body = format == WireFormat.JSON ? bookingJson(errorJson(UNIQUE_ID, "BOOK-INPUT-023",
                "The shipment is too big to send with the given product"))
                : bookingXml("BOOK-INPUT-023", "The shipment is too big to send with the given product");
        bring.answering("POST", "/booking", answer(200, format, body));

        InvalidRequestException e = booking(InvalidRequestException.class, format);

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INPUT-023"));
        assertThat(e.failure().errors().get(0).message()).isEqualTo("The shipment is too big to send with the given product");
        assertThat(e.failure().httpStatus()).hasValue(200);
        assertThat(e.failure().requestId()).contains(UNIQUE_ID);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void bookAuthorization001IsAccessDenied(WireFormat format) {
        String body = format == WireFormat.JSON ? bookingJson(errorJson(UNIQUE_ID, "BOOK-AUTHORIZATION-001",
                "Your user is not authorized to perform this action"))
                : bookingXml("BOOK-AUTHORIZATION-001", "Your user is not authorized to perform this action");
        bring.answering("POST", "/booking", answer(403, format, body));

        AccessDeniedException e = booking(AccessDeniedException.class, format);

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-AUTHORIZATION-001"));
        assertThat(e.failure().httpStatus()).hasValue(403);
        assertThat(e.failure().requestId()).contains(UNIQUE_ID);
    }

    @Test
    void aCallWithAWrongApiKeyIsAccessDeniedWithoutTheKeyInTheMessage() {
        bring.withBookingApi();
        bring.simulator().user(LocalBring.CREDENTIALS.userId(), "another-key");

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).customers());

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-AUTHORIZATION-001"));
        assertThat(e.getMessage()).doesNotContain(LocalBring.CREDENTIALS.apiKey());
    }

    @Test
    void anUnknownCodePassesThroughIntactWithItsMessagesInEveryLanguage() {
        bring.answering("POST", "/booking", answer(400, WireFormat.JSON, bookingJson(errorJson(UNIQUE_ID,
                "BOOK-SHIPMENT-042-RECIPIENT", "A rule Bring added after this library", "no:En regel Bring la til senere"))));

        InvalidRequestException e = booking(InvalidRequestException.class, WireFormat.JSON);

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-SHIPMENT-042-RECIPIENT"));
        assertThat(e.failure().errors().get(0)).isEqualTo(new BringError(ErrorCode.of("BOOK-SHIPMENT-042-RECIPIENT"),
                "A rule Bring added after this library / En regel Bring la til senere", Optional.of(UNIQUE_ID)));
    }

    @Test
    void anInternalErrorOfABookingLeavesItsOutcomeUnknownWithTheCorrelationId() {
        bring.answering("POST", "/booking", answer(500, WireFormat.JSON, bookingJson(errorJson(UNIQUE_ID,
                "BOOK-INTERNAL-001", "An unexpected error occurred"))));

        OutcomeUnknownException e = booking(OutcomeUnknownException.class, WireFormat.JSON);

        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INTERNAL-001"));
        assertThat(bring.requests()).as("a write is not sent again").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aBookingAnswerWithNeitherConfirmationNorErrorsLeavesTheOutcomeUnknown(WireFormat format) {
        bring.answering("POST", "/booking", answer(200, format, format == WireFormat.JSON
                ? "{\"consignments\":[{\"correlationId\":\"INTERNAL-123456\"}]}"
                : "<bookingResponse xmlns=\"http://www.bring.no/booking/\"><consignments><consignment/></consignments>"
                + "</bookingResponse>"));

        OutcomeUnknownException e = booking(OutcomeUnknownException.class, format);

        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(e.getMessage()).contains("Bring's answer could not be read", "the booking answer holds");
    }

    @Test
    void aReadFailingWithAnInternalErrorIsUnavailable() {
        bring.answering("GET", "/customers", answer(503, WireFormat.JSON, "{\"errors\":[" + errorJson(UNIQUE_ID,
                "BOOK-INTERNAL-002", "A required external service is unavailable") + "]}"));

        UnavailableException e = catchThrowableOfType(UnavailableException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).customers());

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INTERNAL-002"));
        assertThat(bring.requests()).as("a read is retried").hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aBookingTheSimulatedBringRejectsComesBackWithItsCodeAndUniqueId(WireFormat format) {
        bring.withBookingApi();
        Consignment unknownCustomer = ContractExamples.consignment(LocalBring.NOW).product(Product.of("5000", "424242"))
                .addPackage(ContractExamples.parcel()).build();

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking(format, LocalBring.NOW).book(BookingRequest.test(unknownCustomer)));

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-INPUT-021"));
        assertThat(e.failure().errors().get(0).message()).contains("424242");
        assertThat(e.failure().requestId()).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(e.failure().httpStatus()).hasValue(400);
    }

    // --- pickups --------------------------------------------------------------------------------

    private static String pickupXml(String code, String message) {
        return "<pickupOrderResponse xmlns=\"http://www.bring.no/booking/\"><errors><error><uniqueId>" + UNIQUE_ID
                + "</uniqueId><code>" + code + "</code><messages><message lang=\"en\">" + message
                + "</message></messages></error></errors></pickupOrderResponse>";
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPickupAnswerWithErrorsIsAnInvalidRequest(WireFormat format) {
        String message = "This customer number cannot be used to order Pickup";
        bring.answering("POST", "/pickupOrder", answer(400, format, format == WireFormat.JSON
                ? "{\"pickupConfirmation\":null,\"errors\":[" + errorJson(UNIQUE_ID, "PICKUP-INPUT-004", message) + "]}"
                : pickupXml("PICKUP-INPUT-004", message)));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.pickups(format, LocalBring.NOW).orderPickup(ContractExamples.pickup(LocalBring.NOW).build()));

        assertThat(e.codes()).containsExactly(ErrorCode.of("PICKUP-INPUT-004"));
        assertThat(e.failure().errors()).extracting(BringError::message).containsExactly(message);
        assertThat(e.failure().requestId()).contains(UNIQUE_ID);
        assertThat(e.failure().httpStatus()).hasValue(400);
    }

    @Test
    void pickupErrorsInA200AnswerAreAFailureAsWell() {
        bring.answering("POST", "/pickupOrder", answer(200, WireFormat.XML, pickupXml("PICKUP-INPUT-014",
                "Sender's address is incomplete or invalid and could not be matched")));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.pickups(WireFormat.XML, LocalBring.NOW).orderPickup(ContractExamples.pickup(LocalBring.NOW).build()));

        assertThat(e.codes()).isEqualTo(List.of(ErrorCode.of("PICKUP-INPUT-014")));
        assertThat(e.failure().httpStatus()).hasValue(200);
    }
}
