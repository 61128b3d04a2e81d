package dev.bringport.domain.booking;

import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_001;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_002;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_006;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_007;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_008;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_009;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_012;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_013;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_014;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_015;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_016;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_017;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_018;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_019;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_028;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_036;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_037;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_048;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_049;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_054;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_057;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_061;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_062;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_071;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_081;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_083;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_091;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_002;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_012;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_013;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_019;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_025;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_027;
import static dev.bringport.domain.booking.BookingCodes.BOOK_VALIDATION_028;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_001;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_005;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_006;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DELIVERY_INPUT_002;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DELIVERY_INPUT_003;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_001;
import static dev.bringport.domain.booking.BookingCodes.CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_006;
import static dev.bringport.domain.booking.BookingCodes.PICKUP_INPUT_011;
import static dev.bringport.domain.booking.BookingCodes.PICKUP_INPUT_012;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BookingRules#violations(BookingRequest, Instant)}: every rule gives Bring's code and the
 * field path. The valid consignment is the Booking page's example parties (Ola Nordmann,
 * Testsvingen 12, 0263 OSLO, NO to Tore Mottaker, Mottakerveien 14, 0659 OSLO, NO) with the
 * examples' package (1.1 kg, 13 x 23 x 10 cm), booked as Pakke til bedrift (5000).
 */
class BookingRulesTest {

    /** Monday 10 March 2025, 10:00 in Oslo. */
    static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    static final Instant SHIPPING = Instant.parse("2025-03-10T15:00:00Z");
    private static final String C = "consignments[0]";

    // --- test data -----------------------------------------------------------------------------

    static BookingParty.Builder sender() {
        return BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("0263").city("OSLO")
                .countryCode("NO").contact(BookingContact.of("Trond Nordmann", "trond@nordmanntest.no", "99999999"));
    }

    static BookingParty.Builder recipient() {
        return BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14").addressLine2("c/o Tina Mottaker")
                .postalCode("0659").city("OSLO").countryCode("NO").additionalAddressInfo("Bruk ringeklokken")
                .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", "+46700000000"));
    }

    static BookingPackage.Builder parcel() {
        return BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("1.1").goodsDescription("Testing equipment")
                .dimensions(13, 23, 10);
    }

    static Product.Builder product() {
        return Product.builder("5000", "5");
    }

    /** Everything but packages, which a builder can only add. */
    static Consignment.Builder consignment() {
        return Consignment.builder().correlationId("INTERNAL-123456").shippingDateTime(SHIPPING)
                .sender(sender().build()).recipient(recipient().build()).product(product().build());
    }

    static Consignment valid() {
        return consignment().addPackage(parcel().build()).build();
    }

    static Consignment withProduct(Product.Builder product) {
        return consignment().product(product.build()).addPackage(parcel().build()).build();
    }

