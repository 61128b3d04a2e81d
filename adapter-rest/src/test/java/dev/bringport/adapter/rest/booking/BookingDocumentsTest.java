package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.format.WireFormat;
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
import dev.bringport.domain.booking.DeliveryWindow;
import dev.bringport.domain.booking.Incoterm;
import dev.bringport.domain.booking.NatureOfTransaction;
import dev.bringport.domain.booking.PickupPoint;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.domain.booking.WhoPaysInvoice;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import dev.bringport.ports.Operation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading request bodies: what the reader accepts (both ways of asking for services, unknown
 * fields, empty means absent, a byte order mark), what it refuses and how it says so, and that
 * what the adapter writes reads back to the same value, in both formats.
 */
class BookingDocumentsTest {

    private static BookingRequest booking(String body) {
        return BookingDocuments.bookingRequest(body.getBytes(StandardCharsets.UTF_8));
    }

    private static PickupOrder pickup(String body) {
        return BookingDocuments.pickupOrder(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String consignments(String... consignments) {
        return "{\"testIndicator\": true, \"schemaVersion\": 1, \"consignments\": [" + String.join(",", consignments) + "]}";
    }

    private static String product(String product) {
        return consignments("{\"shippingDateTime\": 1447751168645, \"product\": " + product + "}");
    }

    // --- round trips ----------------------------------------------------------------------------

    static Stream<Arguments> readableExamplesInBothFormats() {
        return BringExamples.bookingRequests().stream().filter(n -> !BookingDocumentsGoldenTest.BROKEN.containsKey(n))
                .flatMap(n -> Stream.of(Arguments.of(n, WireFormat.JSON), Arguments.of(n, WireFormat.XML)));
    }

    @ParameterizedTest(name = "{0} written as {1}")
    @MethodSource("readableExamplesInBothFormats")
    void everyReadableExampleReadsBackFromWhatTheAdapterWrites(String example, WireFormat format) {
        BookingRequest read = BookingDocuments.bookingRequest(BringExamples.bytes(example));

        byte[] written = RestBooking.body(Operation.BOOK, BookingRequestMapper.toDocument(read), format);

        assertThat(BookingDocuments.bookingRequest(written)).isEqualTo(read);
    }

    static BookingRequest everything() {
        BookingParty party = BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12")
                .addressLine2("Bygg B").postalCode("0263").city("OSLO").countryCode("NO").reference("1234")
                .additionalAddressInfo("Ring på").vatNumber("NO999999999")
                .contact(BookingContact.of("Trond", "trond@example.com", "+4799999999")).build();
        Instant shipping = Instant.parse("2026-02-02T08:00:00Z");
        DangerousGoods dg = new DangerousGoods(Optional.of("C-1"), Optional.of(500), "1560", "ARSENTRIKLORID", Optional.of("I"),
                "6.1", Optional.of("E"), Optional.of("6.1"), Optional.of(3));
        return BookingRequest.production(Consignment.builder().correlationId("ORDER-1").shippingDateTime(shipping)
                .customerSpecifiedDeliveryDateTime(shipping.plusSeconds(86_400))
                .customerSpecifiedDispatchDateTime(shipping.plusSeconds(3_600))
                .deliveryWindow(new DeliveryWindow(shipping.plusSeconds(90_000), shipping.plusSeconds(97_200)))
                .sender(party).recipient(party).consignor(party).consignee(party).importer(party).returnTo(party)
                .pickupPoint(new PickupPoint("736431", "DK"))
                .product(Product.builder("PICKUP_PARCEL", "6")
                        .additionalService(AdditionalService.eVarsling("a@example.com", "+4712345678"))
                        .additionalService(AdditionalService.cashOnDelivery(new CashOnDelivery("5050-1055", Optional.of("bankgiro"),
                                new BigDecimal("99.50"), "SEK", Optional.of(new CashOnDelivery.PaymentMessage("Faktura 1",
                                CashOnDelivery.PaymentMessage.TEXT)))))
                        .additionalService(AdditionalService.dangerousGoods(dg))
                        .additionalService(new AdditionalService("0003", Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.of(3), Optional.of(200)))
                        .additionalService(new AdditionalService(AdditionalService.DELIVERY_INDOOR, Optional.empty(),
                                Optional.empty(), Optional.of("Legg pakken i garasjen"), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty()))
                        .customs(new CustomsDeclaration(Optional.of(NatureOfTransaction.SALE_OF_GOODS), Optional.of("sale"),
                                Optional.of("IM1234567890"), List.of(CustomsLine.of(2, "shampoo", "33.05.1000",
                                new BigDecimal("0.5"), new BigDecimal("200"), "NOK", "CH"))))
                        .incotermRule(Incoterm.DAP).messageForRecipient("Hei").nonStandardCourierProductCode("CDA")
                        .deliveryOption("TWO_DELIVERIES_THEN_PIB").whoPaysInvoice(WhoPaysInvoice.THIRD_PARTY).build())
                .addPackage(BookingPackage.builder().correlationId("P-1").weightInKg("12.5").goodsDescription("Sofa")
                        .dimensions(100, 80, 200).volumeInDm3(new BigDecimal("1600")).loadMeters(new BigDecimal("0.4"))
                        .numberOfPallets(1).numberOfItems(2).packageType("pallet").containerId("C-1").isStackable(false)
                        .build())
                .addPackage(BookingPackage.builder().weightInKg("1").build())
                .returnProduct(new ReturnProduct("9350", List.of(AdditionalService.of("1073"))))
                .purchaseOrderNumber("PO-1").purchaseOrderNumber("PO-2").generateQrCodes(true).build());
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void everyFieldTheDomainCarriesSurvivesARoundTrip(WireFormat format) {
        BookingRequest request = everything();

        byte[] written = RestBooking.body(Operation.BOOK, BookingRequestMapper.toDocument(request), format);

        assertThat(BookingDocuments.bookingRequest(written)).isEqualTo(request);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void everyFieldOfAPickupSurvivesARoundTrip(WireFormat format) {
        PickupOrder order = PickupOrder.builder(PickupService.PARCEL).countryCode("NO").customer("5", "Norsk Bedrift AS")
                .address(new PickupAddress("Testsvingen 12", "0263", "OSLO", "a@example.com", "+4712345678",
                        Optional.of("Kari"), Optional.of("Hentes på baksiden"), Optional.of("Ring på")))
                .pickupDate(LocalDate.of(2026, 2, 2)).readyAt(LocalTime.of(14, 26, 30)).timeZone(ZoneId.of("Europe/Stockholm"))
                .details(new PickupDetails(Optional.of(PickupItems.of(2, 1000, new BigDecimal("40"))),
                        Optional.of(PickupItems.of(1, 300000)), Optional.of(PickupItems.of(3))))
                .production().build();

        byte[] written = RestBooking.body(Operation.ORDER_PICKUP, PickupOrderMapper.toDocument(order), format);

        assertThat(BookingDocuments.pickupOrder(written)).isEqualTo(order);
    }

    @Test
    void aPickupReadyOnTheMinuteIsWrittenAsHoursAndMinutes() throws Exception {
        PickupOrder order = BookingDocuments.pickupOrder(BringExamples.bytes("page-pickuporder-request.json"));

        byte[] written = RestBooking.body(Operation.ORDER_PICKUP, PickupOrderMapper.toDocument(order), WireFormat.JSON);

        assertThat(new ObjectMapper().readTree(written).get("pickupIsReadyAtTime").asText()).isEqualTo("14:26");
    }

    // --- what is accepted -----------------------------------------------------------------------

    @Test
    void unknownFieldsAreIgnoredEverywhere() {
        BookingRequest plain = booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\"}"));
        BookingRequest withNews = booking("{\"testIndicator\": true, \"brandNew\": {\"x\": [1]}, \"consignments\": [{"
                + "\"shippingDateTime\": 1447751168645, \"novelty\": \"yes\", \"product\": {\"id\": \"5000\", "
                + "\"customerNumber\": \"5\", \"code\": \"X\", \"flags\": [true]}}]}");

        assertThat(withNews).isEqualTo(plain);
    }

    @Test
    void emptyTextEmptyElementsAndNullsMeanAbsent() {
        BookingRequest json = booking(consignments("{\"correlationId\": \"\", \"shippingDateTime\": 1447751168645, "
                + "\"parties\": {\"sender\": {\"name\": \"A\", \"addressLine2\": \"\", \"reference\": null, \"contact\": {}}}, "
                + "\"pickupPoint\": null, \"packages\": null}"));
        BookingRequest xml = booking("<bookingRequest xmlns=\"http://www.bring.no/booking/\" testIndicator=\"true\">"
                + "<consignments><consignment correlationId=\"\"><shippingDateTime>1447751168645</shippingDateTime>"
                + "<parties><sender><name>A</name><addressLine2/><reference>  </reference><contact/></sender></parties>"
                + "<packages/></consignment></consignments></bookingRequest>");

        BookingParty sender = json.consignment().parties().sender().orElseThrow();
        assertThat(json.consignment().correlationId()).isEmpty();
        assertThat(sender.addressLine2()).isEmpty();
        assertThat(sender.reference()).isEmpty();
        assertThat(sender.contact()).isEmpty();
        assertThat(json.consignment().packages()).isEmpty();
        assertThat(xml).isEqualTo(json);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] xml = BringExamples.bytes("basicRequestNew.xml");
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);

        assertThat(BookingDocuments.bookingRequest(withBom)).isEqualTo(BookingDocuments.bookingRequest(xml));
    }

