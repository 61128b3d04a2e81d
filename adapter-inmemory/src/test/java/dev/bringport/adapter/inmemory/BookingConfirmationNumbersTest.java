package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Gs1;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The numbers a booking is confirmed with: a 17-digit consignment number (GSIN) under Bring's
 * company prefix 7043810 and an 18-digit SSCC per package under 37043810, each with its GS1 check
 * digit, as in Bring's 70438101268018539 and 370438101268058536; the same numbers for the same
 * inputs with {@link IdGenerator#sequential(long)} and a fixed clock; a return consignment number
 * when a return product is booked; and every booking in {@link Received#bookings()}.
 */
class BookingConfirmationNumbersTest {

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers());

    @Test
    void consignmentAndPackageNumbersAreGs1NumbersUnderBringsPrefixes() {
        BookingConfirmation confirmation = bring.booking().book(BookingRequest.test(consignment(NOW)
                .addPackage(parcel())
                .addPackage(BookingPackage.builder().correlationId("PACKAGE-124").weightInKg("2.5").dimensions(20, 30, 40)
                        .build())
                .addPackage(BookingPackage.builder().correlationId("PACKAGE-125").weightInKg("0.4").dimensions(5, 20, 30)
                        .build())
                .build()));

        assertThat(confirmation.consignmentNumber()).hasSize(17).startsWith("7043810")
                .matches(n -> Gs1.isValid(n, 17), "has a valid GS1 check digit");
        assertThat(confirmation.packages()).hasSize(3).extracting(BookedPackage::packageNumber).allSatisfy(n ->
                assertThat(n).hasSize(18).startsWith("37043810").matches(p -> Gs1.isValid(p, 18), "is a valid SSCC"))
                .doesNotHaveDuplicates();
    }

    @Test
    void aFreshBringWithSequentialIdsNumbersFromTheFirstSerial() {
        BookingConfirmation first = bring.booking().book(booking(NOW));
        BookingConfirmation second = bring.booking().book(booking(NOW));

        assertThat(first.consignmentNumber()).isEqualTo("70438100000000016");
        assertThat(first.packages()).extracting(BookedPackage::packageNumber).containsExactly("370438100000000024");
        assertThat(second.consignmentNumber()).isEqualTo("70438100000000030");
        assertThat(second.packages()).extracting(BookedPackage::packageNumber).containsExactly("370438100000000048");
    }

    @Test
    void theSameBookingsInTwoFreshBringsGetTheSameConfirmationsAndLabels() {
        InMemoryBring one = freshBring().givenBookingCustomers(bookingCustomers());
        InMemoryBring other = freshBring().givenBookingCustomers(bookingCustomers());
        List<BookingRequest> requests = List.of(booking(NOW), BookingRequest.test(consignment(NOW).correlationId("INTERNAL-123457")
                .addPackage(parcel()).addPackage(parcel()).build()), booking(NOW));

        List<BookingConfirmation> fromOne = requests.stream().map(one.booking()::book).toList();
        List<BookingConfirmation> fromOther = requests.stream().map(other.booking()::book).toList();

        assertThat(fromOther).isEqualTo(fromOne);
        for (BookingConfirmation c : fromOne) {
            assertThat(other.booking().label(c.links().labels().orElseThrow()))
                    .isEqualTo(one.booking().label(c.links().labels().orElseThrow()));
        }
    }

    @Test
    void manyBookingsWithRandomIdsGetDistinctValidNumbers() {
        InMemoryBring randomNumbers = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .givenBookingCustomers(bookingCustomers());
        Set<String> numbers = new HashSet<>();

        IntStream.range(0, 200).mapToObj(i -> randomNumbers.booking().book(booking(NOW))).forEach(c -> {
            assertThat(Gs1.isValid(c.consignmentNumber(), 17)).isTrue();
            assertThat(numbers.add(c.consignmentNumber())).as("new number %s", c.consignmentNumber()).isTrue();
            c.packages().forEach(p -> assertThat(numbers.add(p.packageNumber())).isTrue());
        });
    }

    @Test
    void aReturnProductGetsItsOwnReturnConsignmentNumberAndTrackingLink() {
        // The Booking page's mailbox parcel with return (3584 + return 9650), before 9650 was withdrawn on 1 September 2025.
        Instant summer2025 = Instant.parse("2025-06-02T08:00:00Z");
        InMemoryBring beforeWithdrawal = InMemoryBring.builder().clock(Clock.fixed(summer2025, ZoneOffset.UTC))
                .ids(IdGenerator.sequential(1)).build().givenBookingCustomers(bookingCustomers());
        BookingRequest withReturn = BookingRequest.test(consignment(summer2025)
                .product(Product.builder("3584", "5").additionalService(AdditionalService.of("1081")).build())
                .returnTo(BookingParty.builder().name("ABC").addressLine("Alf Bjerckes vei 29").postalCode("0582")
                        .city("OSLO").countryCode("NO").build())
                .returnProduct(new ReturnProduct("9650", List.of(AdditionalService.of("1073"))))
                .addPackage(parcel()).build());

        BookingConfirmation confirmation = beforeWithdrawal.booking().book(withReturn);

        String returnNumber = confirmation.returnConsignmentNumber().orElseThrow();
        assertThat(returnNumber).hasSize(17).startsWith("7043810").isNotEqualTo(confirmation.consignmentNumber())
                .matches(n -> Gs1.isValid(n, 17), "has a valid GS1 check digit");
        assertThat(confirmation.returnLinks().orElseThrow().tracking().toString()).contains(returnNumber);
        assertThat(bring.booking().book(booking(NOW)).returnConsignmentNumber()).as("no return product").isEmpty();
    }

    @Test
    void everyBookingIsReceivedWithItsRequestConfirmationUserAndBringsTime() {
        BookingRequest first = booking(NOW);
        BookingRequest second = BookingRequest.test(consignment(NOW).correlationId("INTERNAL-123457").addPackage(parcel())
                .build());

        BookingConfirmation firstConfirmation = bring.booking().book(first);
        BookingConfirmation secondConfirmation = bring.booking().book(second);

        assertThat(bring.received().bookings()).containsExactly(
                new Received.Booked(InMemoryBring.DEFAULT_USER, first, firstConfirmation, NOW),
                new Received.Booked(InMemoryBring.DEFAULT_USER, second, secondConfirmation, NOW));
    }
}
