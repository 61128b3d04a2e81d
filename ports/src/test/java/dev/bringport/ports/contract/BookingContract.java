package dev.bringport.ports.contract;

import static dev.bringport.domain.booking.BookingCodes.*;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static dev.bringport.ports.contract.ContractExamples.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.booking.Booking;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Booking} must do: Bring's Booking page and its documented failures. */
public abstract class BookingContract extends ContractSupport {

    private Booking api() {
        return bring.booking();
    }

    @Override
    protected Transport port() {
        return api();
    }

    @Override
    protected Map<Operation, ThrowingCallable> callsPerOperation() {
        Map<Operation, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put(Operation.BOOK, () -> api().book(booking(bring.now())));
        calls.put(Operation.GET_CUSTOMERS, () -> api().customers());
        calls.put(Operation.GET_BOOKING_ERROR_CODES, () -> api().errorCodes());
        calls.put(Operation.GET_LABEL, () -> api().label(URI.create("https://api.bring.com/labels/id/x.pdf")));
        return calls;
    }

    @BeforeEach
    void demoCustomers() {
        bring.givenBookingCustomers(bookingCustomers());
    }

    @Test
    void aBookingIsConfirmedWithConsignmentNumberPackagesAndLinks() {
        assumeSupported(Operation.BOOK);
        BookingConfirmation confirmation = api().book(booking(bring.now()));

        assertThat(confirmation.consignmentNumber()).isNotBlank();
        assertThat(confirmation.correlationId()).contains("INTERNAL-123456");
        assertThat(confirmation.packages()).singleElement().satisfies(p -> {
            assertThat(p.packageNumber()).isNotBlank();
            assertThat(p.correlationId()).contains("PACKAGE-123");
        });
        assertThat(confirmation.links().tracking().toString()).isNotBlank();
        assertThat(confirmation.links().labels()).isPresent();
    }

    @Test
    void twoBookingsGetDifferentNumbers() {
        assumeSupported(Operation.BOOK);
        BookingConfirmation first = api().book(booking(bring.now()));
        BookingConfirmation second = api().book(booking(bring.now()));
        assertThat(second.consignmentNumber()).isNotEqualTo(first.consignmentNumber());
        assertThat(second.packages().get(0).packageNumber()).isNotEqualTo(first.packages().get(0).packageNumber());
    }

    @Test
    void aBookingGetsOnePackageNumberPerPackage() {
        assumeSupported(Operation.BOOK);
        BookingPackage second = BookingPackage.builder().correlationId("PACKAGE-124").weightInKg("2.5")
                .dimensions(20, 30, 40).build();
        BookingConfirmation confirmation = api().book(BookingRequest.test(
                consignment(bring.now()).addPackage(parcel()).addPackage(second).build()));
        assertThat(confirmation.packages()).extracting(BookedPackage::correlationId)
                .containsExactly(Optional.of("PACKAGE-123"), Optional.of("PACKAGE-124"));
    }

    @Test
    void aBookingWithoutSenderIsRejected() {
        assumeSupported(Operation.BOOK);
        Consignment c = Consignment.builder().correlationId("X").shippingDateTime(bring.now().plusSeconds(3600))
                .recipient(recipient()).product(Product.of("5000", "5")).addPackage(parcel()).build();
        assertInvalid(() -> api().book(BookingRequest.test(c)), BOOK_INPUT_006);
    }

    @Test
    void aBookingWithoutRecipientIsRejected() {
        assumeSupported(Operation.BOOK);
        Consignment c = Consignment.builder().shippingDateTime(bring.now().plusSeconds(3600))
                .sender(ContractExamples.sender()).product(Product.of("5000", "5")).addPackage(parcel()).build();
        assertInvalid(() -> api().book(BookingRequest.test(c)), BOOK_INPUT_007);
    }

    @Test
    void aBookingWithoutProductIsRejected() {
        assumeSupported(Operation.BOOK);
        Consignment c = Consignment.builder().shippingDateTime(bring.now().plusSeconds(3600))
                .sender(ContractExamples.sender()).recipient(recipient()).addPackage(parcel()).build();
        assertInvalid(() -> api().book(BookingRequest.test(c)), BOOK_INPUT_008);
    }

    @Test
    void aCargoBookingWithoutWeightIsRejected() {
        assumeSupported(Operation.BOOK);
        // the old RAML: "For cargo services (5100, 5300, CARGO, 9100), Weight is mandatory"
        Consignment noWeight = consignment(bring.now()).product(Product.of("5100", "5"))
                .addPackage(BookingPackage.builder().dimensions(10, 10, 10).build()).build();
        assertInvalid(() -> api().book(BookingRequest.test(noWeight)), BOOK_INPUT_002);
    }