    @Test
    void everyServiceOfTheOldServicesObjectBecomesItsAdditionalService() {
        BookingRequest read = booking(product("{\"id\": \"SERVICEPAKKE\", \"customerNumber\": \"5\", \"services\": {"
                + "\"recipientNotification\": {\"email\": \"r@example.com\", \"mobile\": \"97777777\"}, "
                + "\"quickPackEnvelope\": \"true\", \"flexDelivery\": {\"message\": \"Garasjen\"}, "
                + "\"deliveryIndoors\": {\"message\": \"Gangen\"}, \"phoneNotification\": \"true\", \"nonFreeze\": true, "
                + "\"dangerousGoods\": {\"weightInGrams\": 500, \"unNumber\": \"1560\", \"commodity\": \"X\", \"dangerClass\": \"1\"}, "
                + "\"express\": \"true\", \"advisering\": \"true\", \"simpleDelivery\": \"true\", \"insurance\": \"true\", "
                + "\"saturdayDelivery\": \"true\", \"eveDelivery\": \"true\", \"eveningDelivery\": \"true\", "
                + "\"letterNotification\": \"false\", \"deliveryOption\": \"ONE_DELIVERY_THEN_PIB\"}}"));

        Product product = read.consignment().product().orElseThrow();
        assertThat(product.additionalServices()).extracting(AdditionalService::id).containsExactly("EVARSLING", "ENVELOPE",
                "FLEX_DELIVERY", "DELIVERY_INDOOR", "PHONENOTIFICATION", "NON_FREEZE", "DANGEROUS_GOODS", "OX_EXPRESS",
                "ADVISERING", "SIMPLE_DELIVERY", "INSURANCE", "LORDAGSUTKJORING", "EVE_DELIVERY");
        assertThat(product.additionalServices().get(0)).isEqualTo(AdditionalService.eVarsling("r@example.com", "97777777"));
        assertThat(product.additionalServices().get(2).message()).contains("Garasjen");
        assertThat(product.additionalServices().get(6).dangerousGoods().orElseThrow().unNumber()).isEqualTo("1560");
        assertThat(product.deliveryOption()).contains("ONE_DELIVERY_THEN_PIB");
    }

