package dev.bringport.adapter.rest.booking;

import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameXml;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedXml;
import static dev.bringport.adapter.rest.booking.BodyComparison.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.BringTime;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The bodies the adapter writes, compared with Bring's documented ones: each example is read into
 * domain values, booked (or ordered) through the adapter in the example's format against a local
 * server, and the body that arrived is compared structurally with the example
 * ({@link BodyComparison}). The adapter's clock is set just before the example's dates, which
 * are years old, so that the rules checked before sending pass. Examples in the old ways
 * ({@code product.services{}}, deprecated pickup counts, {@code parcelsInformation}...) are
 * compared after the documented translation to the current way, spelled out in each test.
 */
class WrittenBodiesGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Booking examples written back exactly as documented. Left out: the four broken ones
     * ({@link BookingDocumentsGoldenTest#BROKEN}), those in the old services way (tested below
     * with their translation), parcelsWithoutmeasurements (no weight: the rules refuse it
     * before sending, {@code BOOK-INPUT-002}) and nonStandardCourier (its Express customer number
     * has 51 characters, over the page's maximum of 35: the rules refuse it, {@code BOOK-INPUT-001}).
     */
    static List<String> currentWayBookings() {
        return BringExamples.bookingRequests().stream()
                .filter(n -> !BookingDocumentsGoldenTest.BROKEN.containsKey(n))
                .filter(n -> !List.of("cashOnDelivery.json", "cashOnDelivery.xml", "customsDeclaration.xml",
                        "recipientNotificationRequest.json", "recipientNotificationRequest.xml",
                        "parcelsWithoutmeasurements.json", "parcelsWithoutmeasurements.xml",
                        "nonStandardCourier.json", "nonStandardCourier.xml").contains(n))
                .toList();
    }

    private final LocalBring bring = new LocalBring().answeringWithTheDocumentedSuccess();

    @AfterEach
    void stop() {
        bring.close();
    }

    private static WireFormat formatOf(String example) {
        return example.endsWith(".xml") ? WireFormat.XML : WireFormat.JSON;
    }

    private byte[] writtenFor(String example) {
        BookingRequest request = BookingDocuments.bookingRequest(BringExamples.bytes(example));
        Instant now = request.consignment().shippingDateTime().orElseThrow().minus(Duration.ofHours(1));
        bring.booking(formatOf(example), now).book(request);
        return bring.onlyRequest().body();
    }

    private byte[] writtenForPickup(String example) {
        PickupOrder order = BookingDocuments.pickupOrder(BringExamples.bytes(example));
        Instant now = order.pickupDate().orElseThrow().minusDays(2).atStartOfDay(BringTime.ZONE).toInstant();
        bring.pickups(formatOf(example), now).orderPickup(order);
        return bring.onlyRequest().body();
    }

    @Test
    void theRepresentativeExamplesAreAmongThoseWrittenBackAsDocumented() {
        assertThat(currentWayBookings()).hasSize(41).contains("basicRequestNew.json", "basicRequestNew.xml",
                "customsDeclaration.json", "bciDangerousGoods.json", "bciDangerousGoods.xml",
                "mailboxParcel_with_return_and_additional_vas.json", "mailboxParcel_with_return_and_additional_vas.xml",
                "page-booking-request.json", "page-booking-request.xml");
    }

    @ParameterizedTest
    @MethodSource("currentWayBookings")
    void aBookingIsWrittenAsBringDocumentedIt(String example) {
        byte[] written = writtenFor(example);

        if (formatOf(example) == WireFormat.JSON) {
            assertSameJson(documentedJson(BringExamples.bytes(example)), written);
        } else {
            // the page's XML examples list elements alphabetically, against booking-v1.xsd's xs:sequence
            assertSameXml(documentedXml(BringExamples.bytes(example)), written, !example.startsWith("page-"));
        }
    }

    @Test
    void cashOnDeliveryJsonInTheOldServicesWayIsWrittenAsTheAdditionalServicePostoppkrav() throws Exception {
        byte[] written = writtenFor("cashOnDelivery.json");

        ObjectNode expected = documentedJson(BringExamples.bytes("cashOnDelivery.json"));
        ObjectNode product = (ObjectNode) expected.at("/consignments/0/product");
        product.remove("services");
        product.set("additionalServices", JSON.readTree("[{\"id\": \"POSTOPPKRAV\", \"accountNumber\": \"12345678903\", "
                + "\"amount\": 1000, \"currencyCode\": \"NOK\", \"codMessage\": {\"value\": "
                + "\"A valid customer identification number\", \"type\": \"kid\"}}]"));
        assertSameJson(expected, written);
    }

    @Test
    void cashOnDeliveryXmlInTheOldServicesWayIsWrittenAsTheAdditionalServicePostoppkrav() {
        byte[] written = writtenFor("cashOnDelivery.xml");

        Document expected = documentedXml(BringExamples.bytes("cashOnDelivery.xml"));
        replace(expected, "product", "services", "<additionalServices><additionalService><id>POSTOPPKRAV</id>"
                + "<accountNumber>12345678903</accountNumber><amount>1000.0</amount><currencyCode>NOK</currencyCode>"
                + "<codMessage><value>A valid customer identification number</value><type>kid</type></codMessage>"
                + "</additionalService></additionalServices>");
        assertSameXml(expected, written, true);
    }

    @Test
    void anOldRecipientNotificationIsWrittenAsTheAdditionalServiceEvarsling() throws Exception {
        byte[] json = writtenFor("recipientNotificationRequest.json");

        ObjectNode expected = documentedJson(BringExamples.bytes("recipientNotificationRequest.json"));
        ObjectNode product = (ObjectNode) expected.at("/consignments/0/product");
        product.remove("services");
        product.set("additionalServices", JSON.readTree(
                "[{\"id\": \"EVARSLING\", \"email\": \"recipient@recipient.com\", \"mobile\": \"97777777\"}]"));
        assertSameJson(expected, json);
    }

    @Test
    void anOldRecipientNotificationInXmlIsWrittenAsTheAdditionalServiceEvarsling() {
        byte[] written = writtenFor("recipientNotificationRequest.xml");

        Document expected = documentedXml(BringExamples.bytes("recipientNotificationRequest.xml"));
        replace(expected, "product", "services", "<additionalServices><additionalService><id>EVARSLING</id>"
                + "<email>recipient@recipient.com</email><mobile>97777777</mobile></additionalService></additionalServices>");
        assertSameXml(expected, written, true);
    }

    @Test
    void customsDeclarationXmlWithAnOldNotificationAndAPurchaseOrder() {
        byte[] written = writtenFor("customsDeclaration.xml");

        Document expected = documentedXml(BringExamples.bytes("customsDeclaration.xml"));
        replace(expected, "product", "services", "<additionalServices><additionalService><id>EVARSLING</id>"
                + "<email>sender@sender.com</email><mobile>777777</mobile></additionalService></additionalServices>");
        assertSameXml(expected, written, true);
    }

    // --- pickups --------------------------------------------------------------------------------
    // booking-v1.xsd orders pickupOrderRequest (xs:sequence), but Bring's own pickup examples put
    // service, countryCode and pickupDetails in three different places: order is not compared.

    @Test
    void thePagesPickupOrderIsWrittenAsDocumentedInJson() {
        byte[] written = writtenForPickup("page-pickuporder-request.json");

        assertSameJson(documentedJson(BringExamples.bytes("page-pickuporder-request.json")), written);
    }

    @Test
    void thePagesPickupOrderIsWrittenAsDocumentedInXml() {
        byte[] written = writtenForPickup("page-pickuporder-request.xml");

        assertSameXml(documentedXml(BringExamples.bytes("page-pickuporder-request.xml")), written, false);
    }

    private static final String NORWAY_PARCELS = "{\"packages\": {\"count\": 2}, \"pallets\": {\"count\": 1}}";
    private static final String CARGO = "{\"packages\": {\"count\": 1, \"weightInGrams\": 70000, \"volumeInDm3\": 40}}";

    @Test
    void deprecatedPickupCountsAreWrittenPerKindOfGoodsItemAndZeroPostContainersLeftOut() throws Exception {
        ObjectNode parcels = documentedJson(BringExamples.bytes("pickuporder_NO_new_way.json"));
        parcels.set("pickupDetails", JSON.readTree(NORWAY_PARCELS));
        assertSameJson(parcels, writtenForPickup("pickuporder_NO_new_way.json"));
    }

    @Test
    void deprecatedCargoCountsAreWrittenAsPackagesWithWeightAndVolume() throws Exception {
        ObjectNode cargo = documentedJson(BringExamples.bytes("pickuporder_CARGO_new_way.json"));
        cargo.set("pickupDetails", JSON.readTree(CARGO));
        assertSameJson(cargo, writtenForPickup("pickuporder_CARGO_new_way.json"));
    }

    @Test
    void parcelsInformationIsWrittenAsAParcelServiceWithPickupDetails() throws Exception {
        ObjectNode expected = documentedJson(BringExamples.bytes("pickuporder_NO.json"));
        expected.remove("parcelsInformation");
        expected.put("service", "PARCEL");
        expected.set("pickupDetails", JSON.readTree(NORWAY_PARCELS));
        assertSameJson(expected, writtenForPickup("pickuporder_NO.json"));
    }

    @Test
    void cargoInformationIsWrittenAsACargoServiceWithPickupDetails() throws Exception {
        ObjectNode expected = documentedJson(BringExamples.bytes("pickuporder_CARGO.json"));
        expected.remove("cargoInformation");
        expected.put("service", "CARGO");
        expected.set("pickupDetails", JSON.readTree(CARGO));
        assertSameJson(expected, writtenForPickup("pickuporder_CARGO.json"));
    }

    private static final String NORWAY_PARCELS_XML = "<pickupDetails><packages><count>2</count></packages>"
            + "<pallets><count>1</count></pallets></pickupDetails>";
    private static final String CARGO_XML = "<pickupDetails><packages><count>1</count>"
            + "<weightInGrams>70000</weightInGrams><volumeInDm3>40</volumeInDm3></packages></pickupDetails>";

    @Test
    void deprecatedPickupCountsInXmlAreWrittenPerKindOfGoodsItem() {
        Document parcels = documentedXml(BringExamples.bytes("pickuporder_NO_new_way.xml"));
        replace(parcels, "pickupOrderRequest", "pickupDetails", NORWAY_PARCELS_XML);
        assertSameXml(parcels, writtenForPickup("pickuporder_NO_new_way.xml"), false);
    }

    @Test
    void deprecatedCargoCountsInXmlAreWrittenAsPackages() {
        Document cargo = documentedXml(BringExamples.bytes("pickuporder_CARGO_new_way.xml"));
        replace(cargo, "pickupOrderRequest", "pickupDetails", CARGO_XML);
        assertSameXml(cargo, writtenForPickup("pickuporder_CARGO_new_way.xml"), false);
    }

    @Test
    void theOldestXmlPickupWaysAreWrittenWithServiceAndPickupDetails() {
        Document parcels = documentedXml(BringExamples.bytes("pickuporder_NO.xml"));
        replace(parcels, "pickupOrderRequest", "parcelsInformation", "<service>PARCEL</service>" + NORWAY_PARCELS_XML);
        assertSameXml(parcels, writtenForPickup("pickuporder_NO.xml"), false);
    }

    @Test
    void theOldestXmlCargoPickupIsWrittenWithServiceAndPickupDetails() {
        Document cargo = documentedXml(BringExamples.bytes("pickuporder_CARGO.xml"));
        replace(cargo, "pickupOrderRequest", "cargoInformation", "<service>CARGO</service>" + CARGO_XML);
        assertSameXml(cargo, writtenForPickup("pickuporder_CARGO.xml"), false);
    }
}