    static List<Violation> violations(Consignment consignment) {
        return BookingRules.violations(BookingRequest.test(consignment), NOW);
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(
            Consignment consignment) {
        return assertThat(violations(consignment)).extracting(Violation::field, Violation::code);
    }

    static String text(int length) {
        return "Mottakerveien 14, c/o Tina Mottaker, ".repeat(length / 10 + 1).substring(0, length);
    }

    // --- the whole request ---------------------------------------------------------------------

    @Test
    void theExampleBookingHasNoViolations() {
        assertThat(violations(valid())).isEmpty();
        assertThat(BookingRules.violations(BookingRequest.production(valid()), NOW)).isEmpty();
    }

    @Test
    void anEmptyConsignmentListsEveryRequiredPartAtOnce() {
        assertViolations(Consignment.builder().build()).containsExactly(
                tuple(C + ".shippingDateTime", BOOK_INPUT_012),
                tuple(C + ".parties.sender", BOOK_INPUT_006),
                tuple(C + ".parties.recipient", BOOK_INPUT_007),
                tuple(C + ".product", BOOK_INPUT_008),
                tuple(C + ".packages", BOOK_INPUT_009));
    }

    @Test
    void aShippingTimeIsRequired() {
        Consignment noShippingTime = Consignment.builder().sender(sender().build()).recipient(recipient().build())
                .product(product().build()).addPackage(parcel().build()).build();

        assertViolations(noShippingTime).containsExactly(tuple(C + ".shippingDateTime", BOOK_INPUT_012));
    }

    // --- parties -------------------------------------------------------------------------------

    @Nested
    class Parties {

        @Test
        void aBookingWithoutSenderIsRefused() {
            Consignment noSender = Consignment.builder().shippingDateTime(SHIPPING).recipient(recipient().build())
                    .product(product().build()).addPackage(parcel().build()).build();

            assertViolations(noSender).containsExactly(tuple(C + ".parties.sender", BOOK_INPUT_006));
        }

        @Test
        void aBookingWithoutRecipientIsRefused() {
            Consignment noRecipient = Consignment.builder().shippingDateTime(SHIPPING).sender(sender().build())
                    .product(product().build()).addPackage(parcel().build()).build();

            assertViolations(noRecipient).containsExactly(tuple(C + ".parties.recipient", BOOK_INPUT_007));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.bringport.domain.booking.BookingRulesTest#requiredPartyFields")
        void requiredPartyFields(String role, String part, UnaryOperator<BookingParty.Builder> breakIt, ErrorCode code) {
            Consignment.Builder consignment = consignment().addPackage(parcel().build());
            if (role.equals("sender")) {
                consignment.sender(breakIt.apply(sender()).build());
            } else {
                consignment.recipient(breakIt.apply(recipient()).build());
            }

            assertViolations(consignment.build()).containsExactly(tuple(C + ".parties." + role + "." + part, code));
        }

        @ParameterizedTest
        @ValueSource(strings = {"XX", "NOR", "N", "EU", "1"})
        void anInvalidCountryCodeIsRefused(String country) {
            Consignment consignment = consignment().recipient(recipient().countryCode(country).build())
                    .addPackage(parcel().build()).build();

            assertViolations(consignment).containsExactly(tuple(C + ".parties.recipient.countryCode", BOOK_INPUT_028));
        }

        @ParameterizedTest
        @ValueSource(strings = {"no", "NO", "DK", "se", "US", "DE"})
        void countryCodesAreIsoInAnyCase(String country) {
            // Bring's own request example sends "countryCode": "no"
            Consignment consignment = consignment().sender(sender().countryCode(country).build())
                    .addPackage(parcel().build()).build();

            assertThat(violations(consignment)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"consignor", "consignee", "importer", "returnTo"})
        void theOtherPartiesFollowTheSameRules(String role) {
            BookingParty incomplete = BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                    .postalCode("10115").countryCode("DE").build();
            Consignment.Builder consignment = consignment().addPackage(parcel().build());
            switch (role) {
                case "consignor" -> consignment.consignor(incomplete);
                case "consignee" -> consignment.consignee(incomplete);
                case "importer" -> consignment.importer(incomplete);
                default -> consignment.returnTo(incomplete);
            }

            assertViolations(consignment.build()).containsExactly(tuple(C + ".parties." + role + ".city", BOOK_INPUT_016));
        }

        @Test
        void aPickupPointInTheRecipientsCountryIsValid() {
            Consignment toPickupPoint = consignment().recipient(recipient().postalCode("2600").city("Glostrup")
                            .countryCode("DK").build())
                    .pickupPoint(new PickupPoint("736431", "DK")).addPackage(parcel().build()).build();

            assertThat(violations(toPickupPoint)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"'', NO", "736431, ''", "' ', ' '"})
        void aPickupPointNeedsIdAndCountry(String id, String country) {
            Consignment consignment = consignment().pickupPoint(new PickupPoint(id, country))
                    .addPackage(parcel().build()).build();

            assertViolations(consignment).containsExactly(tuple(C + ".parties.pickupPoint", PICKUP_INPUT_011));
        }

        @Test
        void aPickupPointMustBeInTheRecipientsCountry() {
            Consignment consignment = consignment().pickupPoint(new PickupPoint("736431", "DK"))
                    .addPackage(parcel().build()).build();

            assertViolations(consignment).containsExactly(tuple(C + ".parties.pickupPoint.countryCode", PICKUP_INPUT_012));
        }
    }

    static Stream<Arguments> requiredPartyFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String role : List.of("sender", "recipient")) {
            cases.add(Arguments.of(role, "name", (UnaryOperator<BookingParty.Builder>) p -> p.name(""), BOOK_INPUT_014));
            cases.add(Arguments.of(role, "addressLine", (UnaryOperator<BookingParty.Builder>) p -> p.addressLine(" "),
                    BOOK_INPUT_015));
            cases.add(Arguments.of(role, "postalCode", (UnaryOperator<BookingParty.Builder>) p -> p.postalCode(""),
                    BOOK_INPUT_057));
            cases.add(Arguments.of(role, "city", (UnaryOperator<BookingParty.Builder>) p -> p.city(""), BOOK_INPUT_016));
            cases.add(Arguments.of(role, "countryCode", (UnaryOperator<BookingParty.Builder>) p -> p.countryCode(""),
                    BOOK_INPUT_017));
        }
        return cases.stream();
    }

    // --- maximum lengths -----------------------------------------------------------------------

    static Stream<Arguments> maxLengths() {
        return Stream.of(
                maxLength("sender addressLine", 35, C + ".parties.sender.addressLine", BOOK_INPUT_001,
                        n -> consignment().sender(sender().addressLine(text(n)).build())),
                maxLength("recipient addressLine2", 35, C + ".parties.recipient.addressLine2", BOOK_INPUT_001,
                        n -> consignment().recipient(recipient().addressLine2(text(n)).build())),
                maxLength("recipient city", 35, C + ".parties.recipient.city", BOOK_INPUT_001,
                        n -> consignment().recipient(recipient().city(text(n)).build())),
                maxLength("sender reference", 35, C + ".parties.sender.reference", BOOK_INPUT_001,
                        n -> consignment().sender(sender().reference(text(n)).build())),
                maxLength("recipient additionalAddressInfo", 70, C + ".parties.recipient.additionalAddressInfo",
                        BOOK_INPUT_001, n -> consignment().recipient(recipient().additionalAddressInfo(text(n)).build())),
                maxLength("sender vatNumber", 12, C + ".parties.sender.vatNumber", BOOK_INPUT_001,
                        n -> consignment().sender(sender().vatNumber("9".repeat(n)).build())),
                maxLength("recipient contact email", 60, C + ".parties.recipient.contact.email", BOOK_INPUT_001,
                        n -> consignment().recipient(recipient().contact(BookingContact.of("Tore Mottaker",
                                "t".repeat(n - "@mottakertest.no".length()) + "@mottakertest.no", null)).build())),
                maxLength("product messageForRecipient", 400, C + ".product.messageForRecipient", BOOK_INPUT_061,
                        n -> consignment().product(product().messageForRecipient(text(n)).build())),
                maxLength("customs goodsDescription", 35,
                        C + ".product.ediCustomsDeclarations.ediCustomsDeclaration[0].goodsDescription", BOOK_INPUT_001,
                        n -> consignment().product(product().customs(CustomsDeclaration.of(NatureOfTransaction.GIFT,
                                List.of(CustomsLine.of(2, text(n), "33.05.1000", new BigDecimal("3.0"),
                                        new BigDecimal("200"), "NOK", "CH")))).build())));
    }

