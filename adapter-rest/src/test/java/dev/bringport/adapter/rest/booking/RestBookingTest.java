package dev.bringport.adapter.rest.booking;

import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_002;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_006;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_007;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_012;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_007;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.TestHttp;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.BringTime;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Booking and Pickups over REST against a local server: the rules checked before sending (nothing
 * sent), what goes over the wire, write safety, and labels (fetched with the credentials, only
 * from Bring's hosts, only ever a PDF).
 */
class RestBookingTest {

    private final LocalBring bring = new LocalBring();

    @AfterEach
    void stop() {
        bring.close();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aBookingTheRulesRejectIsNotSentAndEveryViolationIsListedWithItsField(WireFormat format) {
        bring.withBookingApi();
        BookingRequest fourRulesBroken = ContractExamples.bookingBreakingFourRules();

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking(format, LocalBring.NOW).book(fourRulesBroken));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.violations()).containsExactlyElementsOf(BookingRules.violations(fourRulesBroken, LocalBring.NOW))
                .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("consignments[0].shippingDateTime", BOOK_INPUT_012),
                        tuple("consignments[0].parties.sender", BOOK_INPUT_006),
                        tuple("consignments[0].parties.recipient", BOOK_INPUT_007),
                        tuple("consignments[0].packages[0].weightInKg", BOOK_INPUT_002));
        assertThat(bring.simulator().requests()).isEmpty();
    }

    @Test
    void aPickupTheRulesRejectIsNotSent() {
        bring.withBookingApi();
        var yesterday = BringTime.today(LocalBring.NOW).minusDays(1);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.pickups(WireFormat.XML, LocalBring.NOW).orderPickup(ContractExamples.pickup(LocalBring.NOW)
                        .pickupDate(yesterday).build()));

        assertThat(e.codes()).containsExactly(PICKUP_INPUT_007);
        assertThat(bring.simulator().requests()).isEmpty();
    }

    @Test
    void theRulesGoByTheTransportsClock() {
        bring.withBookingApi();
        BookingRequest tomorrow = ContractExamples.booking(LocalBring.NOW);
        var muchLater = LocalBring.NOW.plus(java.time.Duration.ofDays(3));
        Consignment withDeliveryDate = ContractExamples.consignment(LocalBring.NOW).product(Product.of("5600", "5"))
                .customerSpecifiedDeliveryDateTime(LocalBring.NOW.plus(java.time.Duration.ofDays(2)))
                .addPackage(ContractExamples.parcel()).build();

        assertThat(bring.booking(WireFormat.JSON, LocalBring.NOW).book(tomorrow).consignmentNumber()).isNotBlank();
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking(WireFormat.JSON, muchLater).book(BookingRequest.test(withDeliveryDate)));
        assertThat(e.codes()).contains(ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001"));
        assertThat(bring.simulator().requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aBookingIsPostedAsOneConsignmentOfSchemaVersionOneWithItsTestIndicator(WireFormat format) throws Exception {
        bring.answeringWithTheDocumentedSuccess();

        bring.booking(format, LocalBring.NOW).book(ContractExamples.booking(LocalBring.NOW));

        SimulatedRequest sent = bring.onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().getPath()).isEqualTo("/booking-api/api/booking");
        assertThat(sent.header("Content-Type")).contains(format.mediaType() + "; charset=UTF-8");
        assertThat(sent.header("Accept")).contains(format.mediaType());
        if (format == WireFormat.JSON) {
            JsonNode body = new ObjectMapper().readTree(sent.body());
            assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(body.get("testIndicator").asBoolean()).isTrue();
            assertThat(body.get("consignments")).hasSize(1);
            assertThat(body.at("/consignments/0/shippingDateTime").asLong())
                    .isEqualTo(LocalBring.NOW.plus(java.time.Duration.ofDays(1)).toEpochMilli());
        } else {
            assertThat(sent.text()).startsWith("<?xml").contains("<bookingRequest xmlns=\"http://www.bring.no/booking/\" "
                    + "testIndicator=\"true\"><schemaVersion>1</schemaVersion><consignments><consignment "
                    + "correlationId=\"INTERNAL-123456\"><shippingDateTime>2026-01-16T10:00:00.000+01:00</shippingDateTime>");
        }
    }

    /** The contract's booking with a control character XML 1.0 cannot carry in the recipient's name. */
    private static BookingRequest bookingWithAControlCharacter() throws Exception {
        String json = new String(DocumentWriter.write(BookingRequestMapper.toDocument(ContractExamples.booking(LocalBring.NOW)),
                WireFormat.JSON), StandardCharsets.UTF_8);
        return BookingDocuments.bookingRequest(json.replace("Tore Mottaker", "Tore\\u0001Mottaker")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aControlCharacterXmlCannotCarryIsRefusedBeforeSendingNamingItsField() throws Exception {
        bring.answeringWithTheDocumentedSuccess();

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking(WireFormat.XML, LocalBring.NOW).book(bookingWithAControlCharacter()));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].parties.recipient.name", ErrorCode.of("BOOK-INPUT-001")));
        assertThat(e.violations().get(0).message()).contains("U+0001");
        assertThat(bring.simulator().requests()).isEmpty();
    }

    @Test
    void jsonCarriesAControlCharacterAsGiven() throws Exception {
        bring.answeringWithTheDocumentedSuccess();

        bring.booking(WireFormat.JSON, LocalBring.NOW).book(bookingWithAControlCharacter());

        assertThat(new ObjectMapper().readTree(bring.onlyRequest().body()).at("/consignments/0/parties/recipient/name")
                .asText()).isEqualTo("Tore\u0001Mottaker");
    }

    @Test
    void aBookingWhoseOutcomeIsUnknownNamesTheConsignmentsCorrelationIdAndIsNotSentAgain() {
        bring.withBookingApi();
        bring.simulator().failNext(new SimulatedFault.Answer(SimulatedAnswer.empty(503)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).book(ContractExamples.booking(LocalBring.NOW)));

        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(bring.simulator().requests()).hasSize(1);
    }

    @Test
    void theBaseUrlMayEndWithASlash() {
        bring.withBookingApi();
        BringHttp http = TestHttp.defaults(LocalBring.CREDENTIALS);

        new RestBooking(http, URI.create(bring.baseUrl() + "/"), WireFormat.JSON, ClientRules.ON).errorCodes();

        assertThat(bring.onlyRequest().uri().getPath()).isEqualTo("/booking-api/api/errors");
    }

    @Test
    void bothPortsSayTheyAreRest() {
        assertThat(bring.booking(WireFormat.JSON, LocalBring.NOW).transport()).isEqualTo("REST");
        assertThat(bring.pickups(WireFormat.JSON, LocalBring.NOW).transport()).isEqualTo("REST");
    }

    // --- labels ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theLabelIsFetchedFromTheConfirmationsLinkWithTheCredentialHeaders(WireFormat format) {
        bring.withBookingApi();
        RestBooking booking = bring.booking(format, LocalBring.NOW);
        BookingConfirmation confirmation = booking.book(ContractExamples.booking(LocalBring.NOW));
        URI link = confirmation.links().labels().orElseThrow();

        byte[] label = booking.label(link);

        assertThat(link.toString()).as("the in-memory Bring's link, on the simulator's host")
                .startsWith(bring.simulator().baseUri() + "/labels/id/").endsWith(".pdf");
        assertThat(new String(label, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        SimulatedRequest fetch = bring.simulator().requests("GET", "/labels/").get(0);
        assertThat(fetch.header("X-Mybring-API-Uid")).contains(LocalBring.CREDENTIALS.userId());
        assertThat(fetch.header("X-Mybring-API-Key")).contains(LocalBring.CREDENTIALS.apiKey());
        assertThat(fetch.header("X-Bring-Client-URL")).contains(LocalBring.CREDENTIALS.clientUrl().toString());
        assertThat(fetch.header("Accept")).as("a label is asked for as a PDF, whatever the wire format")
                .contains("application/pdf");
    }

    @Test
    void aLabelLinkOutsideBringIsRefusedWithoutSendingTheCredentials() {
        RestBooking booking = bring.booking(WireFormat.JSON, LocalBring.NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> booking.label(URI.create("https://labels.example/x.pdf")))
                .withMessageContaining("refusing to send Bring credentials to 'labels.example'");
        assertThatIllegalArgumentException().isThrownBy(() -> booking.label(URI.create("https://bring.com.example/x.pdf")));
        assertThat(bring.simulator().requests()).isEmpty();
    }

    @Test
    void aPlainHttpLabelLinkOnBringsHostIsRefusedWithoutSendingTheCredentials() {
        RestBooking booking = bring.booking(WireFormat.JSON, LocalBring.NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> booking.label(URI.create("http://www.bring.no/label.pdf")))
                .withMessageContaining("HTTPS is required").withMessageNotContaining(LocalBring.CREDENTIALS.apiKey());
        assertThatIllegalArgumentException().isThrownBy(() -> booking.label(URI.create("http://api.bring.com/labels/x.pdf")));
        assertThat(bring.simulator().requests()).isEmpty();
    }

    @Test
    void labelLinksOnBringsHostsAreAllowed() {
        URI base = URI.create("https://api.bring.com/booking-api/api");
        assertThat(Labels.requireBringHost(URI.create("https://api.bring.com/labels/id/a.pdf"), base)).hasHost("api.bring.com");
        assertThat(Labels.requireBringHost(URI.create("https://www.mybring.com/label/a.pdf"), base)).isNotNull();
        assertThat(Labels.requireBringHost(URI.create("https://sporing.posten.no/x.pdf"), base)).isNotNull();
        assertThat(Labels.requireBringHost(URI.create("/labels/id/a.pdf"), base))
                .isEqualTo(URI.create("https://api.bring.com/labels/id/a.pdf"));
    }

    private void labelAnswer(SimulatedAnswer answer) {
        bring.simulator().route("GET", "/labels/id/x\\.pdf", request -> answer);
    }

    private URI labelLink() {
        return bring.simulator().baseUri().resolve("/labels/id/x.pdf");
    }

    @Test
    void aLabelThatIsNotAPdfIsAnUnexpectedAnswerNeverReturnedAsALabel() {
        labelAnswer(SimulatedAnswer.text(200, "text/html", "<html><title>Log in to Mybring</title></html>"));

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).label(labelLink()));

        assertThat(e.getMessage()).contains("the label link answered text/html, not a PDF", "HTTP 200");
    }

    @Test
    void anEmptyLabelIsAnUnexpectedAnswer() {
        labelAnswer(new SimulatedAnswer(200, "application/pdf", new byte[0], Map.of()));

        assertThat(catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).label(labelLink()))).hasMessageContaining("empty body");
    }

    @Test
    void aLabelAnswerWithBringsErrorsIsTypedByTheirCodes() {
        labelAnswer(SimulatedAnswer.text(200, "application/json", "{\"errors\":[{\"uniqueId\":\"u-1\",\"code\":"
                + "\"BOOK-AUTHORIZATION-001\",\"messages\":[{\"lang\":\"en\",\"message\":\"Not authorized\"}]}]}"));

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> bring.booking(WireFormat.JSON, LocalBring.NOW).label(labelLink()));

        assertThat(e.codes()).containsExactly(ErrorCode.of("BOOK-AUTHORIZATION-001"));
    }

    @Test
    void pdfBytesAreALabelWhateverTheirContentType() {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        labelAnswer(new SimulatedAnswer(200, "application/octet-stream", pdf, Map.of()));

        assertThat(bring.booking(WireFormat.JSON, LocalBring.NOW).label(labelLink())).isEqualTo(pdf);
    }
}
