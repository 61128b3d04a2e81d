package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The links a booking is confirmed with: a tracking link that names the consignment, and a label
 * link behind which {@code label(link)} serves a PDF with the consignment's numbers.
 */
class BookingLabelAndTrackingTest {

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers());

    @Test
    void theTrackingLinkNamesTheConsignment() {
        BookingConfirmation confirmation = bring.booking().book(booking(NOW));

        assertThat(confirmation.links().tracking().toString()).contains(confirmation.consignmentNumber());
        assertThat(confirmation.links().tracking().getScheme()).isEqualTo("https");
    }

    @Test
    void theLabelIsAPdfWithTheConsignmentAndPackageNumbers() {
        BookingConfirmation confirmation = bring.booking().book(booking(NOW));

        String pdf = text(bring.booking().label(confirmation.links().labels().orElseThrow()));

        assertThat(pdf).startsWith("%PDF-");
        assertThat(pdf.stripTrailing()).endsWith("%%EOF");
        assertThat(pdf).contains(confirmation.consignmentNumber())
                .contains(confirmation.packages().get(0).packageNumber());
    }

    @Test
    void eachConsignmentHasItsOwnLabel() {
        BookingConfirmation first = bring.booking().book(booking(NOW));
        BookingConfirmation second = bring.booking().book(booking(NOW));

        assertThat(second.links().labels()).isNotEqualTo(first.links().labels());
        assertThat(text(bring.booking().label(first.links().labels().orElseThrow())))
                .contains(first.consignmentNumber()).doesNotContain(second.consignmentNumber());
        assertThat(text(bring.booking().label(second.links().labels().orElseThrow())))
                .contains(second.consignmentNumber()).doesNotContain(first.consignmentNumber());
    }

    @Test
    void aTestBookingsLabelSaysItIsATest() {
        BookingConfirmation test = bring.booking().book(booking(NOW));
        BookingConfirmation production = bring.booking().book(BookingRequest.production(
                consignment(NOW).addPackage(parcel()).build()));

        assertThat(text(bring.booking().label(test.links().labels().orElseThrow()))).contains("TEST BOOKING");
        assertThat(text(bring.booking().label(production.links().labels().orElseThrow()))).doesNotContain("TEST");
    }

    @Test
    void theLabelCanBeFetchedAgainAndIsTheSame() {
        URI link = bring.booking().book(booking(NOW)).links().labels().orElseThrow();

        byte[] once = bring.booking().label(link);
        once[0] = 'X';

        assertThat(text(bring.booking().label(link))).startsWith("%PDF-");
    }

    /** Every link the fake hands out must lead somewhere: the return shipment's label link too. */
    @Test
    void theReturnConsignmentsLabelLinkServesAPdf() {
        Instant summer2025 = Instant.parse("2025-06-02T08:00:00Z");
        InMemoryBring beforeWithdrawal = InMemoryBring.builder().clock(Clock.fixed(summer2025, ZoneOffset.UTC))
                .ids(IdGenerator.sequential(1)).build().givenBookingCustomers(bookingCustomers());
        BookingConfirmation confirmation = beforeWithdrawal.booking().book(BookingRequest.test(consignment(summer2025)
                .product(Product.of("3584", "5"))
                .returnTo(BookingParty.builder().name("ABC").addressLine("Alf Bjerckes vei 29").postalCode("0582")
                        .city("OSLO").countryCode("NO").build())
                .returnProduct(new ReturnProduct("9650", List.of()))
                .addPackage(parcel()).build()));

        URI returnLabel = confirmation.returnLinks().orElseThrow().labels().orElseThrow();

        assertThat(text(beforeWithdrawal.booking().label(returnLabel))).startsWith("%PDF-")
                .contains(confirmation.returnConsignmentNumber().orElseThrow());
    }

    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