    private static Arguments maxLength(String name, int max, String field, ErrorCode code,
                                       IntFunction<Consignment.Builder> withLength) {
        IntFunction<Consignment> consignment = n -> withLength.apply(n).addPackage(parcel().build()).build();
        return Arguments.of(name, max, field, code, consignment);
    }

    @ParameterizedTest(name = "{0}: at most {1}")
    @MethodSource("maxLengths")
    void maximumLengths(String name, int max, String field, ErrorCode code, IntFunction<Consignment> withLength) {
        assertThat(violations(withLength.apply(max))).as("%d characters", max).isEmpty();
        assertThat(violations(withLength.apply(max + 1))).as("%d characters", max + 1)
                .extracting(Violation::field, Violation::code).containsExactly(tuple(field, code));
    }

    @Test
    void aCustomerNumberLongerThanThePagesMaximumIsLeftToBring() {
        // the page says "Max length: 35", Bring's own nonStandardCourier example sends 51 characters
        String fiftyOneCharacters = "EXPRESS_NORWAY-01234567-0123-0123-0123-0123456789ab";
        assertThat(violations(consignment().product(Product.builder("NON_STANDARD_COURIER", fiftyOneCharacters)
                .nonStandardCourierProductCode("CDA").build()).addPackage(parcel().build()).build())).isEmpty();
    }

    @Test
    void aPackagesGoodsDescriptionIsAtMost35Characters() {
        Consignment ok = consignment().addPackage(parcel().goodsDescription(text(35)).build()).build();
        Consignment tooLong = consignment().addPackage(parcel().goodsDescription(text(36)).build()).build();

        assertThat(violations(ok)).isEmpty();
        assertViolations(tooLong).containsExactly(tuple(C + ".packages[0].goodsDescription", BOOK_INPUT_001));
    }

    // --- product -------------------------------------------------------------------------------

    @Nested
    class Products {

        @Test
        void aBookingWithoutProductIsRefused() {
            Consignment noProduct = Consignment.builder().shippingDateTime(SHIPPING).sender(sender().build())
                    .recipient(recipient().build()).addPackage(parcel().build()).build();

            assertViolations(noProduct).containsExactly(tuple(C + ".product", BOOK_INPUT_008));
        }

        @Test
        void aProductNeedsAnId() {
            assertViolations(withProduct(Product.builder(" ", "5"))).containsExactly(tuple(C + ".product.id", BOOK_INPUT_018));
        }

        @Test
        void aProductNeedsACustomerNumber() {
            assertViolations(withProduct(Product.builder("5000", "")))
                    .containsExactly(tuple(C + ".product.customerNumber", BOOK_INPUT_019));
        }

        @ParameterizedTest
        @ValueSource(strings = {"NON_STANDARD_COURIER", "non_standard_courier"})
        void aNonStandardCourierBookingWithItsProductCodeIsValid(String id) {
            // booking/examples/nonStandardCourier.json
            assertThat(violations(withProduct(Product.builder(id, "5").nonStandardCourierProductCode("CDA")))).isEmpty();
        }

        @Test
        void aNonStandardCourierBookingNeedsItsProductCode() {
            assertViolations(withProduct(Product.builder("NON_STANDARD_COURIER", "5").nonStandardCourierProductCode(" ")))
                    .containsExactly(tuple(C + ".product.nonStandardCourierProductCode", BOOK_INPUT_081));
        }

        @Test
        void whichProductsTakeANonStandardCourierProductCodeIsLeftToBring() {
            // BOOK-INPUT-082 names "courier customized services", a set of products only Bring knows
            assertThat(violations(withProduct(product().nonStandardCourierProductCode("CDA")))).isEmpty();
        }

        @Test
        void aReturnProductNeedsAnId() {
            Consignment consignment = consignment().product(Product.builder("3584", "5").build())
                    .returnProduct(new ReturnProduct("", List.of())).addPackage(parcel().build()).build();

            assertViolations(consignment).containsExactly(tuple(C + ".returnProduct.id", BOOK_INPUT_083));
        }

        @Test
        void aMailboxParcelWithReturnAndAdditionalServicesIsValid() {
            // booking/examples/mailboxParcel_with_return_and_additional_vas.json, before 9650 was withdrawn
            Consignment consignment = consignment()
                    .product(Product.builder("3584", "5").additionalService(AdditionalService.of("1081")).build())
                    .returnProduct(new ReturnProduct("9650", List.of(AdditionalService.of("1073"))))
                    .addPackage(parcel().build()).build();

            assertThat(violations(consignment)).isEmpty();
        }

        @Test
        void aReturnProductsAdditionalServicesAreChecked() {
            Consignment consignment = consignment().product(Product.builder("3584", "5").build())
                    .returnProduct(new ReturnProduct("9650", List.of(AdditionalService.of("POSTOPPKRAV"))))
                    .addPackage(parcel().build()).build();

            assertViolations(consignment)
                    .containsExactly(tuple(C + ".returnProduct.additionalServices[0]", BOOK_INPUT_037));
        }
    }

    // --- additional services -------------------------------------------------------------------

    @Nested
    class AdditionalServices {

        private static final String SERVICES = C + ".product.additionalServices";

        private Consignment with(AdditionalService... services) {
            Product.Builder product = product();
            for (AdditionalService service : services) {
                product.additionalService(service);
            }
            return withProduct(product);
        }

