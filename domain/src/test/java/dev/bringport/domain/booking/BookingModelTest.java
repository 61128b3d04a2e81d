package dev.bringport.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingModelTest {

    @ParameterizedTest
    @CsvSource({
            "sender,      SENDER",
            "recipient,   RECIPIENT",
            "thirdParty,  THIRD_PARTY",
            "THIRDPARTY,  THIRD_PARTY",
            "' sender ',  SENDER",
            "SENDER,      SENDER"})
    void whoPaysInvoiceInEitherSpelling(String bring, WhoPaysInvoice expected) {
        assertThat(WhoPaysInvoice.fromBring(bring)).isEqualTo(expected);
    }

    /** Like every other Bring enum, both Bring's spelling and the upper-snake-case one (THIRD_PARTY) are read. */
    @ParameterizedTest
    @EnumSource(WhoPaysInvoice.class)
    void whoPaysInvoiceRoundTrips(WhoPaysInvoice value) {
        assertThat(WhoPaysInvoice.fromBring(value.bringName())).isEqualTo(value);
        assertThat(WhoPaysInvoice.fromBring(value.name())).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"consignee", "THIRD", ""})
    void anUndocumentedPayerIsRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> WhoPaysInvoice.fromBring(value));
    }

    @ParameterizedTest
    @CsvSource({"1000, true", "1000.00, true", "99.9, true", "99.99, true", "100.500, true", "99.999, false",
            "0.005, false"})
    void cashOnDeliveryAmountHasAtMostTwoDecimals(String amount, boolean valid) {
        CashOnDelivery cod = new CashOnDelivery("12345678903", Optional.empty(), new BigDecimal(amount), "NOK",
                Optional.empty());

        assertThat(cod.hasTwoDecimalsAtMost()).isEqualTo(valid);
    }

    @Test
    void additionalServicesAreMatchedByNumberOrNameInAnyCase() {
        AdditionalService postoppkrav = AdditionalService.of("postoppkrav");

        assertThat(postoppkrav.is(AdditionalService.CASH_ON_DELIVERY, AdditionalService.POSTOPPKRAV)).isTrue();
        assertThat(AdditionalService.of("1000").is(AdditionalService.CASH_ON_DELIVERY, AdditionalService.POSTOPPKRAV))
                .isTrue();
        assertThat(postoppkrav.is(AdditionalService.EVARSLING)).isFalse();
    }

    @Test
    void blankOptionalTextIsAbsent() {
        BookingParty party = BookingParty.builder().name("Ola Nordmann").addressLine2(" ").reference("")
                .additionalAddressInfo(" ").vatNumber("").contact(BookingContact.of(" ", "", "99999999")).build();
        AdditionalService eVarsling = AdditionalService.eVarsling(" ", "97777777");
        BookingPackage bookingPackage = BookingPackage.builder().correlationId(" ").goodsDescription("").packageType(" ")
                .containerId("").build();

        assertThat(party.addressLine2()).isEmpty();
        assertThat(party.reference()).isEmpty();
        assertThat(party.additionalAddressInfo()).isEmpty();
        assertThat(party.vatNumber()).isEmpty();
        assertThat(party.contact()).contains(new BookingContact(Optional.empty(), Optional.empty(), Optional.of("99999999")));
        assertThat(eVarsling.email()).isEmpty();
        assertThat(eVarsling.mobile()).contains("97777777");
        assertThat(bookingPackage.correlationId()).isEmpty();
        assertThat(bookingPackage.goodsDescription()).isEmpty();
        assertThat(bookingPackage.packageType()).isEmpty();
        assertThat(bookingPackage.containerId()).isEmpty();
    }

    @Test
    void unsetRequiredPartyTextIsBlankForTheRulesToReport() {
        BookingParty empty = BookingParty.builder().build();

        assertThat(empty.name()).isEmpty();
        assertThat(empty.addressLine()).isEmpty();
        assertThat(empty.postalCode()).isEmpty();
        assertThat(empty.city()).isEmpty();
        assertThat(empty.countryCode()).isEmpty();
    }

    @Test
    void measurementsAreCanonical() {
        BookingPackage fromJson = BookingPackage.builder().weightInKg("1.10").volumeInDm3(new BigDecimal("10.0"))
                .loadMeters(new BigDecimal("1E+0")).build();

        assertThat(fromJson.weightInKg()).contains(new BigDecimal("1.1"));
        assertThat(fromJson.volumeInDm3()).contains(BigDecimal.TEN);
        assertThat(fromJson.loadMeters()).contains(BigDecimal.ONE);
        assertThat(fromJson).isEqualTo(BookingPackage.builder().weightInKg("1.1").volumeInDm3(BigDecimal.TEN)
                .loadMeters(BigDecimal.ONE).build());
    }

    @Test
    void dimensionsArePositiveOnlyWhenEverySideIs() {
        assertThat(new Dimensions(13, 23, 10).arePositive()).isTrue();
        assertThat(new Dimensions(0, 23, 10).arePositive()).isFalse();
        assertThat(new Dimensions(13, -1, 10).arePositive()).isFalse();
    }

    @Test
    void aBookingRequestIsATestOrAProductionBooking() {
        Consignment consignment = Consignment.builder().build();

        assertThat(BookingRequest.test(consignment).testIndicator()).isTrue();
        assertThat(BookingRequest.production(consignment).testIndicator()).isFalse();
        assertThat(BookingRequest.SCHEMA_VERSION).isEqualTo(1);
    }
}
