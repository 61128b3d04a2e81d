package dev.bringport.domain.booking;

import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_023;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_025;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_070;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that change by date (Booking page notices; shared/bring-api/README.md), checked through
 * {@link BookingRules#violations(BookingRequest, Instant)} with "today" taken in Europe/Oslo from
 * the instant passed in.
 */
class DatedRulesTest {

    private static final String WEIGHT = "consignments[0].packages[0].weightInKg";

    // --- test data -----------------------------------------------------------------------------

    private static BookingParty sender() {
        // booking/examples/selectPickupPoint_DK.json
        return BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("2000")
                .city("Fredriksberg").countryCode("DK").build();
    }

    private static BookingParty recipientIn(String country) {
        BookingParty.Builder recipient = switch (country.toUpperCase(Locale.ROOT)) {
            case "DK" -> BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14").postalCode("2600")
                    .city("Glostrup");
            case "SE" -> BookingParty.builder().name("Tore Mottaker").addressLine("Mottagarvägen 14").postalCode("11122")
                    .city("STOCKHOLM");
            case "US" -> BookingParty.builder().name("Tore Mottaker").addressLine("350 Fifth Avenue").postalCode("10118")
                    .city("NEW YORK");
            default -> BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14").postalCode("0659")
                    .city("OSLO");
        };
        return recipient.countryCode(country).build();
    }

    private static Consignment parcel(String productId, String country, String... weightsInKg) {
        Consignment.Builder consignment = Consignment.builder().shippingDateTime(Instant.parse("2024-01-02T12:00:00Z"))
                .sender(sender()).recipient(recipientIn(country)).product(Product.of(productId, "6"));
        for (String weight : weightsInKg) {
            consignment.addPackage(BookingPackage.builder().weightInKg(weight).dimensions(13, 23, 10).build());
        }
        return consignment.build();
    }

    private static List<Violation> violations(Consignment consignment, String now) {
        return BookingRules.violations(BookingRequest.test(consignment), Instant.parse(now));
    }

    // --- 20 kg to Denmark from 29 February 2024 ------------------------------------------------

    @ParameterizedTest(name = "{0} to {1}, {2} kg at {3}: {4}")
    @CsvSource({
            // product,          country, kg,   now,                    rejected
            "0340,               DK,      20.0, 2024-02-29T12:00:00Z,   false",
            "0340,               DK,      20,   2025-06-01T12:00:00Z,   false",
            "0340,               DK,      20.1, 2024-02-29T12:00:00Z,   true",
            "0340,               DK,      20.1, 2024-02-28T12:00:00Z,   false",
            "0340,               DK,      20.1, 2024-03-01T12:00:00Z,   true",
            "PICKUP_PARCEL,      DK,      20.1, 2024-02-29T12:00:00Z,   true",
            "PICKUP_PARCEL,      DK,      20.0, 2024-02-29T12:00:00Z,   false",
            "pickup_parcel,      dk,      20.1, 2024-02-29T12:00:00Z,   true",
            "0342,               DK,      20.1, 2024-02-29T12:00:00Z,   true",
            "0342,               DK,      20.0, 2024-02-29T12:00:00Z,   false",
            "PICKUP_PARCEL_BULK, DK,      20.1, 2024-02-29T12:00:00Z,   true",
            "PICKUP_PARCEL_BULK, DK,      20.1, 2024-02-28T12:00:00Z,   false",
            "0340,               SE,      20.1, 2024-02-29T12:00:00Z,   false",
            "PICKUP_PARCEL,      SE,      25,   2024-03-01T12:00:00Z,   false",
            "PICKUP_PARCEL_BULK, NO,      25,   2024-03-01T12:00:00Z,   false",
            "0349,               DK,      35,   2024-03-01T12:00:00Z,   false",
            "0349,               DK,      35.1, 2024-03-01T12:00:00Z,   true",
            "HOME_DELIVERY_PARCEL, DK,    35.0, 2024-03-01T12:00:00Z,   false",
            "HOME_DELIVERY_PARCEL, SE,    35.1, 2024-03-01T12:00:00Z,   true",
            "5000,               DK,      25,   2024-03-01T12:00:00Z,   false"})
    void weightLimits(String product, String country, String kg, String now, boolean rejected) {
        List<Violation> violations = violations(parcel(product, country, kg), now);

        if (rejected) {
            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(WEIGHT, BOOK_INPUT_023));
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} is {1} in Oslo: rejected {2}")
    @CsvSource({
            "2024-02-28T22:59:59Z, 2024-02-28, false",
            "2024-02-28T23:00:00Z, 2024-02-29, true",
            "2024-02-28T23:30:00Z, 2024-02-29, true"})
    void theDenmarkLimitStartsAtMidnightInOslo(String now, String osloDate, boolean rejected) {
        assertThat(BringTime.today(Instant.parse(now))).isEqualTo(LocalDate.parse(osloDate));

        List<Violation> violations = violations(parcel("0340", "DK", "20.1"), now);

        if (rejected) {
            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(WEIGHT, BOOK_INPUT_023));
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void everyTooHeavyPackageIsReportedWithItsIndex() {
        List<Violation> violations = violations(parcel("PICKUP_PARCEL", "DK", "20.1", "12", "21"), "2024-03-01T12:00:00Z");

        assertThat(violations).extracting(Violation::field, Violation::code).containsExactly(
                tuple("consignments[0].packages[0].weightInKg", BOOK_INPUT_023),
                tuple("consignments[0].packages[2].weightInKg", BOOK_INPUT_023));
        assertThat(violations.get(0).message()).contains("20", "PICKUP_PARCEL", "DK");
    }

    @Test
    void aPackageWithoutWeightIsNotOverTheWeightLimit() {
        // a parcel needs no weight (Bring's "Parcel Services without measurements"): Bring weighs it
        Consignment noWeight = Consignment.builder().shippingDateTime(Instant.parse("2024-01-02T12:00:00Z"))
                .sender(sender()).recipient(recipientIn("DK")).product(Product.of("0340", "6"))
                .addPackage(BookingPackage.builder().dimensions(13, 23, 10).build()).build();

        assertThat(violations(noWeight, "2024-03-01T12:00:00Z")).isEmpty();
    }

    // --- withdrawn products --------------------------------------------------------------------

    @ParameterizedTest(name = "9650 at {0}: rejected {1}")
    @CsvSource({
            "2025-08-31T12:00:00Z, false",
            "2025-08-31T21:59:59Z, false",  // 23:59:59 in Oslo
            "2025-08-31T22:00:00Z, true",   // midnight in Oslo: 1 September
            "2025-09-01T12:00:00Z, true",
            "2026-01-15T12:00:00Z, true"})
    void returnMailboxParcel9650IsDecommissionedFrom1September2025(String now, boolean rejected) {
        List<Violation> violations = violations(parcel("9650", "NO", "1.1"), now);

        if (rejected) {
            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("consignments[0].product.id", BOOK_INPUT_070));
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void asAReturnProduct9650IsDecommissionedToo() {
        // booking/examples/mailboxParcel_with_return_and_additional_vas.json
        Consignment mailboxWithReturn = Consignment.builder().shippingDateTime(Instant.parse("2025-09-02T08:00:00Z"))
                .sender(BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("0263")
                        .city("OSLO").countryCode("NO").build())
                .recipient(recipientIn("NO"))
                .product(Product.builder("3584", "5").additionalService(AdditionalService.of("1081")).build())
                .returnProduct(new ReturnProduct("9650", List.of(AdditionalService.of("1073"))))
                .addPackage(BookingPackage.builder().weightInKg("1.1").build())
                .build();

        assertThat(violations(mailboxWithReturn, "2025-08-31T12:00:00Z")).isEmpty();
        assertThat(violations(mailboxWithReturn, "2025-09-01T12:00:00Z")).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("consignments[0].returnProduct.id", BOOK_INPUT_070));
    }

    @ParameterizedTest(name = "3639 to {0} at {1}: rejected {2}")
    @CsvSource({
            "US, 2025-08-21T12:00:00Z, false",
            "US, 2025-08-21T22:00:00Z, true",   // midnight in Oslo: 22 August
            "US, 2025-08-22T12:00:00Z, true",
            "us, 2025-12-01T12:00:00Z, true",
            "SE, 2025-08-22T12:00:00Z, false",
            "DK, 2025-12-01T12:00:00Z, false"})
    void letterPacket3639ToTheUsIsSuspendedFrom22August2025(String country, String now, boolean rejected) {
        List<Violation> violations = violations(parcel("3639", country, "0.5"), now);

        if (rejected) {
            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("consignments[0].product.id", BOOK_INPUT_025));
        } else {
            assertThat(violations).isEmpty();
        }
    }

    // --- rules are data ------------------------------------------------------------------------

    @Test
    void theRulesInForceAreBringsAnnouncements() {
        assertThat(BookingRules.DATED_RULES).extracting(DatedRule::effectiveFrom, DatedRule::recipientCountry)
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2024, 2, 29), Optional.of("DK")),
                        tuple(LocalDate.of(2024, 2, 29), Optional.empty()),
                        tuple(LocalDate.of(2025, 9, 1), Optional.empty()),
                        tuple(LocalDate.of(2025, 8, 22), Optional.of("US")));
        assertThat(BookingRules.DATED_RULES).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
    }

    @Test
    void withoutDatedRulesNothingDatedIsChecked() {
        Consignment heavyToDenmark = parcel("0340", "DK", "25");

        assertThat(BookingRules.violations(heavyToDenmark, Instant.parse("2024-03-01T12:00:00Z"), List.of())).isEmpty();
    }

    @Test
    void aNewAnnouncementIsOneMoreRule() {
        WeightLimit lowerLimit = new WeightLimit(Set.of("0340", "PICKUP_PARCEL"), Optional.of("SE"), new BigDecimal("15.00"),
                LocalDate.of(2026, 1, 1), "a future notice");
        ProductWithdrawal withdrawal = new ProductWithdrawal(Set.of("5000"), Optional.empty(),
                BookingCodes.BOOK_INPUT_070, LocalDate.of(2026, 1, 1), "a future notice");

        assertThat(BookingRules.violations(parcel("PICKUP_PARCEL", "SE", "15.5"), Instant.parse("2025-12-31T12:00:00Z"),
                List.of(lowerLimit))).isEmpty();
        assertThat(BookingRules.violations(parcel("PICKUP_PARCEL", "SE", "15.5"), Instant.parse("2026-01-01T12:00:00Z"),
                List.of(lowerLimit))).extracting(Violation::code).containsExactly(BOOK_INPUT_023);
        assertThat(BookingRules.violations(parcel("5000", "SE", "1"), Instant.parse("2026-01-01T12:00:00Z"),
                List.of(withdrawal))).extracting(Violation::code).containsExactly(BookingCodes.BOOK_INPUT_070);
    }

    @Test
    void aRuleIsInEffectFromItsFirstDay() {
        DatedRule denmark = BookingRules.DATED_RULES.stream()
                .filter(rule -> rule.recipientCountry().equals(Optional.of("DK"))).findFirst().orElseThrow();

        assertThat(denmark.inEffectOn(LocalDate.of(2024, 2, 28))).isFalse();
        assertThat(denmark.inEffectOn(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(denmark.appliesTo(parcel("0340", "DK", "1"), LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(denmark.appliesTo(parcel("0340", "SE", "1"), LocalDate.of(2024, 2, 29))).isFalse();
        Consignment withoutRecipient = Consignment.builder().product(Product.of("0340", "6")).build();
        assertThat(denmark.appliesTo(withoutRecipient, LocalDate.of(2024, 2, 29))).isFalse();
    }

    @Test
    void productGroupsIgnoreCase() {
        assertThat(ProductGroups.contains(ProductGroups.CARGO, "cargo")).isTrue();
        assertThat(ProductGroups.contains(ProductGroups.HOME_DELIVERY, "double_indoor")).isTrue();
        assertThat(ProductGroups.contains(ProductGroups.CARGO, "5000")).isFalse();
    }
}
