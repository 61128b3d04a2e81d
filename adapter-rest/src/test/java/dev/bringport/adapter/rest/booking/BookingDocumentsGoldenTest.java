package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.CashOnDelivery;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.CustomsDeclaration;
import dev.bringport.domain.booking.CustomsLine;
import dev.bringport.domain.booking.DangerousGoods;
import dev.bringport.domain.booking.Incoterm;
import dev.bringport.domain.booking.NatureOfTransaction;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every booking and pickup request Bring has documented, read into domain values by
 * {@link BookingDocuments}: all of them read, except the four that are broken as published
 * (refused with a message that says why); a representative set is checked value by value, in
 * both formats and in the old and new ways of asking for services and pickups.
 */
class BookingDocumentsGoldenTest {

    /** The examples that cannot be sent as published, and what the refusal says. */
    static final Map<String, String> BROKEN = Map.of(
            "deliveryOption.json", "was expecting double-quote to start field name (line 44, column 18)",
            "deliveryOption.xml", "testIndicator must be true or false (BOOK-INPUT-030)",
            "express.json", "testIndicator must be true or false (BOOK-INPUT-030)",
            "express.xml", "testIndicator must be true or false (BOOK-INPUT-030)");

    private static final String OSLO_INSTRUCTION = "Hentes på baksiden etter klokken to";

    static List<String> bookingRequests() {
        return BringExamples.bookingRequests();
    }

    static List<String> pickupRequests() {
        return BringExamples.pickupRequests();
    }

    private static BookingRequest booking(String example) {
        return BookingDocuments.bookingRequest(BringExamples.bytes(example));
    }

    private static PickupOrder pickup(String example) {
        return BookingDocuments.pickupOrder(BringExamples.bytes(example));
    }

    @Test
    void everyDocumentedRequestIsCovered() {
        assertThat(bookingRequests()).hasSize(54).contains("page-booking-request.json", "page-booking-request.xml");
        assertThat(pickupRequests()).hasSize(12).contains("page-pickuporder-request.json", "page-pickuporder-request.xml");
    }

    @ParameterizedTest
    @MethodSource("bookingRequests")
    void everyBookingRequestReadsExceptTheBrokenOnes(String example) {
        if (BROKEN.containsKey(example)) {
            assertThatIllegalArgumentException().isThrownBy(() -> booking(example))
                    .withMessageContaining(BROKEN.get(example));
        } else {
            assertThatNoException().isThrownBy(() -> booking(example));
            assertThat(booking(example).consignment().shippingDateTime()).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("pickupRequests")
    void everyPickupRequestReads(String example) {
        PickupOrder order = pickup(example);
        assertThat(order.pickupDate()).isPresent();
        assertThat(order.details().isEmpty()).isFalse();
    }

    @Test
    void theTrailingCommaOfDeliveryOptionJsonIsRefusedWithWhereItIs() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking("deliveryOption.json"))
                .withMessage("not a JSON bookingRequest the library can read: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name (line 44, column 18)");
    }

    // --- bookings -------------------------------------------------------------------------------

    private static BookingParty olaNordmann(String postalCode, String instruction) {
        return olaNordmann(postalCode, instruction, "NO");
    }

    private static BookingParty olaNordmann(String postalCode, String instruction, String countryCode) {
        return BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode(postalCode)
                .city("OSLO").countryCode(countryCode).reference("1234").additionalAddressInfo(instruction)
                .contact(BookingContact.of("Trond Nordmann", "trond@nordmanntest.no", "99999999")).build();
    }

    private static BookingParty toreMottaker(String countryCode, String phone) {
        return BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                .addressLine2("c/o Tina Mottaker").postalCode("0659").city("OSLO").countryCode(countryCode)
                .reference("43242").additionalAddressInfo("Bruk ringeklokken")
                .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", phone)).build();
    }

    private static BookingPackage testingEquipment(String weight) {
        return BookingPackage.builder().correlationId("PACKAGE-123").weightInKg(weight)
                .goodsDescription("Testing equipment").dimensions(13, 23, 10).build();
    }

