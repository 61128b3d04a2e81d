package dev.bringport.domain.booking;

import static dev.bringport.domain.booking.BookingCodes.*;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bring's booking rules as Bring states them: required fields and maximum lengths, measurements per
 * product group, additional-service details, customs, customer-specified dates, and the rules that
 * change by date. {@link #violations(BookingRequest, Instant)} is what any client can check before
 * sending; {@link #violationsAgainst(Consignment, List)} needs the user's customer numbers and
 * products.
 *
 * <p>Every rule names its source in a comment: "the page" is the Booking API page (its request
 * schema: "Required", "Max length"), "the catalogue" Bring's error codes (GET {@code /api/errors}),
 * "the old RAML" the earlier Booking API description, "the xsd" {@code booking-v1.xsd}. The library
 * is never stricter than Bring: every request Bring documents passes these rules, and which products
 * combine with which services, dates or fields is left to Bring, whose answer carries the code.
 */
public final class BookingRules {

    /**
     * The dated rules in force. PICKUP_PARCEL, PICKUP_PARCEL_BULK and HOME_DELIVERY_PARCEL are the
     * names of products 0340, 0342 and 0349. Sources: the page's notice "Changes in weight limit for
     * Pickup Parcel (0340) and Pickup Parcel Bulk (0342) to Denmark" (both weight limits); Bring's
     * announcements of the decommissioning of 9650 and the suspension of 3639 to the US, as the
     * project's Bring reference notes them ("Rules change by date").
     */
    public static final List<DatedRule> DATED_RULES = List.of(
            new WeightLimit(Set.of("0340", "PICKUP_PARCEL", "0342", "PICKUP_PARCEL_BULK"), Optional.of("DK"),
                    new BigDecimal("20"), LocalDate.of(2024, 2, 29),
                    "Pickup Parcel (0340) and Pickup Parcel Bulk (0342) to Denmark: at most 20 kg from 29 February 2024"),
            new WeightLimit(Set.of("0349", "HOME_DELIVERY_PARCEL"), Optional.empty(), new BigDecimal("35"),
                    LocalDate.of(2024, 2, 29), "Home Delivery Parcel (0349) allows parcels up to 35 kg"),
            new ProductWithdrawal(Set.of("9650"), Optional.empty(), BOOK_INPUT_070, LocalDate.of(2025, 9, 1),
                    "Return mailbox parcel (9650) is decommissioned from 1 September 2025"),
            new ProductWithdrawal(Set.of("3639"), Optional.of("US"), BOOK_INPUT_025, LocalDate.of(2025, 8, 22),
                    "Letter Packet (3639) to the US is suspended from 22 August 2025"));

    private static final String C = "consignments[0]";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    // the page: iossNumber "must be in the format IMxxxxxxxxxx (10 digits)"
    private static final Pattern IOSS = Pattern.compile("IM\\d{10}");
    // the page: loadMeters "Maximum value is 49.9"
    private static final BigDecimal MAX_LOAD_METERS = new BigDecimal("49.9");
    // the catalogue: BOOK_VALIDATION-019 "Maximum 10 dangerous goods vases are allowed in a request"
    private static final int MAX_DANGEROUS_GOODS = 10;
    // the page: "For 5600 the date cannot be set to more than current date + 10 days"
    private static final Duration MAX_DAYS_AHEAD_5600 = Duration.ofDays(10);

    private BookingRules() {
    }

    /**
     * Checks a booking request before it is sent, with the dated rules in force.
     *
     * @param request the request
     * @param now     the current time (dates in the future and dated rules depend on it)
     * @return every violation, empty when the request is valid
     */
    public static List<Violation> violations(BookingRequest request, Instant now) {
        return violations(request.consignment(), now, DATED_RULES);
    }

    /**
     * Checks a consignment against Bring's rules and a given set of dated rules.
     *
     * @param consignment the consignment
     * @param now         the current time
     * @param datedRules  the dated rules to apply
     * @return every violation
     */
    public static List<Violation> violations(Consignment consignment, Instant now, List<DatedRule> datedRules) {
        Violations v = new Violations();
        // the page and the xsd: shippingDateTime Required
        v.require(consignment.shippingDateTime().isPresent(), C + ".shippingDateTime", BOOK_INPUT_012, "must be given");
        parties(v, consignment.parties());
        // the page and the xsd: product Required
        v.require(consignment.product().isPresent(), C + ".product", BOOK_INPUT_008, "must be given");
        consignment.product().ifPresent(p -> product(v, p, consignment));
        consignment.returnProduct().ifPresent(r -> {
            // the page: returnProduct.id Required
            v.requireText(r.id(), C + ".returnProduct.id", BOOK_INPUT_083);
            additionalServices(v, C + ".returnProduct.additionalServices", r.additionalServices(), consignment);
        });
        packages(v, consignment);
        dates(v, consignment, now);
        LocalDate today = BringTime.today(now);
        datedRules.forEach(rule -> v.addAll(rule.violations(consignment, today)));
        return v.toList();
    }

    /**
     * Checks a consignment against the customer numbers and products the user may book
     * (GET {@code /customers}): an unknown customer number ({@code BOOK-INPUT-021}), a product the
     * customer may not book from the sender's country ({@code BOOK-INPUT-029}), a return product
     * it may not book ({@code BOOK-INPUT-083}).
     *
     * @param consignment the consignment
     * @param customers   the user's customers
     * @return the violations
     */
    public static List<Violation> violationsAgainst(Consignment consignment, List<BookingCustomer> customers) {
        // the user's own customer list (GET /customers): which customer numbers and products the user may book
        Violations v = new Violations();
        consignment.product().filter(p -> !p.customerNumber().isBlank()).ifPresent(product -> {
            List<BookingCustomer> entries = customers.stream()
                    .filter(c -> c.customerNumber().equals(product.customerNumber().strip())).toList();
            if (entries.isEmpty()) {
                v.add(C + ".product.customerNumber", BOOK_INPUT_021,
                        "is not a customer number of this user: " + product.customerNumber());
                return;
            }
            String senderCountry = consignment.parties().sender().map(BookingParty::countryCode).orElse("");
            if (!product.id().isBlank() && !senderCountry.isBlank()) {
                v.require(entries.stream().anyMatch(c -> c.countryCode().equalsIgnoreCase(senderCountry)
                                && offers(c, product.id())), C + ".product.id", BOOK_INPUT_029,
                        "customer number " + product.customerNumber() + " may not book product " + product.id()
                                + " from " + senderCountry.toUpperCase(Locale.ROOT));
            }
            consignment.returnProduct().filter(r -> !r.id().isBlank()).ifPresent(r ->
                    v.require(entries.stream().anyMatch(c -> offers(c, r.id())), C + ".returnProduct.id", BOOK_INPUT_083,
                            "customer number " + product.customerNumber() + " may not book return product " + r.id()));
        });
        return v.toList();
    }

    private static boolean offers(BookingCustomer customer, String productId) {
        return customer.products().stream().anyMatch(p -> p.equalsIgnoreCase(productId.strip()));
    }

    private static void parties(Violations v, Parties parties) {
        // the page and the xsd: sender and recipient Required
        v.require(parties.sender().isPresent(), C + ".parties.sender", BOOK_INPUT_006, "must be given");
        v.require(parties.recipient().isPresent(), C + ".parties.recipient", BOOK_INPUT_007, "must be given");
        parties.sender().ifPresent(p -> party(v, C + ".parties.sender", p));
        parties.recipient().ifPresent(p -> party(v, C + ".parties.recipient", p));
        parties.consignor().ifPresent(p -> party(v, C + ".parties.consignor", p));
        parties.consignee().ifPresent(p -> party(v, C + ".parties.consignee", p));
        parties.importer().ifPresent(p -> party(v, C + ".parties.importer", p));
        parties.returnTo().ifPresent(p -> party(v, C + ".parties.returnTo", p));
        parties.pickupPoint().ifPresent(point -> {
            // the page: pickupPoint id and countryCode Required; the catalogue: PICKUP-INPUT-011 and -012
            v.require(!point.id().isBlank() && !point.countryCode().isBlank(), C + ".parties.pickupPoint",
                    PICKUP_INPUT_011, "must have both id and countryCode");
            parties.recipient().filter(r -> !r.countryCode().isBlank() && !point.countryCode().isBlank()).ifPresent(r ->
                    v.require(r.countryCode().equalsIgnoreCase(point.countryCode()), C + ".parties.pickupPoint.countryCode",
                            PICKUP_INPUT_012, "must be the recipient's country " + r.countryCode()));
        });
    }

    // the page, for every party: name, addressLine, postalCode, city and countryCode Required; "Max length"
    // 35 for addressLine, addressLine2, city and reference, 70 for additionalAddressInfo, 12 for vatNumber,
    // 60 for contact.email; countryCode a "Two-letter ISO-3166-1 country code"
    private static void party(Violations v, String field, BookingParty party) {
        v.requireText(party.name(), field + ".name", BOOK_INPUT_014)
                .requireText(party.addressLine(), field + ".addressLine", BOOK_INPUT_015)
                .maxLength(party.addressLine(), 35, field + ".addressLine", BOOK_INPUT_001)
                .maxLength(party.addressLine2(), 35, field + ".addressLine2", BOOK_INPUT_001)
                .requireText(party.postalCode(), field + ".postalCode", BOOK_INPUT_057)
                .requireText(party.city(), field + ".city", BOOK_INPUT_016)
                .maxLength(party.city(), 35, field + ".city", BOOK_INPUT_001)
                .requireText(party.countryCode(), field + ".countryCode", BOOK_INPUT_017)
                .maxLength(party.reference(), 35, field + ".reference", BOOK_INPUT_001)
                .maxLength(party.additionalAddressInfo(), 70, field + ".additionalAddressInfo", BOOK_INPUT_001)
                .maxLength(party.vatNumber(), 12, field + ".vatNumber", BOOK_INPUT_001)
                .maxLength(party.contact().flatMap(BookingContact::email), 60, field + ".contact.email", BOOK_INPUT_001);
        if (!party.countryCode().isBlank()) {
            v.require(isCountry(party.countryCode()), field + ".countryCode", BOOK_INPUT_028,
                    "must be a two-letter ISO 3166-1 country code, was " + party.countryCode());
        }
    }

    private static void product(Violations v, Product product, Consignment consignment) {
        String field = C + ".product";
        // the page: id and customerNumber Required; messageForRecipient "Max length: 400". The page's
        // "Max length: 35" of customerNumber is not checked: Bring's nonStandardCourier example sends 51.
        v.requireText(product.id(), field + ".id", BOOK_INPUT_018)
                .requireText(product.customerNumber(), field + ".customerNumber", BOOK_INPUT_019)
                .maxLength(product.messageForRecipient(), 400, field + ".messageForRecipient", BOOK_INPUT_061);
        // the page: nonStandardCourierProductCode "is mandatory when request is for Non Standard Courier"; which
        // other products take one ("courier customized services", BOOK-INPUT-082) is Bring's to say
        boolean nonStandardCourier = product.id().equalsIgnoreCase(ProductGroups.NON_STANDARD_COURIER);
        v.require(!nonStandardCourier || product.nonStandardCourierProductCode().isPresent(),
                field + ".nonStandardCourierProductCode", BOOK_INPUT_081, "must be given for " + product.id());
        additionalServices(v, field + ".additionalServices", product.additionalServices(), consignment);
        product.customs().ifPresent(customs -> customs(v, field + ".ediCustomsDeclarations", customs, consignment));
    }

    private static void additionalServices(Violations v, String field, List<AdditionalService> services,
                                           Consignment consignment) {
        long dangerousGoods = services.stream().filter(s -> s.dangerousGoods().isPresent()).count();
        v.require(dangerousGoods <= MAX_DANGEROUS_GOODS, field, BOOK_VALIDATION_019,
                "must have at most " + MAX_DANGEROUS_GOODS + " dangerous goods services, has " + dangerousGoods);
        for (int i = 0; i < services.size(); i++) {
            AdditionalService s = services.get(i);
            String f = field + "[" + i + "]";
            // the page: additionalServices[].id Required
            v.requireText(s.id(), f + ".id", BOOK_INPUT_001);
            if (s.is(AdditionalService.EVARSLING)) {
                // the catalogue: BOOK_VALIDATION-002 "A valid mobile phone number or email address is required for
                // eVarsling", without saying where; BOOK_VALIDATION-011 asks for "a valid recipient mobile number or email
                // address" for notification, and the recipient's contact carries both: either place will do (issue 13)
                v.require(s.email().isPresent() || s.mobile().isPresent() || recipientIsReachable(consignment), f,
                        BOOK_VALIDATION_002, "must have a mobile phone number or e-mail address, on the service or in "
                                + "the recipient's contact");
            }
            // the catalogue: BOOK-INPUT-037 "amount, currency and account are required" for cash on delivery
            if (s.is(AdditionalService.CASH_ON_DELIVERY, AdditionalService.POSTOPPKRAV)) {
                v.require(s.cashOnDelivery().isPresent(), f, BOOK_INPUT_037, "must have account number, amount and currency");
            }
            s.cashOnDelivery().ifPresent(cod -> cashOnDelivery(v, f, cod));
            // the catalogue: BOOK-INPUT-048 and -049 (UN number, commodity), BOOK-INPUT-091 (a UN number of four).
            // The weight is not required: BOOK-INPUT-085 asks for "weight or volume", and a volume is not typed here.
            if (s.is(AdditionalService.DANGEROUS_GOODS)) {
                v.require(s.dangerousGoods().isPresent(), f, BOOK_INPUT_048, "must declare the dangerous goods");
            }
            s.dangerousGoods().ifPresent(dg -> v.requireText(dg.unNumber(), f + ".unNumber", BOOK_INPUT_048)
                    .require(dg.unNumber().isBlank() || dg.unNumber().strip().length() == 4, f + ".unNumber",
                            BOOK_INPUT_091, "must be four characters long, was " + dg.unNumber())
                    .requireText(dg.commodity(), f + ".commodity", BOOK_INPUT_049));
            // the catalogue: BOOK-INPUT-062 "Missing required message input for delivery indoor"
            if (s.is(AdditionalService.DELIVERY_INDOOR)) {
                v.require(s.message().isPresent(), f + ".message", BOOK_INPUT_062, "must be given");
            }
        }
    }

    private static boolean recipientIsReachable(Consignment consignment) {
        return consignment.parties().recipient().flatMap(BookingParty::contact)
                .filter(c -> c.email().isPresent() || c.phoneNumber().isPresent()).isPresent();
    }

    // the catalogue: BOOK-INPUT-037 (account, amount, currency; an absent amount reads as 0), BOOK-INPUT-054
    // ("amount with two decimal places only"), BOOK-INPUT-036 ("use ISO 4217 currency code")
    private static void cashOnDelivery(Violations v, String field, CashOnDelivery cod) {
        v.requireText(cod.accountNumber(), field + ".accountNumber", BOOK_INPUT_037)
                .requireText(cod.currencyCode(), field + ".currencyCode", BOOK_INPUT_037)
                .require(cod.amount().signum() > 0, field + ".amount", BOOK_INPUT_037, "must be greater than 0")
                .require(cod.hasTwoDecimalsAtMost(), field + ".amount", BOOK_INPUT_054,
                        "must have at most two decimals, was " + cod.amount().toPlainString());
        if (!cod.currencyCode().isBlank()) {
            v.require(isCurrency(cod.currencyCode()), field + ".currencyCode", BOOK_INPUT_036,
                    "must be an ISO 4217 currency code, was " + cod.currencyCode());
        }
    }

    // the page: natureOfTransaction Required; iossNumber "IMxxxxxxxxxx (10 digits). Only valid when
    // natureOfTransaction is of type SALE_OF_GOODS ... cannot be combined with a reference field on the sender";
    // per line quantity, goodsDescription (Max length 35), itemNetWeightInKg, tarriffLineAmount and currency
    // Required, currency of 3 and countryOfOrigin of 2 characters. The catalogue: BOOK_VALIDATION-012 ("A valid
    // quantity, goods description, tariff line amount and item net weight"), -013, -025, -027, -028,
    // BOOK-INPUT-036 (ISO 4217), BOOK-INPUT-028 (country code)
    private static void customs(Violations v, String field, CustomsDeclaration customs, Consignment consignment) {
        v.require(customs.natureOfTransaction().isPresent(), field + ".natureOfTransaction", BOOK_VALIDATION_013, "must be given");
        customs.iossNumber().ifPresent(ioss -> {
            v.require(IOSS.matcher(ioss).matches(), field + ".iossNumber", BOOK_VALIDATION_025,
                            "must be IM followed by ten digits, was " + ioss)
                    .require(customs.natureOfTransaction().map(n -> n == NatureOfTransaction.SALE_OF_GOODS).orElse(true),
                            field + ".iossNumber", BOOK_VALIDATION_028, "is only valid for SALE_OF_GOODS")
                    .require(consignment.parties().sender().flatMap(BookingParty::reference).isEmpty(),
                            field + ".iossNumber", BOOK_VALIDATION_027, "cannot be combined with a sender reference");
        });
        for (int i = 0; i < customs.lines().size(); i++) {
            CustomsLine line = customs.lines().get(i);
            String f = field + ".ediCustomsDeclaration[" + i + "]";
            v.require(line.quantity().map(q -> q > 0).orElse(false), f + ".quantity", BOOK_VALIDATION_012,
                            "must be a quantity greater than 0")
                    .requireText(line.goodsDescription(), f + ".goodsDescription", BOOK_VALIDATION_012)
                    .maxLength(line.goodsDescription(), 35, f + ".goodsDescription", BOOK_INPUT_001)
                    .require(line.itemNetWeightInKg().map(w -> w.signum() > 0).orElse(false), f + ".itemNetWeightInKg",
                            BOOK_VALIDATION_012, "must be a weight greater than 0")
                    .require(line.tariffLineAmount().isPresent(), f + ".tarriffLineAmount", BOOK_VALIDATION_012, "must be given")
                    .require(isCurrency(line.currency()), f + ".currency", BOOK_INPUT_036,
                            "must be an ISO 4217 currency code, was '" + line.currency() + "'");
            line.countryOfOrigin().ifPresent(country -> v.require(isCountry(country), f + ".countryOfOrigin",
                    BOOK_INPUT_028, "must be a two-letter ISO 3166-1 country code, was " + country));
        }
    }

    private static void packages(Violations v, Consignment consignment) {
        List<BookingPackage> packages = consignment.packages();
        // the catalogue: BOOK-INPUT-009 "Package or Package Group must be specified"
        v.require(!packages.isEmpty(), C + ".packages", BOOK_INPUT_009, "must have at least one package");
        String productId = consignment.product().map(Product::id).orElse("");
        boolean cargo = ProductGroups.contains(ProductGroups.CARGO, productId);
        boolean homeDelivery = ProductGroups.contains(ProductGroups.HOME_DELIVERY, productId);
        for (int i = 0; i < packages.size(); i++) {
            BookingPackage p = packages.get(i);
            String f = C + ".packages[" + i + "]";
            // the page: goodsDescription "Max length: 35", heightInCm, widthInCm and lengthInCm Required (an absent
            // side reads as 0), loadMeters "Maximum value is 49.9". A weight is not required of every package: Bring
            // documents "Parcel Services without measurements" without one.
            v.maxLength(p.goodsDescription(), 35, f + ".goodsDescription", BOOK_INPUT_001)
                    .require(p.dimensions().map(Dimensions::arePositive).orElse(true), f + ".dimensions", BOOK_INPUT_001,
                            "must be greater than 0 on every side")
                    .require(p.loadMeters().map(l -> l.compareTo(MAX_LOAD_METERS) <= 0).orElse(true), f + ".loadMeters",
                            BOOK_INPUT_001, "must be at most 49.9");
            // the old RAML: "For cargo services (5100, 5300, CARGO, 9100), Weight is mandatory and one of the Volume /
            // Load Meter / Dimensions / Number of Pallets is mandatory"
            if (cargo) {
                v.require(p.weightInKg().isPresent(), f + ".weightInKg", BOOK_INPUT_002,
                                "must be given for cargo product " + productId)
                        .require(p.volumeInDm3().isPresent() || p.loadMeters().isPresent() || p.dimensions().isPresent()
                                || p.numberOfPallets().isPresent(), f, BOOK_INPUT_013,
                        "must give volume, load meters, dimensions or number of pallets for cargo product " + productId);
            }
            // the old RAML: "For home delivery services (DOUBLE_INDOOR, CURBSIDE, DOUBLE_INDOOR_EVENING,
            // CURBSIDE_EVENING), Weight is mandatory and one of Volume / Dimensions are mandatory"; the page's
            // packageType enum and BOOK-INPUT-071 name the home delivery package types
            if (homeDelivery) {
                v.require(p.weightInKg().isPresent(), f + ".weightInKg", BOOK_INPUT_002,
                                "must be given for home delivery product " + productId)
                        .require(p.volumeInDm3().isPresent() || p.dimensions().isPresent(), f, BOOK_INPUT_013,
                                "must give volume or dimensions for home delivery product " + productId)
                        .require(p.packageType().map(t -> ProductGroups.HOME_DELIVERY_PACKAGE_TYPES.contains(t)).orElse(true),
                                f + ".packageType", BOOK_INPUT_071,
                                "must be one of " + ProductGroups.HOME_DELIVERY_PACKAGE_TYPES + " for home delivery");
            }
        }
    }

    // the catalogue: CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001 and -006, CUSTOMER_SPECIFIED_DISPATCH_DATE-INPUT-001
    // and -006, CUSTOMER_SPECIFIED_DELIVERY-INPUT-002 and -003 (in the future, after the shipping date, on one day);
    // the page: the 10 days of 5600. Which products take which date ("is valid for Products: PA_DOREN, 5600 or
    // OIL_EXPRESS", "3622", "outgoing home delivery products") is Bring's to say: those lists come from error texts.
    private static void dates(Violations v, Consignment consignment, Instant now) {
        String productId = consignment.product().map(Product::id).orElse("");
        Optional<Instant> shipping = consignment.shippingDateTime();
        consignment.customerSpecifiedDeliveryDateTime().ifPresent(delivery -> {
            String f = C + ".customerSpecifiedDeliveryDateTime";
            v.require(delivery.isAfter(now), f, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_001, "must be in the future")
                    .require(shipping.map(delivery::isAfter).orElse(true), f, CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_006,
                            "must be after the shipping date");
            if (productId.equals("5600")) {
                v.require(!BringTime.today(delivery).isAfter(BringTime.today(now.plus(MAX_DAYS_AHEAD_5600))), f,
                        CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_005, "can be at most 10 days ahead for 5600");
            }
        });
        consignment.customerSpecifiedDispatchDateTime().ifPresent(dispatch -> {
            String f = C + ".customerSpecifiedDispatchDateTime";
            v.require(dispatch.isAfter(now), f, CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_001, "must be in the future")
                    .require(shipping.map(dispatch::isAfter).orElse(true), f, CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_006,
                            "must be after the shipping date");
        });
        consignment.deliveryWindow().ifPresent(window -> {
            String f = C + ".customerSpecifiedDelivery";
            v.require(BringTime.today(window.start()).equals(BringTime.today(window.end())), f,
                            CUSTOMER_SPECIFIED_DELIVERY_INPUT_002, "must start and end on the same date")
                    .require(window.start().isAfter(now) && window.end().isAfter(now), f,
                            CUSTOMER_SPECIFIED_DELIVERY_INPUT_003, "must be in the future");
        });
    }

    private static boolean isCountry(String code) {
        return COUNTRIES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return code.strip().length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
