package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_021;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_029;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_083;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.booking.Booking;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bookings checked against the customer numbers and products the user may book with (GET
 * {@code /customers}), which only Bring knows: "Invalid customer number" ({@code BOOK-INPUT-021}),
 * "Invalid customer number for sender country and product" ({@code BOOK-INPUT-029}), "Invalid
 * Return Product ID" ({@code BOOK-INPUT-083}). A refused booking books nothing and uses no number.
 * Bring's time is in June 2025, when the page's return product 9650 could still be booked.
 */
class BookingAgainstCustomersTest {

    /** A Swedish sender, for demo customer 6 whose products the page lists for Sweden. */
    private static final BookingParty SWEDISH_SENDER = BookingParty.builder().name("Svensk Avsändare AB")
            .addressLine("Drottninggatan 12").postalCode("11151").city("STOCKHOLM").countryCode("SE")
            .contact(BookingContact.of("Anna Svensson", "anna@avsandare.example", "+46700000000")).build();

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1)).build().givenBookingCustomers(bookingCustomers());
    private final Booking booking = bring.booking();

    @Test
    void aCustomerNumberTheUserDoesNotHaveIsRefusedByBringWithBOOK_INPUT_021() {
        InvalidRequestException e = assertRefused(InvalidRequestException.class, () -> booking.book(BookingRequest.test(
                consignment(NOW).product(Product.of("5000", "7")).addPackage(parcel()).build())), BOOK_INPUT_021);

        assertThat(e.detectedBeforeSending()).as("only Bring knows the user's customer numbers").isFalse();
        assertNothingBooked();
    }

    @Test
    void aProductTheCustomerMayNotBookFromTheSendersCountryIsRefusedWithBOOK_INPUT_029() {
        assertRefused(InvalidRequestException.class, () -> booking.book(BookingRequest.test(
                consignment(NOW).product(Product.of("5000", "6")).addPackage(parcel()).build())), BOOK_INPUT_029);

        assertNothingBooked();
    }

    @Test
    void theSameProductIsAcceptedFromACountryTheCustomerMayBookFrom() {
        booking.book(BookingRequest.test(consignment(NOW).sender(SWEDISH_SENDER).product(Product.of("BUSINESS_PARCEL", "6"))
                .addPackage(parcel()).build()));

        assertThat(bring.received().bookings()).hasSize(1);
    }

    @Test
    void aReturnProductTheCustomerMayNotBookIsRefusedWithBOOK_INPUT_083() {
        assertRefused(InvalidRequestException.class, () -> booking.book(BookingRequest.test(consignment(NOW)
                .sender(SWEDISH_SENDER).product(Product.of("BUSINESS_PARCEL", "6"))
                .returnProduct(new ReturnProduct("9650", List.of())).addPackage(parcel()).build())), BOOK_INPUT_083);

        assertNothingBooked();
    }

    @Test
    void aWrongProductAndAWrongReturnProductAreReportedTogether() {
        assertRefused(InvalidRequestException.class, () -> booking.book(BookingRequest.test(consignment(NOW)
                .product(Product.of("5000", "6")).returnProduct(new ReturnProduct("9650", List.of()))
                .addPackage(parcel()).build())), BOOK_INPUT_029, BOOK_INPUT_083);
    }

    @Test
    void aUserWithoutBookingCustomersCanBookNothing() {
        Booking newUser = bring.ports("ny-bruker@example.com").booking();

        assertThat(newUser.customers()).isEmpty();
        assertRefused(InvalidRequestException.class, () -> newUser.book(booking(NOW)), BOOK_INPUT_021);
        assertNothingBooked();
    }

    @Test
    void eachUserBooksWithItsOwnCustomers() {
        String cargoUser = "cargo@example.com";
        List<BookingCustomer> cargo = List.of(new BookingCustomer("7", "Demo customer (00000000007)", "NO",
                List.of("5000", "BUSINESS_PALLET")));
        bring.givenBookingCustomers(cargoUser, cargo);

        assertThat(bring.ports(cargoUser).booking().customers()).isEqualTo(cargo);
        assertThat(booking.customers()).isEqualTo(bookingCustomers());
        bring.ports(cargoUser).booking().book(BookingRequest.test(consignment(NOW).product(Product.of("5000", "7"))
                .addPackage(parcel()).build()));
        assertRefused(InvalidRequestException.class, () -> bring.ports(cargoUser).booking().book(booking(NOW)),
                BOOK_INPUT_021);
        assertThat(bring.received().bookings()).singleElement().satisfies(b -> assertThat(b.userId()).isEqualTo(cargoUser));
    }

    private void assertNothingBooked() {
        assertThat(bring.received().bookings()).isEmpty();
        assertThat(booking.book(booking(NOW)).consignmentNumber()).as("the refused booking used no number")
                .isEqualTo("70438100000000016");
    }
}
