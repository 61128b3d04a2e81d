package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.ports.contract.ContractExamples;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Bring's documented answers (the example files and the Booking page's answer examples), served
 * byte for byte by a local server and read through the adapter, checked value by value.
 */
class BookingAnswersGoldenTest {

    private final LocalBring bring = new LocalBring();

    @AfterEach
    void stop() {
        bring.close();
    }

    private BookingConfirmation booked(String example, WireFormat format) {
        bring.serving("POST", "/booking", format, BringExamples.bytes(example));
        return bring.booking(format, LocalBring.NOW).book(ContractExamples.booking(LocalBring.NOW));
    }

    @Test
    void theSuccessfulJsonAnswerGivesNumbersLinksAndTheExpectedDeliveryInEpochMillis() {
        BookingConfirmation c = booked("successfulResponse.json", WireFormat.JSON);

        assertThat(c.consignmentNumber()).isEqualTo("70438101268018539");
        assertThat(c.correlationId()).contains("INTERNAL-123456");
        assertThat(c.links().labels()).contains(URI.create(
                "https://api.bring.com/labels/id/6d8c4323-87cd-47e8-aa0d-75f8f0b5b4cb.pdf"));
        assertThat(c.links().waybill()).isEmpty();
        assertThat(c.links().labelArchiveUrl()).isEmpty();
        assertThat(c.links().tracking()).isEqualTo(URI.create("https://sporing.bring.no/sporing.html?q=70438101268018539"));
        assertThat(c.earliestPickup()).isEmpty();
        assertThat(c.expectedDelivery()).contains(Instant.ofEpochMilli(1436295739676L));
        assertThat(c.packages()).containsExactly(new BookedPackage("370438101268058536", Optional.of("PACKAGE-123"),
                Optional.empty(), Optional.empty()));
        assertThat(c.upsShipmentNumber()).isEmpty();
        assertThat(c.returnConsignmentNumber()).isEmpty();
        assertThat(c.returnLinks()).isEmpty();
    }