        private CashOnDelivery cod(String account, String amount, String currency) {
            return new CashOnDelivery(account, Optional.empty(), new BigDecimal(amount), currency,
                    Optional.of(new CashOnDelivery.PaymentMessage("A valid customer identification number",
                            CashOnDelivery.PaymentMessage.KID)));
        }

        private DangerousGoods dangerousGoods(String unNumber, String commodity, Integer weightInGrams) {
            // booking/examples/bciDangerousGoods.json
            return new DangerousGoods(Optional.of("1236"), Optional.ofNullable(weightInGrams), unNumber, commodity,
                    Optional.of("I"), "1", Optional.empty(), Optional.of("6.1"), Optional.empty());
        }

        @Test
        void anAdditionalServiceNeedsAnId() {
            assertViolations(with(AdditionalService.of("1081"), AdditionalService.of(" ")))
                    .containsExactly(tuple(SERVICES + "[1].id", BOOK_INPUT_001));
        }

        @ParameterizedTest
        @CsvSource({"recipient@recipient.com, 97777777", "recipient@recipient.com, ''", "'', 97777777"})
        void eVarslingWithEmailOrMobileIsValid(String email, String mobile) {
            assertThat(violations(with(AdditionalService.eVarsling(email, mobile)))).isEmpty();
        }

        private Consignment toRecipientReachableBy(BookingContact contact, AdditionalService... services) {
            Product.Builder product = product();
            for (AdditionalService service : services) {
                product.additionalService(service);
            }
            return consignment().recipient(recipient().contact(contact).build()).product(product.build())
                    .addPackage(parcel().build()).build();
        }

        @ParameterizedTest
        @CsvSource(value = {"null, null", "'', ' '"}, nullValues = "null")
        void eVarslingWithoutEmailOrMobileAnywhereIsRefused(String email, String mobile) {
            assertViolations(toRecipientReachableBy(BookingContact.of("Tore Mottaker", null, " "),
                    AdditionalService.eVarsling(email, mobile)))
                    .containsExactly(tuple(SERVICES + "[0]", BOOK_VALIDATION_002));
        }

        @ParameterizedTest
        @CsvSource(value = {"tore@mottakertest.no, null", "null, +4791234567", "tore@mottakertest.no, +4791234567"},
                nullValues = "null")
        void eVarslingAloneGoesToTheRecipientsContact(String email, String phoneNumber) {
            // issue 13: Bring's service table documents the service as {"id": "EVARSLING"} alone
            assertThat(violations(toRecipientReachableBy(BookingContact.of("Tore Mottaker", email, phoneNumber),
                    AdditionalService.of("EVARSLING")))).isEmpty();
        }

        @Test
        void eVarslingIsRecognisedInAnyCase() {
            AdditionalService lowerCase = AdditionalService.of("evarsling");

            assertViolations(toRecipientReachableBy(BookingContact.of("Tore Mottaker", null, null), lowerCase))
                    .containsExactly(tuple(SERVICES + "[0]", BOOK_VALIDATION_002));
        }

        @Test
        void eVarslingOnAReturnProductLeansOnTheRecipientsContactToo() {
            Consignment consignment = consignment().product(Product.builder("3584", "5").build())
                    .returnProduct(new ReturnProduct("9300", List.of(AdditionalService.of("EVARSLING"))))
                    .addPackage(parcel().build()).build();
            Consignment nobodyReachable = consignment().recipient(recipient().contact(BookingContact.of("Tore", null,
                            null)).build()).product(Product.builder("3584", "5").build())
                    .returnProduct(new ReturnProduct("9300", List.of(AdditionalService.of("EVARSLING"))))
                    .addPackage(parcel().build()).build();

            assertThat(violations(consignment)).isEmpty();
            assertViolations(nobodyReachable)
                    .containsExactly(tuple(C + ".returnProduct.additionalServices[0]", BOOK_VALIDATION_002));
        }