    @Test
    void aServiceAskedForBothWaysIsAskedForOnceTheNewWayWinning() {
        BookingRequest read = booking(product("{\"id\": \"SERVICEPAKKE\", \"customerNumber\": \"5\", "
                + "\"additionalServices\": [{\"id\": \"EVARSLING\", \"mobile\": \"1\"}], "
                + "\"services\": {\"recipientNotification\": {\"mobile\": \"2\"}}}"));

        assertThat(read.consignment().product().orElseThrow().additionalServices())
                .containsExactly(AdditionalService.eVarsling(null, "1"));
    }

    @Test
    void theDeliveryOptionIsWrittenInTheServicesObjectWhereTheCurrentSchemaKeepsIt() throws Exception {
        BookingRequest read = BookingDocuments.bookingRequest(BringExamples.bytes("parcelsWithoutmeasurements.json"));

        byte[] written = RestBooking.body(Operation.BOOK, BookingRequestMapper.toDocument(read), WireFormat.JSON);

        assertThat(read.consignment().product().orElseThrow().deliveryOption()).contains("ONE_DELIVERY_THEN_PIB");
        assertThat(new ObjectMapper().readTree(written).at("/consignments/0/product/services").toString())
                .isEqualTo("{\"deliveryOption\":\"ONE_DELIVERY_THEN_PIB\"}");
    }