    @Test
    void basicRequestNewJsonWithDatesWithoutOffsetInNorway() {
        BookingParty sender = olaNordmann("0263", OSLO_INSTRUCTION, "no");
        BookingRequest expected = BookingRequest.test(Consignment.builder().correlationId("INTERNAL-123456")
                .shippingDateTime(Instant.parse("2020-05-05T08:00:00Z"))
                .customerSpecifiedDeliveryDateTime(Instant.parse("2020-05-11T08:00:00Z"))
                .sender(sender).recipient(toreMottaker("no", "88888888"))
                .product(Product.builder("5600", "5")
                        .additionalService(AdditionalService.eVarsling("recipient@recipient.com", "97777777")).build())
                .addPackage(testingEquipment("1.1")).build());

        assertThat(booking("basicRequestNew.json")).isEqualTo(expected);
    }

    @Test
    void basicRequestNewXmlWithAnOffsetAndAMidnightInNorway() {
        BookingRequest read = booking("basicRequestNew.xml");

        assertThat(read.testIndicator()).isTrue();
        Consignment c = read.consignment();
        assertThat(c.correlationId()).contains("INTERNAL-123456");
        assertThat(c.shippingDateTime()).contains(Instant.parse("2020-05-05T19:31:33.007Z"));
        assertThat(c.customerSpecifiedDeliveryDateTime()).contains(Instant.parse("2020-05-10T22:00:00Z"));
        assertThat(c.parties().sender()).contains(olaNordmann("0263", OSLO_INSTRUCTION, "no"));
        assertThat(c.parties().recipient()).contains(toreMottaker("no", "88888888"));
        assertThat(c.parties().pickupPoint()).isEmpty();
        assertThat(c.product()).contains(Product.builder("5600", "5")
                .additionalService(AdditionalService.eVarsling("sender@sender.com", "12345")).build());
        assertThat(c.packages()).containsExactly(testingEquipment("1.1"));
    }

