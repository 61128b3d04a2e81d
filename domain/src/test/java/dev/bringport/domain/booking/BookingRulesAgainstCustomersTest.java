package dev.bringport.domain.booking;

import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_021;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_029;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_083;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BookingRules#violationsAgainst(Consignment, List)} with the customers of GET /customers:
 * demo customer 5 in Norway (the Booking page's example) and demo customer 6 in Norway and
 * Denmark (booking/examples/customers.json).
 */
class BookingRulesAgainstCustomersTest {

    private static final List<String> PARCELS_NORDIC = List.of("BUSINESS_HALFPALLET", "BUSINESS_PALLET", "BUSINESS_PARCEL",
            "BUSINESS_PARCEL_BULK", "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK",
            "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL", "PICKUP_PARCEL_BULK");

    private static List<BookingCustomer> customers() {
        return List.of(
                new BookingCustomer("5", "Demo customer (00000000005)", "NO", List.of("3570", "3584", "4850", "5000", "5600",
                        "5800", "9000", "9300", "9600", "9650", "BUSINESS_PARCEL", "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL")),
                new BookingCustomer("6", "Demo Parcel Nordic Converted Customer (00000000006)", "NO", PARCELS_NORDIC),
                new BookingCustomer("6", "Demo Parcel Nordic Converted Customer (000006)", "DK", PARCELS_NORDIC));
    }

    private static BookingParty senderIn(String country) {
        return BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("2000")
                .city("Fredriksberg").countryCode(country).build();
    }

    private static Consignment consignment(String country, Product product, ReturnProduct returnProduct) {
        return Consignment.builder().shippingDateTime(Instant.parse("2025-03-10T15:00:00Z")).sender(senderIn(country))
                .recipient(BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14").postalCode("2600")
                        .city("Glostrup").countryCode("DK").build())
                .product(product).returnProduct(returnProduct).build();
    }

    private static List<Violation> violations(Consignment consignment) {
        return BookingRules.violationsAgainst(consignment, customers());
    }

    @Test
    void aProductTheCustomerMayBookFromTheSendersCountryIsValid() {
        assertThat(violations(consignment("DK", Product.of("PICKUP_PARCEL", "6"), null))).isEmpty();
        assertThat(violations(consignment("NO", Product.of("5000", "5"), null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pickup_parcel", " PICKUP_PARCEL "})
    void productIdsAreComparedIgnoringCaseAndSpace(String id) {
        assertThat(violations(consignment("dk", Product.of(id, " 6 "), null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999", "10000000000", "PARCELS_NORWAY-10001234567"})
    void anUnknownCustomerNumberIsRefused(String customerNumber) {
        assertThat(violations(consignment("NO", Product.of("5000", customerNumber), new ReturnProduct("9650", List.of()))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].product.customerNumber", BOOK_INPUT_021));
    }

    @Test
    void aProductNotOfferedFromTheSendersCountryIsRefused() {
        // customer 6 has no agreement for senders in Sweden
        assertThat(violations(consignment("SE", Product.of("PICKUP_PARCEL", "6"), null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].product.id", BOOK_INPUT_029));
    }

    @Test
    void aProductTheCustomerDoesNotHaveIsRefused() {
        assertThat(violations(consignment("NO", Product.of("5000", "6"), null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].product.id", BOOK_INPUT_029));
    }

    @Test
    void aReturnProductTheCustomerMayBookIsValid() {
        assertThat(violations(consignment("NO", Product.of("3584", "5"), new ReturnProduct("9650", List.of())))).isEmpty();
    }

    @Test
    void aReturnProductTheCustomerMayNotBookIsRefused() {
        assertThat(violations(consignment("NO", Product.of("PICKUP_PARCEL", "6"), new ReturnProduct("9650", List.of()))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].returnProduct.id", BOOK_INPUT_083));
    }

    @Test
    void bothProductAndReturnProductAreChecked() {
        assertThat(violations(consignment("SE", Product.of("PICKUP_PARCEL", "6"), new ReturnProduct("9650", List.of()))))
                .extracting(Violation::code).containsExactly(BOOK_INPUT_029, BOOK_INPUT_083);
    }

    @Test
    void whatTheBasicRulesReportIsNotReportedAgain() {
        // no product, a blank customer number, a blank product id, a blank sender country: BookingRules.violations reports those
        assertThat(violations(Consignment.builder().build())).isEmpty();
        assertThat(violations(consignment("NO", Product.of("5000", " "), null))).isEmpty();
        assertThat(violations(consignment("NO", Product.of("", "6"), new ReturnProduct(" ", List.of())))).isEmpty();
        assertThat(violations(consignment("", Product.of("5000", "6"), null))).isEmpty();
    }

    @Test
    void aUserWithoutCustomersMayBookNothing() {
        assertThat(BookingRules.violationsAgainst(consignment("NO", Product.of("5000", "5"), null), List.of()))
                .extracting(Violation::code).containsExactly(BOOK_INPUT_021);
    }
}
