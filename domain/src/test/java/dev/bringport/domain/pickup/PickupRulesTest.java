package dev.bringport.domain.pickup;

import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_001;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_002;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_003;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_004;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_006;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_007;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_008;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_009;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_010;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingCustomer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pickup orders as on the Booking page's "Order a pickup" example: Norsk Bedrift AS, Testsvingen 12,
 * 0263 OSLO, ready at 14:26 in Europe/Oslo, two cargo packages of 1000 g and 40 dm³.
 */
class PickupRulesTest {

    /** Monday 10 March 2025, 10:00 in Oslo. */
    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    // --- test data -----------------------------------------------------------------------------

    private static PickupAddress address() {
        return PickupAddress.of("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com", "+4712345678")
                .withMessageToDriver("Hentes på baksiden");
    }

    private static PickupOrder.Builder cargo() {
        return PickupOrder.builder(PickupService.CARGO).countryCode("NO").customer("5", "Norsk Bedrift AS")
                .address(address()).pickupDate(TOMORROW).readyAt(LocalTime.of(14, 26)).timeZone(ZoneId.of("Europe/Oslo"))
                .details(PickupDetails.packages(PickupItems.of(2, 1000, new BigDecimal("40"))));
    }

    private static PickupOrder.Builder parcel() {
        return PickupOrder.builder(PickupService.PARCEL).countryCode("NO").customer("5", "Norsk Bedrift AS")
                .address(address()).pickupDate(TOMORROW)
                .details(new PickupDetails(Optional.of(PickupItems.of(2)), Optional.of(PickupItems.of(1)), Optional.empty()));
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(
            PickupOrder.Builder order) {
        return assertThat(PickupRules.violations(order.build(), NOW)).extracting(Violation::field, Violation::code);
    }

    // --- tests ---------------------------------------------------------------------------------

    @Test
    void bringsExamplesAreValid() {
        assertThat(PickupRules.violations(cargo().build(), NOW)).isEmpty();
        assertThat(PickupRules.violations(parcel().build(), NOW)).isEmpty();
        assertThat(PickupRules.violations(cargo().production().build(), NOW)).isEmpty();
    }

    @Test
    void anEmptyOrderListsEverythingMissingAtOnce() {
        assertViolations(PickupOrder.builder(PickupService.PARCEL)).containsExactly(
                tuple("countryCode", PICKUP_INPUT_010),
                tuple("customerInformation.customerNumber", PICKUP_INPUT_001),
                tuple("customerInformation.companyName", PICKUP_INPUT_001),
                tuple("pickupAddress.street", PICKUP_INPUT_001),
                tuple("pickupAddress.postalCode", PICKUP_INPUT_002),
                tuple("pickupAddress.city", PICKUP_INPUT_001),
                tuple("pickupAddress.email", PICKUP_INPUT_001),
                tuple("pickupAddress.phoneNumber", PICKUP_INPUT_001),
                tuple("pickupDate", PICKUP_INPUT_006),
                tuple("pickupDetails", PICKUP_INPUT_003));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aCountryCodeIsRequired(String blank) {
        assertViolations(cargo().countryCode(blank)).containsExactly(tuple("countryCode", PICKUP_INPUT_010));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOR", "XX", "N"})
    void theCountryCodeIsIso(String country) {
        assertViolations(cargo().countryCode(country)).containsExactly(tuple("countryCode", PICKUP_INPUT_001));
    }

    @Test
    void aPostalCodeIsRequired() {
        assertViolations(cargo().address(PickupAddress.of("Testsvingen 12", " ", "OSLO", "norsk.bedrift@example.com",
                "+4712345678"))).containsExactly(tuple("pickupAddress.postalCode", PICKUP_INPUT_002));
    }

    @Test
    void theEmailIsAtMost60Characters() {
        String sixty = "n".repeat(60 - "@example.com".length()) + "@example.com";

        assertThat(PickupRules.violations(cargo().address(PickupAddress.of("Testsvingen 12", "0263", "OSLO", sixty,
                "+4712345678")).build(), NOW)).isEmpty();
        assertViolations(cargo().address(PickupAddress.of("Testsvingen 12", "0263", "OSLO", "n" + sixty, "+4712345678")))
                .containsExactly(tuple("pickupAddress.email", PICKUP_INPUT_001));
    }

    @Test
    void aPickupDateIsRequired() {
        assertViolations(cargo().pickupDate(null)).containsExactly(tuple("pickupDate", PICKUP_INPUT_006));
    }

    @Test
    void aPickupDateInThePastIsRefused() {
        assertViolations(cargo().pickupDate(TODAY.minusDays(1))).containsExactly(tuple("pickupDate", PICKUP_INPUT_007));
    }

    @Test
    void todayIsNotInThePast() {
        assertThat(PickupRules.violations(cargo().pickupDate(TODAY).readyAt(null).build(), NOW)).isEmpty();
    }

    @ParameterizedTest(name = "ready at {0} today, at 10:00 in Oslo")
    @ValueSource(strings = {"09:59", "10:00", "10:01", "14:26"})
    void theReadyAtTimeIsLeftToBring(LocalTime readyAt) {
        // the Booking page: pickupIsReadyAtTime "Currently not in use"
        assertThat(PickupRules.violations(cargo().pickupDate(TODAY).readyAt(readyAt).build(), NOW)).isEmpty();
    }

    @Test
    void onAnotherDayAnyReadyAtTimeIsFine() {
        assertThat(PickupRules.violations(cargo().pickupDate(TOMORROW).readyAt(LocalTime.of(6, 0)).build(), NOW)).isEmpty();
    }

    @Test
    void todayIsTakenInNorwayWhenNoTimeZoneIsGiven() {
        // 23:30 UTC on 9 March is already 10 March in Oslo
        Instant lateEvening = Instant.parse("2025-03-09T23:30:00Z");

        assertThat(PickupRules.violations(parcel().pickupDate(LocalDate.of(2025, 3, 9)).build(), lateEvening))
                .extracting(Violation::code).containsExactly(PICKUP_INPUT_007);
        assertThat(PickupRules.violations(parcel().pickupDate(LocalDate.of(2025, 3, 10)).build(), lateEvening)).isEmpty();
    }

    @Test
    void todayIsTakenInThePickupsTimeZone() {
        Instant lateEvening = Instant.parse("2025-03-09T23:30:00Z");
        PickupOrder.Builder inUtc = parcel().timeZone(ZoneId.of("UTC")).pickupDate(LocalDate.of(2025, 3, 9));

        assertThat(PickupRules.violations(inUtc.build(), lateEvening)).isEmpty();
        assertThat(PickupRules.violations(inUtc.pickupDate(LocalDate.of(2025, 3, 8)).build(), lateEvening))
                .extracting(Violation::code).containsExactly(PICKUP_INPUT_007);
    }

    @Test
    void pickupDetailsAreRequired() {
        assertViolations(parcel().details(new PickupDetails(Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(tuple("pickupDetails", PICKUP_INPUT_003));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void countsMustBeLargerThanZero(int count) {
        PickupDetails details = new PickupDetails(Optional.of(PickupItems.of(count)), Optional.of(PickupItems.of(count)),
                Optional.of(PickupItems.of(count)));

        assertViolations(parcel().details(details)).containsExactly(
                tuple("pickupDetails.packages.count", PICKUP_INPUT_009),
                tuple("pickupDetails.pallets.count", PICKUP_INPUT_009),
                tuple("pickupDetails.postContainers.count", PICKUP_INPUT_009));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1000})
    void weightsMustBeLargerThanZero(int grams) {
        PickupDetails details = new PickupDetails(Optional.of(PickupItems.of(2, grams)), Optional.of(PickupItems.of(1, grams)),
                Optional.of(PickupItems.of(1, 500)));

        assertViolations(parcel().details(details)).containsExactly(
                tuple("pickupDetails.packages.weightInGrams", PICKUP_INPUT_008),
                tuple("pickupDetails.pallets.weightInGrams", PICKUP_INPUT_008));
    }

    @Test
    void whatAVolumeMayBeIsLeftToBring() {
        assertThat(PickupRules.violations(cargo().details(PickupDetails.packages(PickupItems.of(2, 1000, BigDecimal.ZERO)))
                .build(), NOW)).isEmpty();
    }

    @Test
    void aParcelPickupNeedsNoWeightOrVolume() {
        assertThat(PickupRules.violations(parcel().details(PickupDetails.packages(PickupItems.of(2))).build(), NOW))
                .isEmpty();
    }

    @Test
    void aCargoPickupNeedsPackages() {
        PickupDetails palletsOnly = new PickupDetails(Optional.empty(), Optional.of(PickupItems.of(1, 250000)),
                Optional.empty());

        assertViolations(cargo().details(palletsOnly)).containsExactly(tuple("pickupDetails.packages", PICKUP_INPUT_003));
    }

    @Test
    void cargoPackagesNeedWeightAndVolume() {
        assertViolations(cargo().details(PickupDetails.packages(PickupItems.of(2)))).containsExactly(
                tuple("pickupDetails.packages.weightInGrams", PICKUP_INPUT_008),
                tuple("pickupDetails.packages.volumeInDm3", PICKUP_INPUT_001));
        assertViolations(cargo().details(PickupDetails.packages(PickupItems.of(2, 1000)))).containsExactly(
                tuple("pickupDetails.packages.volumeInDm3", PICKUP_INPUT_001));
    }

    @Test
    void aCustomerNumberAndCompanyAreRequired() {
        assertViolations(cargo().customer(" ", "")).containsExactly(
                tuple("customerInformation.customerNumber", PICKUP_INPUT_001),
                tuple("customerInformation.companyName", PICKUP_INPUT_001));
    }

    // --- against the user's customers ----------------------------------------------------------

    private static List<BookingCustomer> customers() {
        return List.of(new BookingCustomer("5", "Demo customer (00000000005)", "NO", List.of("5000", "PICKUP_PARCEL")));
    }

    @Test
    void aKnownCustomerMayOrderPickups() {
        assertThat(PickupRules.violationsAgainst(cargo().build(), customers())).isEmpty();
        assertThat(PickupRules.violationsAgainst(cargo().customer(" 5 ", "Norsk Bedrift AS").build(), customers())).isEmpty();
    }

    @Test
    void anUnknownCustomerCannotOrderPickups() {
        assertThat(PickupRules.violationsAgainst(cargo().customer("10000000000", "Norsk Bedrift AS").build(), customers()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("customerInformation.customerNumber", PICKUP_INPUT_004));
        assertThat(PickupRules.violationsAgainst(cargo().build(), List.of())).extracting(Violation::code)
                .containsExactly(PICKUP_INPUT_004);
    }

    @Test
    void aBlankCustomerNumberIsLeftToTheBasicRules() {
        assertThat(PickupRules.violationsAgainst(cargo().customer("", "Norsk Bedrift AS").build(), customers())).isEmpty();
    }

    @Test
    void aNewOrderIsATestOrderUntilMadeProduction() {
        assertThat(cargo().build().testIndicator()).isTrue();
        assertThat(cargo().production().build().testIndicator()).isFalse();
        assertThat(cargo().build().address().messageToDriver()).contains("Hentes på baksiden");
    }
}
