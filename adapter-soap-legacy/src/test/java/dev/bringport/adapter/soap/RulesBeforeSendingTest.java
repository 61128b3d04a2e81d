package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.AttributeValue;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.booking.CashOnDelivery;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rules a client checks are checked before sending, with the same domain rules the in-memory
 * Bring runs and the adapter's clock; and what booking-v1.xsd cannot carry is refused rather than
 * dropped. Nothing reaches the server.
 */
@SuppressWarnings("deprecation")
class RulesBeforeSendingTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private final CannedSoapServer server = new CannedSoapServer();
    private final BringSoap soap = TestSoap.soap(server.host()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @AfterEach
    void nothingWasSent() {
        assertThat(server.received()).isEmpty();
        server.close();
    }

    private static InvalidRequestException invalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        return e;
    }

    @Test
    void blankIdsAndPackingListRulesAreCheckedBeforeSending() {
        InvalidRequestException e = invalid(() -> soap.orderManagement().addPackingList(" ", "", PackingList.of("",
                List.of(PackingListItem.of("1", new BigDecimal("-1"))))));

        assertThat(e.codes()).contains(ErrorCode.of("PO_INPUT_001"), ErrorCode.of("PO_INPUT_002"),
                ErrorCode.of("PO_INPUT_007"), ErrorCode.of("PO_INPUT_011"));
    }

    @Test
    void aBookingBreakingFourRulesListsEveryViolationWithItsField() {
        BookingRequest fourRulesBroken = ContractExamples.bookingBreakingFourRules();

        InvalidRequestException e = invalid(() -> soap.booking().book(fourRulesBroken));

        assertThat(e.violations()).containsExactlyElementsOf(BookingRules.violations(fourRulesBroken, NOW))
                .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("consignments[0].shippingDateTime", ErrorCode.of("BOOK-INPUT-012")),
                        tuple("consignments[0].parties.sender", ErrorCode.of("BOOK-INPUT-006")),
                        tuple("consignments[0].parties.recipient", ErrorCode.of("BOOK-INPUT-007")),
                        tuple("consignments[0].packages[0].weightInKg", ErrorCode.of("BOOK-INPUT-002")));
    }

    @Test
    void bookingRulesGoByTheAdaptersClock() {
        BookingRequest yesterday = BookingRequest.test(ContractExamples.consignment(NOW)
                .customerSpecifiedDeliveryDateTime(NOW.minusSeconds(86_400)).product(Product.of("PA_DOREN", "5"))
                .addPackage(ContractExamples.parcel()).build());

        InvalidRequestException e = invalid(() -> soap.booking().book(yesterday));

        assertThat(e.codes()).contains(ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001"));
    }

    @Test
    void whatBookingV1CannotCarryIsRefusedNotDropped() {
        BookingRequest request = BookingRequest.test(ContractExamples.consignment(NOW)
                .addPackage(ContractExamples.parcel())
                .returnProduct(new ReturnProduct("9350", List.of()))
                .product(Product.builder("5000", "5").additionalService(AdditionalService.cashOnDelivery(
                        new CashOnDelivery("12345678903", Optional.of("swish"), new BigDecimal("100.00"), "NOK",
                                Optional.empty()))).build())
                .build());

        InvalidRequestException e = invalid(() -> soap.booking().book(request));

        assertThat(e.violations()).extracting(Violation::field).contains("consignments[0].returnProduct",
                "consignments[0].product.additionalServices[0].accountType");
        assertThat(e.getMessage()).contains("booking-v1.xsd");
    }

    @Test
    void anAttributeBookingV1HasNoPlaceForIsRefusedNamingItNotDropped() {
        // issue 13 quotes Bring's service table: {"id": "1380", "numberOfItems": 2, "code": "AABBCC"}; the xsd has no code
        AdditionalService installation = AdditionalService.of("1380").withAttribute("code", AttributeValue.text("AABBCC"))
                .withAttribute("details", new AttributeValue.Group(java.util.Map.of("floor", AttributeValue.number("3"))));
        BookingRequest request = BookingRequest.test(ContractExamples.consignment(NOW)
                .addPackage(ContractExamples.parcel())
                .product(Product.builder("5000", "5").additionalService(AdditionalService.of("1081"))
                        .additionalService(installation).build())
                .build());

        InvalidRequestException e = invalid(() -> soap.booking().book(request));

        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("consignments[0].product.additionalServices[1].code", ErrorCode.of("BOOK-INPUT-001")),
                tuple("consignments[0].product.additionalServices[1].details", ErrorCode.of("BOOK-INPUT-001")));
        assertThat(e.getMessage()).contains("additionalServices[1].code", "booking-v1.xsd");
    }

    @Test
    void aClientIdAndTheExplicitServicesFlagHaveNoPlaceInBookingV1() {
        BookingRequest request = new BookingRequest(true, ContractExamples.consignment(NOW)
                .addPackage(ContractExamples.parcel())
                .product(Product.builder("5000", "5").explicitAdditionalServices(false).build()).build(),
                Optional.of("https://shop.example"), Optional.of("shop@example.com"));

        InvalidRequestException e = invalid(() -> soap.booking().book(request));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("clientUid",
                "consignments[0].product.explicitAdditionalServices");
    }

    @Test
    void pickupRulesAndWhatThePickupSchemaCannotCarryAreCheckedBeforeSending() {
        PickupAddress withInstruction = new PickupAddress("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com",
                "+4712345678", Optional.empty(), Optional.empty(), Optional.of("Ring the bell"));

        InvalidRequestException e = invalid(() -> soap.pickups().orderPickup(ContractExamples.pickup(NOW)
                .address(withInstruction).pickupDate(ContractExamples.tomorrow(NOW).minusDays(2)).build()));

        assertThat(e.codes()).contains(ErrorCode.of("PICKUP-INPUT-007"), ErrorCode.of("PICKUP-INPUT-001"));
        assertThat(e.violations()).extracting(Violation::field).contains("pickupAddress.deliveryInstruction");
    }
}