    @Test
    void theSuccessfulXmlAnswerGivesTheSameNumbersAndAnIsoExpectedDelivery() {
        BookingConfirmation c = booked("successfulResponse.xml", WireFormat.XML);

        assertThat(c.consignmentNumber()).isEqualTo("70438101268018539");
        assertThat(c.correlationId()).contains("INTERNAL-123456");
        assertThat(c.links().labels()).contains(URI.create(
                "https://api.bring.com/labels/id/6d8c4323-87cd-47e8-aa0d-75f8f0b5b4cb.pdf"));
        assertThat(c.links().tracking()).isEqualTo(URI.create("https://sporing.bring.no/sporing.html?q=70438101268018539"));
        assertThat(c.expectedDelivery()).contains(Instant.parse("2020-05-13T19:33:10.900Z"));
        assertThat(c.earliestPickup()).isEmpty();
        assertThat(c.packages()).containsExactly(new BookedPackage("370438101268058536", Optional.of("PACKAGE-123"),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void thePagesAnswerExampleGivesAnIsoDateAndKeepsTheCorrelationIdAsSent() {
        BookingConfirmation c = booked("page-booking-response.json", WireFormat.JSON);

        assertThat(c.consignmentNumber()).isEqualTo("70438101263797410");
        assertThat(c.correlationId()).as("not in the answer: the id sent").contains("INTERNAL-123456");
        assertThat(c.expectedDelivery()).contains(Instant.parse("2022-06-28T22:00:00Z"));
        assertThat(c.links().labels()).contains(URI.create("http://www.bring.no/label.pdf"));
        assertThat(c.links().tracking()).isEqualTo(URI.create("https://sporing.posten.no/sporing/70438101263797410"));
        assertThat(c.packages()).extracting(BookedPackage::packageNumber).containsExactly("1234");
        assertThat(c.packages().get(0).correlationId()).isEmpty();
    }

    @Test
    void theJsonCustomersAreEveryCustomerNumberPerCountryWithItsProducts() {
        bring.serving("GET", "/customers", WireFormat.JSON, BringExamples.bytes("customers.json"));

        List<BookingCustomer> customers = bring.booking(WireFormat.JSON, LocalBring.NOW).customers();

        List<String> parcels = List.of("BUSINESS_HALFPALLET", "BUSINESS_PALLET", "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK",
                "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK", "HOME_DELIVERY_PARCEL",
                "PICKUP_PARCEL", "PICKUP_PARCEL_BULK");
        String converted = "Demo Parcel Nordic Converted Customer (000006)";
        String six = "Demo Parcel Nordic Converted Customer (6)";
        assertThat(customers).containsExactly(
                new BookingCustomer("6", "Demo Parcel Nordic Converted Customer (00000000006)", "NO", parcels),
                new BookingCustomer("6", converted, "DK", parcels),
                new BookingCustomer("6", converted, "FI", parcels),
                new BookingCustomer("6", converted, "NO", parcels),
                new BookingCustomer("6", converted, "SE", parcels),
                new BookingCustomer("6", six, "DK", List.of("0345")),
                new BookingCustomer("6", six, "FI", List.of("0345")),
                new BookingCustomer("6", six, "NO", List.of("3570", "3584", "4850", "5000", "5600", "5800", "9000", "9300",
                        "9600", "9650")),
                new BookingCustomer("6", six, "SE", List.of("0345")));
    }

    @Test
    void theXmlCustomersAreReadFromTheirWrappedLists() {
        bring.serving("GET", "/customers", WireFormat.XML, BringExamples.bytes("customers.xml"));

        List<BookingCustomer> customers = bring.booking(WireFormat.XML, LocalBring.NOW).customers();

        List<String> nordic = List.of("0345", "BUSINESS_HALFPALLET", "BUSINESS_PALLET", "BUSINESS_PARCEL",
                "BUSINESS_PARCEL_BULK", "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK",
                "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL", "PICKUP_PARCEL_BULK");
        String name = "Demo Parcel Nordic Converted Customer (6)";
        assertThat(customers).containsExactly(
                new BookingCustomer("6", name, "DK", nordic),
                new BookingCustomer("6", name, "FI", nordic),
                new BookingCustomer("6", name, "NO", List.of("3570", "3584", "4850", "5000", "5100", "5300", "5400", "5600",
                        "5800", "9000", "9100", "9300", "9600", "9650", "BUSINESS_HALFPALLET", "BUSINESS_PALLET",
                        "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK", "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900",
                        "EXPRESS_NORDIC_0900_BULK", "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL", "PICKUP_PARCEL_BULK")),
                new BookingCustomer("6", name, "SE", nordic));
    }

    @Test
    void thePagesCustomersAreTheDemoCustomersFiveAndSix() {
        bring.serving("GET", "/customers", WireFormat.JSON, BringExamples.bytes("page-customers-response.json"));

        List<BookingCustomer> customers = bring.booking(WireFormat.JSON, LocalBring.NOW).customers();

        assertThat(customers).extracting(BookingCustomer::customerNumber, BookingCustomer::name, BookingCustomer::countryCode)
                .containsExactly(tuple("5", "Demo customer (00000000005)", "NO"),
                        tuple("6", "Demo customer (00000000006)", "SE"));
        assertThat(customers.get(0).products()).hasSize(20).startsWith("3570", "3584").endsWith("PICKUP_PARCEL_BULK");
        assertThat(customers.get(1).products()).hasSize(11).startsWith("0345", "BUSINESS_HALFPALLET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors.json", "page-errors-response.json"})
    void everyErrorCodeOfTheJsonCatalogueComesWithItsMessageAndSuffixableFlag(String example) throws Exception {
        bring.serving("GET", "/errors", WireFormat.JSON, BringExamples.bytes(example));

        List<ErrorDefinition> read = bring.booking(WireFormat.JSON, LocalBring.NOW).errorCodes();

        List<ErrorDefinition> expected = new ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(BringExamples.bytes(example)).get("errorTypes")) {
            expected.add(new ErrorDefinition(ErrorCode.of(e.get("code").asText()), e.get("message").asText(),
                    Optional.of(e.get("suffixable").asBoolean())));
        }
        assertThat(expected).hasSize(example.equals("errors.json") ? 112 : 173);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(read).contains(new ErrorDefinition(ErrorCode.of("BOOK-INPUT-014"), "Name must be provided",
                Optional.of(true)), new ErrorDefinition(ErrorCode.of("PICKUP-INPUT-005"),
                "You must specify pickupIsReadyAtTime element HH:mm:ss", Optional.of(false)));
    }

    @Test
    void everyErrorCodeOfTheXmlCatalogueComesWithItsMessageAndSuffixableFlag() throws Exception {
        bring.serving("GET", "/errors", WireFormat.XML, BringExamples.bytes("errors.xml"));

        List<ErrorDefinition> read = bring.booking(WireFormat.XML, LocalBring.NOW).errorCodes();

        DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList types = dom.newDocumentBuilder().parse(new ByteArrayInputStream(BringExamples.bytes("errors.xml")))
                .getElementsByTagNameNS(DocumentWriter.NAMESPACE, "errorType");
        List<ErrorDefinition> expected = new ArrayList<>();
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            expected.add(new ErrorDefinition(ErrorCode.of(child(type, "code")), child(type, "message"),
                    Optional.of(Boolean.parseBoolean(child(type, "suffixable")))));
        }
        assertThat(expected).hasSize(112);
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void theXmlAndJsonCataloguesAreTheSame() {
        LocalBring json = new LocalBring().serving("GET", "/errors", WireFormat.JSON, BringExamples.bytes("errors.json"));
        bring.serving("GET", "/errors", WireFormat.XML, BringExamples.bytes("errors.xml"));
        try (json) {
            assertThat(bring.booking(WireFormat.XML, LocalBring.NOW).errorCodes())
                    .isEqualTo(json.booking(WireFormat.JSON, LocalBring.NOW).errorCodes());
        }
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(DocumentWriter.NAMESPACE, name).item(0).getTextContent();
    }

    private PickupConfirmation pickedUp(String example, WireFormat format) {
        bring.serving("POST", "/pickupOrder", format, BringExamples.bytes(example));
        return bring.pickups(format, LocalBring.NOW).orderPickup(ContractExamples.pickup(LocalBring.NOW).build());
    }

    @Test
    void theJsonPickupConfirmationGivesEarliestAndLatestInEpochMillisReceiptAndPackageNumber() {
        PickupConfirmation c = pickedUp("pickuporder_response.json", WireFormat.JSON);

        assertThat(c.status()).isEqualTo("OK");
        assertThat(c.earliestPickup()).isEqualTo(Instant.ofEpochMilli(1449097200000L)).isEqualTo("2015-12-02T23:00:00Z");
        assertThat(c.latestPickup()).contains(Instant.ofEpochMilli(1449183600000L));
        assertThat(c.url()).contains(URI.create("http://www.mybring.com/order/pickup/receipt/xxxx"));
        assertThat(c.packageNumber()).contains("370438101662588325");
    }

    @Test
    void theXmlPickupConfirmationGivesIsoDatesWithOffsets() {
        PickupConfirmation c = pickedUp("pickuporder_response.xml", WireFormat.XML);

        assertThat(c.status()).isEqualTo("OK");
        assertThat(c.earliestPickup()).isEqualTo("2015-12-03T23:00:00Z");
        assertThat(c.latestPickup()).contains(Instant.parse("2015-12-04T23:00:00Z"));
        assertThat(c.url()).contains(URI.create("http://www.mybring.com/order/pickup/receipt/xxxx"));
        assertThat(c.packageNumber()).contains("370438101662588325");
    }

    @Test
    void thePagesPickupConfirmationHasNoReceiptOrPackageNumber() {
        PickupConfirmation c = pickedUp("page-pickuporder-response.json", WireFormat.JSON);

        assertThat(c.status()).isEqualTo("OK");
        assertThat(c.earliestPickup()).isEqualTo("2022-07-04T22:00:00Z");
        assertThat(c.latestPickup()).contains(Instant.parse("2024-03-14T14:25:00Z"));
        assertThat(c.url()).isEmpty();
        assertThat(c.packageNumber()).isEmpty();
    }
}