    @Test
    void aParcelWithoutMeasurementsIsBooked() {
        assumeSupported(Operation.BOOK);
        // Bring's "Parcel Services without measurements" (parcelsWithoutmeasurements.json): no weight
        Consignment noWeight = consignment(bring.now()).addPackage(BookingPackage.builder()
                .goodsDescription("Testing equipment").build()).build();
        assertThat(api().book(BookingRequest.test(noWeight)).consignmentNumber()).isNotBlank();
    }

    @Test
    void everyViolationIsListedNotOnlyTheFirst() {
        assumeSupported(Operation.BOOK);
        BookingRequest request = ContractExamples.bookingBreakingFourRules();
        InvalidRequestException e = assertInvalid(() -> api().book(request),
                BOOK_INPUT_006, BOOK_INPUT_007, BOOK_INPUT_002, BOOK_INPUT_012);
        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.violations()).as("every violation the rules find, each with its field and code")
                .containsExactlyElementsOf(BookingRules.violations(request, bring.now()))
                .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("consignments[0].shippingDateTime", BOOK_INPUT_012),
                        tuple("consignments[0].parties.sender", BOOK_INPUT_006),
                        tuple("consignments[0].parties.recipient", BOOK_INPUT_007),
                        tuple("consignments[0].packages[0].weightInKg", BOOK_INPUT_002));
        assertThat(e.getMessage()).contains("BOOK-INPUT-012", "BOOK-INPUT-006", "BOOK-INPUT-007", "BOOK-INPUT-002");
    }

    @Test
    void aPickupParcelOver20KgToDenmarkIsRejected() {
        assumeSupported(Operation.BOOK);
        BookingParty danish = BookingParty.builder().name("Tore Mottaker").addressLine("Vesterbrogade 1")
                .postalCode("1620").city("København").countryCode("DK").build();
        Consignment overweight = consignment(bring.now()).recipient(danish).product(Product.of("PICKUP_PARCEL", "5"))
                .addPackage(BookingPackage.builder().weightInKg("20.5").dimensions(30, 30, 30).build()).build();
        assertInvalid(() -> api().book(BookingRequest.test(overweight)), BOOK_INPUT_023);
    }

    @Test
    void anUnknownCustomerNumberIsRejected() {
        assumeSupported(Operation.BOOK);
        Consignment c = consignment(bring.now()).product(Product.of("5000", "424242")).addPackage(parcel()).build();
        assertInvalid(() -> api().book(BookingRequest.test(c)), BOOK_INPUT_021);
    }

    @Test
    void aProductTheCustomerMayNotBookFromTheSenderCountryIsRejected() {
        assumeSupported(Operation.BOOK);
        Consignment c = consignment(bring.now()).product(Product.of("5000", "6")).addPackage(parcel()).build();
        assertInvalid(() -> api().book(BookingRequest.test(c)), BOOK_INPUT_029);
    }

    @Test
    void theCustomersAreThoseTheUserMayBookWith() {
        assumeSupported(Operation.GET_CUSTOMERS);
        assertThat(api().customers()).containsExactlyElementsOf(bookingCustomers());
    }

    @Test
    void theErrorCodesAreBringsCatalogue() {
        assumeSupported(Operation.GET_BOOKING_ERROR_CODES);
        assertThat(api().errorCodes()).contains(
                new ErrorDefinition(ErrorCode.of("BOOK-INPUT-002"), "Weight is required", Optional.of(false)),
                new ErrorDefinition(ErrorCode.of("BOOK-INPUT-014"), "Name must be provided", Optional.of(true)));
    }

    @Test
    void theLabelOfABookingIsAPdf() {
        assumeSupported(Operation.BOOK);
        assumeSupported(Operation.GET_LABEL);
        BookingConfirmation confirmation = api().book(booking(bring.now()));

        byte[] label = api().label(confirmation.links().labels().orElseThrow());

        assertThat(new String(label, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aLabelThatDoesNotExistIsNotFound() {
        assumeSupported(Operation.BOOK);
        assumeSupported(Operation.GET_LABEL);
        URI real = api().book(booking(bring.now())).links().labels().orElseThrow();
        URI missing = real.resolve("no-such-label.pdf");
        assertThatThrownBy(() -> api().label(missing)).isInstanceOf(NotFoundException.class);
    }
}