    private static AdditionalService postoppkrav(String amount) {
        return new AdditionalService(AdditionalService.POSTOPPKRAV, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new CashOnDelivery("12345678903", Optional.empty(), new BigDecimal(amount), "NOK",
                        Optional.of(new CashOnDelivery.PaymentMessage("A valid customer identification number",
                                CashOnDelivery.PaymentMessage.KID)))),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void cashOnDeliveryTheOldServicesWayBecomesTheAdditionalServicePostoppkrav() {
        BookingRequest expected = BookingRequest.test(Consignment.builder().correlationId("INTERNAL-123456")
                .shippingDateTime(Instant.ofEpochMilli(1447751168645L))
                .sender(olaNordmann("0263", OSLO_INSTRUCTION)).recipient(toreMottaker("NO", "+46700000000"))
                .product(Product.builder("SERVICEPAKKE", "*************").additionalService(postoppkrav("1000")).build())
                .addPackage(testingEquipment("1.1")).build());

        assertThat(booking("cashOnDelivery.json")).isEqualTo(expected);
    }

    @Test
    void cashOnDeliveryXmlWithIndentedValues() {
        BookingRequest read = booking("cashOnDelivery.xml");

        Consignment c = read.consignment();
        assertThat(c.shippingDateTime()).contains(Instant.parse("2015-11-17T09:06:08.541Z"));
        assertThat(c.parties().sender()).contains(olaNordmann("0263", OSLO_INSTRUCTION));
        assertThat(c.parties().recipient()).contains(toreMottaker("NO", "+46700000000"));
        assertThat(c.product()).contains(Product.builder("SERVICEPAKKE", "*************")
                .additionalService(postoppkrav("1000.0")).build());
        assertThat(c.packages()).containsExactly(testingEquipment("1.1"));
    }

    private static List<CustomsLine> customsLines() {
        return List.of(
                CustomsLine.of(2, "shampoo", "33.05.1000", new BigDecimal("3.0"), new BigDecimal("200"), "NOK", "CH"),
                CustomsLine.of(5, "cotton t-shirts", "61.09.1000", new BigDecimal("2.5"), new BigDecimal("1000"), "NOK", "PL"),
                CustomsLine.of(1, "wool jacket", "61.04.3100", new BigDecimal("2.0"), new BigDecimal("750"), "NOK", "DE"));
    }

    @Test
    void customsDeclarationJsonWithItsThreeLines() {
        BookingParty recipient = BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                .addressLine2("c/o Tina Mottaker").postalCode("12000").city("Stockholm").countryCode("SE")
                .reference("43242").additionalAddressInfo("Bruk ringeklokken").vatNumber("12345")
                .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", "+46700000000")).build();
        BookingRequest expected = BookingRequest.test(Consignment.builder().correlationId("INTERNAL-123456")
                .shippingDateTime(Instant.parse("2019-03-05T15:24:00Z"))
                .sender(olaNordmann("0263", OSLO_INSTRUCTION)).recipient(recipient)
                .product(Product.builder("BUSINESS_PARCEL", "PARCELS_NORWAY-***********")
                        .customs(CustomsDeclaration.of(NatureOfTransaction.GIFT, customsLines())).build())
                .addPackage(BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("5.0")
                        .goodsDescription("Testing equipment").dimensions(10, 10, 10).build()).build());

        assertThat(booking("customsDeclaration.json")).isEqualTo(expected);
    }

    @Test
    void customsDeclarationXmlWithAPurchaseOrderAndAnOldRecipientNotification() {
        Consignment c = booking("customsDeclaration.xml").consignment();

        assertThat(c.shippingDateTime()).contains(Instant.parse("2019-03-04T21:05:39.454Z"));
        assertThat(c.purchaseOrderNumbers()).containsExactly("12345");
        assertThat(c.parties().recipient().orElseThrow().countryCode()).isEqualTo("se");
        assertThat(c.product()).contains(Product.builder("BUSINESS_PARCEL", "PARCELS_NORWAY-***********")
                .additionalService(AdditionalService.eVarsling("sender@sender.com", "777777"))
                .customs(CustomsDeclaration.of(NatureOfTransaction.GIFT, customsLines())).build());
        assertThat(c.packages()).containsExactly(BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("5")
                .dimensions(10, 10, 10).build());
    }

    @Test
    void bciDangerousGoodsJsonConvertedFromXmlReadsAsTheXmlDoes() {
        BookingRequest json = booking("bciDangerousGoods.json");
        BookingRequest xml = booking("bciDangerousGoods.xml");

        Consignment c = json.consignment();
        assertThat(json.testIndicator()).isTrue();
        assertThat(c.correlationId()).contains("INTERNAL-123456");
        assertThat(c.shippingDateTime()).contains(Instant.ofEpochMilli(1470414939000L));
        assertThat(c.parties().consignor().orElseThrow().vatNumber()).contains("1000-1028527");
        assertThat(c.parties().consignee().orElseThrow().postalCode()).isEqualTo("10115");
        assertThat(c.product()).contains(Product.builder("CARGO_INTERNATIONAL", "*********").incotermRule(Incoterm.DDP)
                .additionalService(AdditionalService.dangerousGoods(new DangerousGoods(Optional.of("1236"),
                        Optional.of(500000), "1560", "ARSENTRIKLORID", Optional.of("I"), "1", Optional.empty(),
                        Optional.of("6.1"), Optional.empty())))
                .build());
        assertThat(c.packages()).containsExactly(BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("1.1")
                .dimensions(10, 10, 10).build());

        assertThat(xml.consignment().shippingDateTime()).contains(Instant.parse("2016-08-05T21:05:39.454Z"));
        assertThat(withShipping(xml, c.shippingDateTime().orElseThrow()))
                .as("the XML differs in its shipping date and its masked customer number only")
                .isEqualTo(withCustomerNumber(json, "************"));
    }

    @Test
    void mailboxParcelWithReturnProductAndAnEmptyAddressLine2() {
        BookingParty returnTo = BookingParty.builder().name("ABC").addressLine("Alf Bjerckes vei 29").postalCode("0582")
                .city("OSLO").countryCode("NO").build();
        BookingParty sender = BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("0263")
                .city("OSLO").countryCode("NO").reference("1234")
                .contact(BookingContact.of("Trond Nordmann", "trond@nordmanntest.no", "99999999")).build();
        BookingParty recipient = BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                .addressLine2("c/o Tina Mottaker").postalCode("0659").city("OSLO").countryCode("NO").reference("43242")
                .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", "+46700000000")).build();
        BookingRequest expected = BookingRequest.test(Consignment.builder().correlationId("INTERNAL-123456")
                .shippingDateTime(Instant.parse("2019-10-22T10:30:00Z")).sender(sender).recipient(recipient)
                .returnTo(returnTo)
                .product(Product.builder("3584", "*************").additionalService(AdditionalService.of("1081")).build())
                .returnProduct(new ReturnProduct("9650", List.of(AdditionalService.of("1073"))))
                .addPackage(testingEquipment("1.1")).build());

        assertThat(booking("mailboxParcel_with_return_and_additional_vas.json")).isEqualTo(expected);
        assertThat(booking("mailboxParcel_with_return_and_additional_vas.xml").consignment().returnProduct())
                .contains(new ReturnProduct("3584", List.of(AdditionalService.of("1073"))));
    }

    @Test
    void thePagesJsonRequestWithFourParties() {
        Consignment c = booking("page-booking-request.json").consignment();

        assertThat(c.shippingDateTime()).contains(Instant.ofEpochMilli(1470846939000L));
        assertThat(c.parties().consignee().orElseThrow().vatNumber()).contains("1000-1028527");
        assertThat(c.parties().consignor().orElseThrow().additionalAddressInfo()).contains("Some pickup info");
        assertThat(c.parties().recipient().orElseThrow().contact()).contains(
                BookingContact.of("Tore Mottaker", "tore@mottakertest.no", "+49301234567"));
        assertThat(c.parties().sender().orElseThrow().addressLine2()).contains("Testsvingen 12");
        assertThat(c.product()).contains(Product.builder("CARGO_INTERNATIONAL", "CARGO-******")
                .incotermRule(Incoterm.DDP).build());
        assertThat(c.packages()).containsExactly(BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("1.1")
                .dimensions(10, 10, 10).build());
    }

    @Test
    void thePagesXmlRequestWithEpochMillisInXmlAndCargoMeasurements() {
        Consignment c = booking("page-booking-request.xml").consignment();

        assertThat(c.correlationId()).contains("123456");
        assertThat(c.shippingDateTime()).contains(Instant.ofEpochMilli(1470358449000L));
        assertThat(c.product()).contains(Product.of("5100", "***********"));
        assertThat(c.packages()).containsExactly(BookingPackage.builder().correlationId("123").loadMeters(BigDecimal.ONE)
                .numberOfPallets(2).volumeInDm3(new BigDecimal("2")).weightInKg("50").build());
    }

    private static BookingRequest withShipping(BookingRequest request, Instant shipping) {
        Consignment c = request.consignment();
        return new BookingRequest(request.testIndicator(), new Consignment(c.correlationId(), Optional.of(shipping),
                c.customerSpecifiedDeliveryDateTime(), c.customerSpecifiedDispatchDateTime(), c.deliveryWindow(),
                c.parties(), c.product(), c.packages(), c.returnProduct(), c.purchaseOrderNumbers(), c.generateQrCodes()));
    }

    private static BookingRequest withCustomerNumber(BookingRequest request, String customerNumber) {
        Consignment c = request.consignment();
        Product p = c.product().orElseThrow();
        Product other = new Product(p.id(), customerNumber, p.additionalServices(), p.customs(), p.incotermRule(),
                p.messageForRecipient(), p.nonStandardCourierProductCode(), p.deliveryOption(), p.whoPaysInvoice());
        return new BookingRequest(request.testIndicator(), new Consignment(c.correlationId(), c.shippingDateTime(),
                c.customerSpecifiedDeliveryDateTime(), c.customerSpecifiedDispatchDateTime(), c.deliveryWindow(),
                c.parties(), Optional.of(other), c.packages(), c.returnProduct(), c.purchaseOrderNumbers(),
                c.generateQrCodes()));
    }

    // --- pickups --------------------------------------------------------------------------------

    private static PickupAddress testsvingen(String phone) {
        return PickupAddress.of("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com", phone)
                .withMessageToDriver("Hentes på baksiden");
    }

    @Test
    void thePagesPickupOrderTheCurrentWayInJsonAndXml() {
        PickupOrder expected = PickupOrder.builder(PickupService.CARGO).countryCode("NO")
                .customer("*******", "Norsk Bedrift AS").address(testsvingen("+4712345678"))
                .pickupDate(LocalDate.of(2015, 12, 3)).readyAt(LocalTime.of(14, 26)).timeZone(ZoneId.of("Europe/Oslo"))
                .details(PickupDetails.packages(PickupItems.of(2, 1000, new BigDecimal("40")))).build();

        assertThat(pickup("page-pickuporder-request.json")).isEqualTo(expected);
        assertThat(pickup("page-pickuporder-request.xml")).as("messageToDriver in XML").isEqualTo(expected);
    }

    @Test
    void cargoPickupsTheDeprecatedCountsAndTheOldestWayReadAlike() {
        PickupOrder expected = PickupOrder.builder(PickupService.CARGO).countryCode("NO")
                .customer("*******", "Norsk Bedrift AS").address(testsvingen("99999999"))
                .pickupDate(LocalDate.of(2015, 12, 3)).readyAt(LocalTime.of(14, 26)).timeZone(ZoneId.of("Europe/Oslo"))
                .details(PickupDetails.packages(PickupItems.of(1, 70000, new BigDecimal("40")))).build();

        assertThat(pickup("pickuporder_CARGO_new_way.json")).isEqualTo(expected);
        assertThat(pickup("pickuporder_CARGO.json")).as("cargoInformation").isEqualTo(expected);
        PickupOrder xml = pickup("pickuporder_CARGO_new_way.xml");
        assertThat(xml.pickupDate()).contains(LocalDate.of(2015, 12, 4));
        assertThat(xml.readyAt()).contains(LocalTime.of(12, 28));
        assertThat(xml.details()).isEqualTo(expected.details());
        assertThat(pickup("pickuporder_CARGO.xml")).isEqualTo(xml);
    }

    @Test
    void parcelPickupsInNorwayACountOfZeroPostContainersIsNone() {
        PickupOrder expected = PickupOrder.builder(PickupService.PARCEL).countryCode("NO")
                .customer("************", "Norsk Bedrift AS").address(testsvingen("99999999"))
                .pickupDate(LocalDate.of(2015, 12, 3))
                .details(new PickupDetails(Optional.of(PickupItems.of(2)), Optional.of(PickupItems.of(1)), Optional.empty()))
                .build();

        assertThat(pickup("pickuporder_NO_new_way.json")).isEqualTo(expected);
        assertThat(pickup("pickuporder_NO.json")).as("parcelsInformation").isEqualTo(expected);
        PickupOrder xml = pickup("pickuporder_NO_new_way.xml");
        assertThat(xml.testIndicator()).isFalse();
        assertThat(xml.pickupDate()).contains(LocalDate.of(2019, 2, 4));
        assertThat(xml.details()).isEqualTo(expected.details());
        assertThat(pickup("pickuporder_NO.xml").details()).isEqualTo(expected.details());
    }

    @Test
    void parcelPickupsInSwedenTheTotalWeightGoesWithThePackages() {
        PickupOrder expected = PickupOrder.builder(PickupService.PARCEL).countryCode("SV")
                .customer("*************", "Svensk Bedrift AS")
                .address(PickupAddress.of("Testsvingen 12", "11234", "Stockholm", "svensk.bedrift@example.com", "99999999")
                        .withMessageToDriver("Hentes på baksiden"))
                .pickupDate(LocalDate.of(2015, 12, 3))
                .details(new PickupDetails(Optional.of(PickupItems.of(2, 2)), Optional.of(PickupItems.of(1)),
                        Optional.empty()))
                .build();

        assertThat(pickup("pickuporder_SE.json")).isEqualTo(expected);
        assertThat(pickup("pickuporder_SE.xml").details()).isEqualTo(expected.details());
    }
}