        @Test
        void cashOnDeliveryFromBringsExampleIsValid() {
            assertThat(violations(with(AdditionalService.cashOnDelivery(cod("12345678903", "1000", "NOK"))))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000", "POSTOPPKRAV"})
        void cashOnDeliveryWithoutDetailsIsRefused(String id) {
            assertViolations(with(AdditionalService.of(id))).containsExactly(tuple(SERVICES + "[0]", BOOK_INPUT_037));
        }

        @Test
        void cashOnDeliveryNeedsAccountAmountAndCurrency() {
            assertViolations(with(AdditionalService.cashOnDelivery(cod(" ", "0", "")))).containsExactly(
                    tuple(SERVICES + "[0].accountNumber", BOOK_INPUT_037),
                    tuple(SERVICES + "[0].currencyCode", BOOK_INPUT_037),
                    tuple(SERVICES + "[0].amount", BOOK_INPUT_037));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000", "99.9", "99.90", "1250.50", "100.500"})
        void cashOnDeliveryAmountsWithAtMostTwoDecimalsAreValid(String amount) {
            assertThat(violations(with(AdditionalService.cashOnDelivery(cod("12345678903", amount, "NOK"))))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"99.999", "0.001", "1250.505"})
        void cashOnDeliveryAmountsWithThreeDecimalsAreRefused(String amount) {
            assertViolations(with(AdditionalService.cashOnDelivery(cod("12345678903", amount, "NOK"))))
                    .containsExactly(tuple(SERVICES + "[0].amount", BOOK_INPUT_054));
        }

        @ParameterizedTest
        @ValueSource(strings = {"NKR", "KR", "EURO", "XYZ"})
        void cashOnDeliveryInAnUnknownCurrencyIsRefused(String currency) {
            assertViolations(with(AdditionalService.cashOnDelivery(cod("12345678903", "1000", currency))))
                    .containsExactly(tuple(SERVICES + "[0].currencyCode", BOOK_INPUT_036));
        }

        @ParameterizedTest
        @ValueSource(strings = {"SEK", "dkk", "EUR"})
        void cashOnDeliveryInIso4217CurrenciesIsValid(String currency) {
            assertThat(violations(with(AdditionalService.cashOnDelivery(cod("12345678903", "1000", currency))))).isEmpty();
        }

        @Test
        void dangerousGoodsFromBringsExampleAreValid() {
            assertThat(violations(with(AdditionalService.dangerousGoods(dangerousGoods("1560", "ARSENTRIKLORID", 500000)))))
                    .isEmpty();
        }

        @Test
        void dangerousGoodsWithoutDetailsAreRefused() {
            assertViolations(with(AdditionalService.of("DANGEROUS_GOODS")))
                    .containsExactly(tuple(SERVICES + "[0]", BOOK_INPUT_048));
        }

        @Test
        void dangerousGoodsNeedUnNumberAndCommodity() {
            assertViolations(with(AdditionalService.dangerousGoods(dangerousGoods("", " ", 500000)))).containsExactly(
                    tuple(SERVICES + "[0].unNumber", BOOK_INPUT_048),
                    tuple(SERVICES + "[0].commodity", BOOK_INPUT_049));
        }

        @Test
        void dangerousGoodsWithoutWeightAreLeftToBring() {
            // BOOK-INPUT-085: "Missing required weight or volume": a volume, which the library does not type, will do
            assertThat(violations(with(AdditionalService.dangerousGoods(dangerousGoods("1560", "ARSENTRIKLORID", null)))))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"156", "15600", "UN1560"})
        void aUnNumberHasFourCharacters(String unNumber) {
            assertViolations(with(AdditionalService.dangerousGoods(dangerousGoods(unNumber, "ARSENTRIKLORID", 500000))))
                    .containsExactly(tuple(SERVICES + "[0].unNumber", BOOK_INPUT_091));
        }

        @Test
        void atMostTenDangerousGoodsServices() {
            AdditionalService service = AdditionalService.dangerousGoods(dangerousGoods("1560", "ARSENTRIKLORID", 500000));

            assertThat(violations(with(IntStream.range(0, 10).mapToObj(i -> service).toArray(AdditionalService[]::new))))
                    .isEmpty();
            assertViolations(with(IntStream.range(0, 11).mapToObj(i -> service).toArray(AdditionalService[]::new)))
                    .containsExactly(tuple(SERVICES, BOOK_VALIDATION_019));
        }

        @Test
        void deliveryIndoorsNeedsAMessage() {
            AdditionalService withMessage = new AdditionalService(AdditionalService.DELIVERY_INDOOR, Optional.empty(),
                    Optional.empty(), Optional.of("Bæres inn i gangen"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());

            assertThat(violations(with(withMessage))).isEmpty();
            assertViolations(with(AdditionalService.of(AdditionalService.DELIVERY_INDOOR)))
                    .containsExactly(tuple(SERVICES + "[0].message", BOOK_INPUT_062));
        }

        @Test
        void everyServiceIsCheckedWithItsIndex() {
            assertViolations(with(AdditionalService.of("1081"), AdditionalService.eVarsling("recipient@recipient.com", null),
                    AdditionalService.of("POSTOPPKRAV"), AdditionalService.of("DANGEROUS_GOODS"))).containsExactly(
                    tuple(SERVICES + "[2]", BOOK_INPUT_037),
                    tuple(SERVICES + "[3]", BOOK_INPUT_048));
        }
    }

    // --- customs -------------------------------------------------------------------------------

    @Nested
    class Customs {

        private static final String CUSTOMS = C + ".product.ediCustomsDeclarations";

        /** booking/examples/customsDeclaration.json */
        private List<CustomsLine> lines() {
            return List.of(
                    CustomsLine.of(2, "shampoo", "33.05.1000", new BigDecimal("3.0"), new BigDecimal("200"), "NOK", "CH"),
                    CustomsLine.of(5, "cotton t-shirts", "61.09.1000", new BigDecimal("2.5"), new BigDecimal("1000"), "NOK",
                            "PL"),
                    CustomsLine.of(1, "wool jacket", "61.04.3100", new BigDecimal("2.0"), new BigDecimal("750"), "NOK", "DE"));
        }

        private Consignment with(CustomsDeclaration customs) {
            return withProduct(Product.builder("BUSINESS_PARCEL", "5").customs(customs));
        }

        private CustomsDeclaration ioss(NatureOfTransaction nature, String iossNumber) {
            return new CustomsDeclaration(Optional.of(nature), Optional.empty(), Optional.of(iossNumber), lines());
        }

        @Test
        void bringsCustomsExampleIsValid() {
            assertThat(violations(with(CustomsDeclaration.of(NatureOfTransaction.GIFT, lines())))).isEmpty();
        }

        @Test
        void customsNeedANatureOfTransaction() {
            CustomsDeclaration noNature = new CustomsDeclaration(Optional.empty(), Optional.empty(), Optional.empty(),
                    lines());

            assertViolations(with(noNature)).containsExactly(tuple(CUSTOMS + ".natureOfTransaction", BOOK_VALIDATION_013));
        }

        @Test
        void aCustomsLineNeedsQuantityDescriptionNetWeightAndAmount() {
            CustomsLine empty = new CustomsLine(Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                    "NOK", Optional.empty());
            String line = CUSTOMS + ".ediCustomsDeclaration[0]";

            assertViolations(with(CustomsDeclaration.of(NatureOfTransaction.GIFT, List.of(empty)))).containsExactly(
                    tuple(line + ".quantity", BOOK_VALIDATION_012),
                    tuple(line + ".goodsDescription", BOOK_VALIDATION_012),
                    tuple(line + ".itemNetWeightInKg", BOOK_VALIDATION_012),
                    tuple(line + ".tarriffLineAmount", BOOK_VALIDATION_012));
        }

        @Test
        void quantityAndNetWeightMustBeGreaterThanZero() {
            CustomsLine zero = CustomsLine.of(0, "shampoo", null, BigDecimal.ZERO, new BigDecimal("200"), "NOK", null);
            String line = CUSTOMS + ".ediCustomsDeclaration[0]";

            assertViolations(with(CustomsDeclaration.of(NatureOfTransaction.GIFT, List.of(zero)))).containsExactly(
                    tuple(line + ".quantity", BOOK_VALIDATION_012),
                    tuple(line + ".itemNetWeightInKg", BOOK_VALIDATION_012));
        }

        @Test
        void aCustomsLineNeedsAnIsoCurrencyAndCountryOfOrigin() {
            CustomsLine wrong = CustomsLine.of(2, "shampoo", "33.05.1000", new BigDecimal("3.0"), new BigDecimal("200"),
                    "KR", "XX");
            String line = CUSTOMS + ".ediCustomsDeclaration[1]";

            assertViolations(with(CustomsDeclaration.of(NatureOfTransaction.GIFT, List.of(lines().get(0), wrong))))
                    .containsExactly(
                            tuple(line + ".currency", BOOK_INPUT_036),
                            tuple(line + ".countryOfOrigin", BOOK_INPUT_028));
        }

        @Test
        void aValidIossNumberForASaleOfGoodsWithoutSenderReferenceIsValid() {
            assertThat(violations(with(ioss(NatureOfTransaction.SALE_OF_GOODS, "IM1234567890")))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"IM123456789", "IM12345678901", "im1234567890", "EU1234567890", "IM12345678AB"})
        void anIossNumberIsImAndTenDigits(String ioss) {
            assertViolations(with(ioss(NatureOfTransaction.SALE_OF_GOODS, ioss)))
                    .containsExactly(tuple(CUSTOMS + ".iossNumber", BOOK_VALIDATION_025));
        }

        @Test
        void anIossNumberCannotBeCombinedWithASenderReference() {
            Consignment consignment = consignment().sender(sender().reference("1234").build())
                    .product(Product.builder("BUSINESS_PARCEL", "5")
                            .customs(ioss(NatureOfTransaction.SALE_OF_GOODS, "IM1234567890")).build())
                    .addPackage(parcel().build()).build();

            assertViolations(consignment).containsExactly(tuple(CUSTOMS + ".iossNumber", BOOK_VALIDATION_027));
        }

        @ParameterizedTest
        @ValueSource(strings = {"GIFT", "RETURNED_GOODS", "COMMERCIAL_SAMPLE", "DOCUMENTS", "OTHER"})
        void anIossNumberIsOnlyForASaleOfGoods(NatureOfTransaction nature) {
            assertViolations(with(ioss(nature, "IM1234567890")))
                    .containsExactly(tuple(CUSTOMS + ".iossNumber", BOOK_VALIDATION_028));
        }
    }

    // --- packages and measurements -------------------------------------------------------------

    @Nested
    class Packages {

        @Test
        void aBookingWithoutPackagesIsRefused() {
            assertViolations(consignment().build()).containsExactly(tuple(C + ".packages", BOOK_INPUT_009));
        }

        @Test
        void aParcelNeedsNoMeasurements() {
            // booking/examples/parcelsWithoutmeasurements.json ("Parcel Services without measurements"): no weight
            assertThat(violations(consignment().addPackage(BookingPackage.builder().goodsDescription("Testing equipment")
                    .build()).build())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5100", "DOUBLE_INDOOR"})
        void cargoAndHomeDeliveryPackagesNeedAWeight(String productId) {
            Consignment consignment = consignment().product(Product.of(productId, "7"))
                    .addPackage(parcel().packageType("hd_eur").build())
                    .addPackage(BookingPackage.builder().correlationId("PACKAGE-124").dimensions(13, 23, 10)
                            .packageType("hd_eur").build())
                    .build();

            assertViolations(consignment).containsExactly(tuple(C + ".packages[1].weightInKg", BOOK_INPUT_002));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.0", "-1.1"})
        void whatAWeightMayBeIsLeftToBring(String weight) {
            assertThat(violations(consignment().addPackage(parcel().weightInKg(weight).build()).build())).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"0, 23, 10", "13, 0, 10", "13, 23, -1"})
        void everySideMustBeLongerThanZero(int height, int width, int length) {
            assertViolations(consignment().addPackage(parcel().dimensions(height, width, length).build()).build())
                    .containsExactly(tuple(C + ".packages[0].dimensions", BOOK_INPUT_001));
        }

        @Test
        void loadMetersAreAtMost49Point9() {
            Consignment ok = consignment().product(Product.of("5100", "7"))
                    .addPackage(BookingPackage.builder().weightInKg("500").loadMeters(new BigDecimal("49.9")).build()).build();
            Consignment tooMuch = consignment().product(Product.of("5100", "7"))
                    .addPackage(BookingPackage.builder().weightInKg("500").loadMeters(new BigDecimal("50")).build()).build();

            assertThat(violations(ok)).isEmpty();
            assertViolations(tooMuch).containsExactly(tuple(C + ".packages[0].loadMeters", BOOK_INPUT_001));
        }

        @Test
        void bringsCargoExampleIsValid() {
            // the Booking page's XML request example: 5100 with load meters, pallets and volume
            Consignment cargo = consignment().product(Product.of("5100", "7"))
                    .addPackage(BookingPackage.builder().correlationId("123").loadMeters(BigDecimal.ONE).numberOfPallets(2)
                            .volumeInDm3(new BigDecimal("2")).weightInKg("50").build())
                    .build();

            assertThat(violations(cargo)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5100", "5300", "9100", "CARGO"})
        void cargoWithOnlyAWeightIsRefused(String cargoProduct) {
            Consignment cargo = consignment().product(Product.of(cargoProduct, "7"))
                    .addPackage(BookingPackage.builder().weightInKg("50").build()).build();

            assertViolations(cargo).containsExactly(tuple(C + ".packages[0]", BOOK_INPUT_013));
        }

        static Stream<BookingPackage.Builder> cargoMeasurements() {
            return Stream.of(
                    BookingPackage.builder().weightInKg("50").volumeInDm3(new BigDecimal("120")),
                    BookingPackage.builder().weightInKg("50").loadMeters(new BigDecimal("0.4")),
                    BookingPackage.builder().weightInKg("50").dimensions(120, 80, 100),
                    BookingPackage.builder().weightInKg("50").numberOfPallets(1));
        }

        @ParameterizedTest
        @MethodSource("cargoMeasurements")
        void cargoNeedsWeightAndOneMeasurement(BookingPackage.Builder measured) {
            assertThat(violations(consignment().product(Product.of("5100", "7")).addPackage(measured.build()).build()))
                    .isEmpty();
        }

        @Test
        void bringsHomeDeliveryExampleIsValid() {
            // booking/examples/doubleIndoor_NO.json
            Consignment homeDelivery = consignment().product(Product.of("DOUBLE_INDOOR", "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").volumeInDm3(BigDecimal.TEN).packageType("hd_half")
                            .build())
                    .build();

            assertThat(violations(homeDelivery)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DOUBLE_INDOOR", "CURBSIDE", "DOUBLE_INDOOR_EVENING", "CURBSIDE_EVENING"})
        void homeDeliveryNeedsVolumeOrDimensions(String homeDeliveryProduct) {
            Consignment weightOnly = consignment().product(Product.of(homeDeliveryProduct, "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").packageType("hd_eur").build()).build();
            Consignment withDimensions = consignment().product(Product.of(homeDeliveryProduct, "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").dimensions(120, 80, 100).build()).build();
            Consignment withLoadMetersOnly = consignment().product(Product.of(homeDeliveryProduct, "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").loadMeters(BigDecimal.ONE).build()).build();

            assertViolations(weightOnly).containsExactly(tuple(C + ".packages[0]", BOOK_INPUT_013));
            assertThat(violations(withDimensions)).isEmpty();
            assertViolations(withLoadMetersOnly).containsExactly(tuple(C + ".packages[0]", BOOK_INPUT_013));
        }

        @ParameterizedTest
        @ValueSource(strings = {"hd_eur", "hd_half", "hd_quarter", "hd_loose"})
        void homeDeliveryPackageTypes(String packageType) {
            Consignment consignment = consignment().product(Product.of("DOUBLE_INDOOR", "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").volumeInDm3(BigDecimal.TEN).packageType(packageType)
                            .build())
                    .build();

            assertThat(violations(consignment)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"pallet", "envelope", "ox_container", "HD_EUR"})
        void otherPackageTypesAreRefusedForHomeDelivery(String packageType) {
            Consignment consignment = consignment().product(Product.of("DOUBLE_INDOOR", "5"))
                    .addPackage(BookingPackage.builder().weightInKg("2").volumeInDm3(BigDecimal.TEN).packageType(packageType)
                            .build())
                    .build();

            assertViolations(consignment).containsExactly(tuple(C + ".packages[0].packageType", BOOK_INPUT_071));
        }

        @Test
        void homeDeliveryPackageTypesAreNotRequiredForOtherProducts() {
            assertThat(violations(consignment().addPackage(parcel().packageType("pallet").build()).build())).isEmpty();
        }
    }

    // --- customer-specified dates --------------------------------------------------------------

    @Nested
    class CustomerSpecifiedDates {

        private static final String DELIVERY = C + ".customerSpecifiedDeliveryDateTime";
        private static final String DISPATCH = C + ".customerSpecifiedDispatchDateTime";
        private static final String WINDOW = C + ".customerSpecifiedDelivery";

        private Consignment delivery(String productId, Instant shipping, Instant delivery) {
            return consignment().product(Product.of(productId, "5")).shippingDateTime(shipping)
                    .customerSpecifiedDeliveryDateTime(delivery).addPackage(parcel().build()).build();
        }

        private Consignment dispatch(String productId, Instant shipping, Instant dispatch) {
            return consignment().product(Product.of(productId, "5")).shippingDateTime(shipping)
                    .customerSpecifiedDispatchDateTime(dispatch).addPackage(parcel().build()).build();
        }

        private Consignment window(String productId, Instant start, Instant end) {
            return consignment().product(Product.of(productId, "5")).deliveryWindow(new DeliveryWindow(start, end))
                    .addPackage(parcel().volumeInDm3(BigDecimal.TEN).packageType("hd_half").build()).build();
        }

        @ParameterizedTest
        @ValueSource(strings = {"PA_DOREN", "5600", "OIL_EXPRESS", "pa_doren"})
        void aDeliveryDateInTheFutureAfterShippingIsValid(String productId) {
            assertThat(violations(delivery(productId, SHIPPING, SHIPPING.plus(Duration.ofDays(2))))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5000", "SERVICEPAKKE", "DOUBLE_INDOOR"})
        void whichProductsTakeADeliveryDateIsLeftToBring(String productId) {
            // "is valid for Products: PA_DOREN, 5600 or OIL_EXPRESS" is an error text, not a rule Bring keeps still
            Consignment consignment = consignment().product(Product.of(productId, "5"))
                    .customerSpecifiedDeliveryDateTime(SHIPPING.plus(Duration.ofDays(2)))
                    .addPackage(parcel().volumeInDm3(BigDecimal.TEN).packageType("hd_eur").build()).build();

            assertThat(violations(consignment)).isEmpty();
        }

        @Test
        void aDeliveryDateMustBeInTheFuture() {
            Instant shipping = NOW.minus(Duration.ofHours(2));

            assertViolations(delivery("5600", shipping, NOW.minus(Duration.ofHours(1))))
                    .containsExactly(tuple(DELIVERY, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_001));
            assertViolations(delivery("5600", shipping, NOW))
                    .containsExactly(tuple(DELIVERY, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_001));
        }

        @Test
        void aDeliveryDateMustBeAfterTheShippingDate() {
            assertViolations(delivery("5600", SHIPPING, SHIPPING.minus(Duration.ofHours(1))))
                    .containsExactly(tuple(DELIVERY, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_006));
            assertViolations(delivery("5600", SHIPPING, SHIPPING))
                    .containsExactly(tuple(DELIVERY, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_006));
        }

        @Test
        void for5600TheDeliveryDateIsAtMostTenDaysAheadInNorway() {
            // "For 5600 the date cannot be set to more than current date + 10 days": today is 10 March in Oslo
            Instant lastMinuteOf20March = Instant.parse("2025-03-20T22:59:00Z");
            Instant firstMinuteOf21March = Instant.parse("2025-03-20T23:00:00Z");

            assertThat(violations(delivery("5600", SHIPPING, lastMinuteOf20March))).isEmpty();
            assertViolations(delivery("5600", SHIPPING, firstMinuteOf21March))
                    .containsExactly(tuple(DELIVERY, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_005));
        }

        @Test
        void theTenDayLimitIsOnlyFor5600() {
            assertThat(violations(delivery("PA_DOREN", SHIPPING, NOW.plus(Duration.ofDays(30))))).isEmpty();
        }

        @Test
        void aDispatchDateFor3622InTheFutureAfterShippingIsValid() {
            assertThat(violations(dispatch("3622", SHIPPING, SHIPPING.plus(Duration.ofDays(1))))).isEmpty();
        }

        @Test
        void whichProductsTakeADispatchDateIsLeftToBring() {
            assertThat(violations(dispatch("5000", SHIPPING, SHIPPING.plus(Duration.ofDays(1))))).isEmpty();
        }

        @Test
        void aDispatchDateMustBeInTheFuture() {
            assertViolations(dispatch("3622", NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(1))))
                    .containsExactly(tuple(DISPATCH, CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_001));
        }

        @Test
        void aDispatchDateMustBeAfterTheShippingDate() {
            assertViolations(dispatch("3622", SHIPPING, SHIPPING.minus(Duration.ofMinutes(30))))
                    .containsExactly(tuple(DISPATCH, CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_006));
        }

        @ParameterizedTest
        @ValueSource(strings = {"DOUBLE_INDOOR", "CURBSIDE", "DOUBLE_INDOOR_EVENING", "CURBSIDE_EVENING"})
        void aDeliveryWindowOnOneFutureDayIsValidForHomeDelivery(String productId) {
            assertThat(violations(window(productId, Instant.parse("2025-03-12T15:00:00Z"),
                    Instant.parse("2025-03-12T17:00:00Z")))).isEmpty();
        }

        @Test
        void whichProductsTakeADeliveryWindowIsLeftToBring() {
            assertThat(violations(window("5000", Instant.parse("2025-03-12T15:00:00Z"),
                    Instant.parse("2025-03-12T17:00:00Z")))).isEmpty();
        }

        @Test
        void aDeliveryWindowStartsAndEndsOnTheSameDateInNorway() {
            // 21:00-22:59 UTC is 22:00-23:59 in Oslo: one day; 22:00-23:30 UTC ends after midnight in Oslo
            assertThat(violations(window("DOUBLE_INDOOR", Instant.parse("2025-03-12T21:00:00Z"),
                    Instant.parse("2025-03-12T22:59:00Z")))).isEmpty();
            assertViolations(window("DOUBLE_INDOOR", Instant.parse("2025-03-12T22:00:00Z"),
                    Instant.parse("2025-03-12T23:30:00Z")))
                    .containsExactly(tuple(WINDOW, CUSTOMER_SPECIFIED_DELIVERY_INPUT_002));
        }

        @Test
        void aDeliveryWindowReachingTheEndOfTimeIsAViolationNotACrash() {
            // found by RulesFuzzTest: the date in Norway of Instant.MAX is past LocalDate.MAX
            assertViolations(window("DOUBLE_INDOOR", NOW.plus(Duration.ofHours(1)), Instant.MAX))
                    .containsExactly(tuple(WINDOW, CUSTOMER_SPECIFIED_DELIVERY_INPUT_002));
        }

        @Test
        void aDeliveryWindowMustBeInTheFuture() {
            assertViolations(window("DOUBLE_INDOOR", NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(1))))
                    .containsExactly(tuple(WINDOW, CUSTOMER_SPECIFIED_DELIVERY_INPUT_003));
            assertViolations(window("DOUBLE_INDOOR", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1))))
                    .containsExactly(tuple(WINDOW, CUSTOMER_SPECIFIED_DELIVERY_INPUT_003));
        }
    }
}