    @Test
    void whoPaysInvoiceInEitherSpelling() {
        assertThat(booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\", \"whoPaysInvoice\": \"thirdParty\"}"))
                .consignment().product().orElseThrow().whoPaysInvoice()).contains(WhoPaysInvoice.THIRD_PARTY);
        assertThat(booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\", \"whoPaysInvoice\": \"THIRD_PARTY\"}"))
                .consignment().product().orElseThrow().whoPaysInvoice()).contains(WhoPaysInvoice.THIRD_PARTY);
    }

    @Test
    void absentTextBringRequiresReadsAsEmptySoThatTheRulesReportIt() {
        BookingRequest read = booking(consignments("{\"parties\": {\"sender\": {\"city\": \"OSLO\"}}, "
                + "\"product\": {\"additionalServices\": [{\"id\": \"1000\", \"accountNumber\": \"1\"}]}, "
                + "\"packages\": [{\"dimensions\": {\"heightInCm\": 10}}]}"));

        Consignment c = read.consignment();
        assertThat(c.parties().sender().orElseThrow().name()).isEmpty();
        assertThat(c.product().orElseThrow().id()).isEmpty();
        assertThat(c.product().orElseThrow().additionalServices().get(0).cashOnDelivery().orElseThrow().amount())
                .isEqualByComparingTo("0");
        assertThat(c.packages().get(0).dimensions().orElseThrow().widthInCm()).isZero();
        assertThat(c.shippingDateTime()).isEmpty();
    }

    // --- what is refused ------------------------------------------------------------------------

    @Test
    void aBookingOfSeveralConsignmentsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking(consignments("{\"correlationId\": \"A\"}", "{\"correlationId\": \"B\"}")))
                .withMessageContaining("Bring books one per request (BOOK-INPUT-005), found 2");
        assertThatIllegalArgumentException().isThrownBy(() -> booking(consignments()))
                .withMessageContaining("(BOOK-INPUT-004)");
    }

    @Test
    void aMissingTestIndicatorIsRefusedNotGuessed() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking("{\"consignments\": [{}]}"))
                .withMessageContaining("testIndicator must be true or false (BOOK-INPUT-030)");
        assertThatIllegalArgumentException().isThrownBy(() -> booking("{\"testIndicator\": \"maybe\", \"consignments\": [{}]}"))
                .withMessageContaining("testIndicator");
    }

    @Test
    void anotherSchemaVersionIsRefusedAndAMissingOneIsVersionOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking("{\"testIndicator\": true, \"schemaVersion\": 2, "
                + "\"consignments\": [{\"correlationId\": \"A\"}]}")).withMessageContaining("schemaVersion 2 is not supported");
        assertThat(booking("{\"testIndicator\": true, \"schemaVersion\": null, \"consignments\": [{\"correlationId\": \"A\"}]}")
                .testIndicator()).isTrue();
    }

    @Test
    void packageGroupsOfTheEarlierSchemaAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking(consignments(
                "{\"packageGroups\": [{\"totalWeightInKg\": 5, \"numberOfPackages\": 2}]}")))
                .withMessageContaining("packageGroups");
    }

    @Test
    void anOldServiceFlagThatIsNeitherTrueNorFalseIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\", "
                + "\"services\": {\"simpleDelivery\": \"yes\"}}")))
                .withMessageContaining("product.services.simpleDelivery must be true or false, was 'yes'");
        assertThatIllegalArgumentException().isThrownBy(() -> booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\", "
                + "\"services\": {\"letterNotification\": \"true\"}}")))
                .withMessageContaining("letterNotification has no additional service the library knows");
    }

    @Test
    void anEnumeratedValueBringDoesNotDocumentIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking(product("{\"id\": \"5000\", \"customerNumber\": \"5\", "
                + "\"incotermRule\": \"FOB\"}"))).withMessageContaining("product.incotermRule 'FOB' is not one of [DDP, DAP, FCA, EXW]");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsPlace() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking(consignments(
                "{\"packages\": [{\"weightInKg\": \"heavy\"}]}")))
                .withMessageContaining("(at consignments[0].packages[0].weightInKg)");
        assertThatIllegalArgumentException().isThrownBy(() -> booking(consignments("{\"shippingDateTime\": \"tomorrow\"}")))
                .withMessageContaining("not a date-time");
    }

    @Test
    void whatIsNotABookingRequestIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.bookingRequest(
                BringExamples.bytes("page-pickuporder-request.xml")))
                .withMessageContaining("expected a bookingRequest document, found <pickupOrderRequest>");
        assertThatIllegalArgumentException().isThrownBy(() -> booking("[1, 2]"))
                .withMessageContaining("not a JSON bookingRequest");
        assertThatIllegalArgumentException().isThrownBy(() -> booking("<bookingRequest testIndicator=\"true\">"))
                .withMessageStartingWith("not a XML bookingRequest the library can read");
    }

    @Test
    void anXmlDocumentWithADtdIsRefusedBeforeItIsParsed() {
        assertThatIllegalArgumentException().isThrownBy(() -> booking("<?xml version=\"1.0\"?><!DOCTYPE bookingRequest ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><bookingRequest testIndicator=\"true\"><x>&x;</x></bookingRequest>"))
                .withMessageContaining("DTD");
    }

    // --- pickups --------------------------------------------------------------------------------

    private static final String ADDRESS = "\"countryCode\": \"NO\", \"testIndicator\": true, \"pickupDate\": \"2026-02-02\", "
            + "\"customerInformation\": {\"customerNumber\": \"5\", \"companyName\": \"A\"}";

    @Test
    void pickupWaysCannotBeCombined() {
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PARCEL\", "
                + "\"pickupDetails\": {\"numberOfPackages\": 1}, \"parcelsInformation\": {\"numberOfPackages\": 1}}"))
                .withMessageContaining("pickupDetails cannot be combined with the deprecated");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PARCEL\", "
                + "\"pickupDetails\": {\"numberOfPackages\": 1, \"packages\": {\"count\": 1}}}"))
                .withMessageContaining("pickupDetails cannot combine packages");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"cargoInformation\": "
                + "{\"numberOfPackages\": 1}, \"parcelsInformation\": {\"numberOfPackages\": 1}}"))
                .withMessageContaining("give one of parcelsInformation, cargoInformation");
    }

    @Test
    void aPickupNeedsItsServiceAndTestIndicatorAndReadableTimes() {
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS
                + ", \"pickupDetails\": {\"packages\": {\"count\": 1}}}")).withMessageContaining("service must be PARCEL or CARGO");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PALLET\"}"))
                .withMessageContaining("service 'PALLET' is not one of [PARCEL, CARGO]");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PARCEL\", "
                + "\"cargoInformation\": {\"numberOfPackages\": 1}}")).withMessageContaining("contradicts");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{\"service\": \"PARCEL\"}"))
                .withMessageContaining("testIndicator must be true or false");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PARCEL\", "
                + "\"pickupTimeZone\": \"Norway/Oslo\"}")).withMessageContaining("pickupTimeZone 'Norway/Oslo' cannot be read");
        assertThatIllegalArgumentException().isThrownBy(() -> pickup("{" + ADDRESS + ", \"service\": \"PARCEL\", "
                + "\"pickupIsReadyAtTime\": \"2pm\"}")).withMessageContaining("pickupIsReadyAtTime '2pm' cannot be read");
    }

    @Test
    void aPickupWithoutGoodsReadsEmptySoThatTheRulesReportIt() {
        PickupOrder order = pickup("{" + ADDRESS + ", \"service\": \"CARGO\", \"pickupDetails\": {\"packages\": {}}}");

        assertThat(order.service()).isEqualTo(PickupService.CARGO);
        assertThat(order.details().isEmpty()).isTrue();
        assertThat(order.address()).isEqualTo(PickupAddress.of("", "", "", "", ""));
    }

    @Test
    void theOldestWaysTotalsGoWithThePalletsWhenThereAreNoPackagesVolumeIncluded() {
        PickupOrder order = pickup("{" + ADDRESS + ", \"parcelsInternationalInformation\": "
                + "{\"numberOfPallets\": 2, \"weightInGrams\": 50000, \"volumeInDm3\": 800}}");

        assertThat(order.details().packages()).isEmpty();
        assertThat(order.details().pallets()).hasValueSatisfying(pallets -> {
            assertThat(pallets.count()).isEqualTo(2);
            assertThat(pallets.weightInGrams()).contains(50000);
            assertThat(pallets.volumeInDm3()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("800"));
        });
    }

    @Test
    void aContainerIdOnAServiceThatIsNotForDangerousGoodsIsNamedAsNotSent() {
        String body = "{\"testIndicator\": true, \"consignments\": [{\"product\": {\"id\": \"5000\", \"customerNumber\": \"5\", "
                + "\"additionalServices\": [{\"id\": \"1380\", \"containerId\": \"C-9\"}, "
                + "{\"id\": \"DANGEROUS_GOODS\", \"containerId\": \"C-1\", \"unNumber\": \"1202\"}]}}]}";

        assertThat(BookingDocuments.readBookingRequest(body.getBytes(StandardCharsets.UTF_8)).ignored())
                .containsExactly(new IgnoredField("consignments[0].product.additionalServices[0].containerId",
                        "Bring documents containerId on an additional service for dangerous goods only"));
    }
}
