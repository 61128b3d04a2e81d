package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bringport.adapter.rest.booking.BodyComparison;
import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.adapter.rest.booking.BringExamples;
import dev.bringport.adapter.rest.booking.Translations;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.domain.BringTime;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.example.wire.ExampleServer;
import dev.bringport.ports.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The round trip of Bring's documented bookings over the deprecated SOAP service, where its schema
 * allows: each example (JSON and XML alike) is read with {@link BookingDocuments}, booked through
 * the SOAP adapter against a local server answering Bring's documented confirmation, and the
 * {@code bookingRequest} that arrived in the envelope is compared with the example value by value
 * ({@link BodyComparison}), with the same translations of Bring's earlier spellings as over REST
 * ({@link Translations}). An example holding a part {@code booking-v1.xsd} has no place for is
 * refused before sending, naming each such part, and nothing is sent. Pickups arrive in the pickup
 * details the schema has, totals of the kinds of goods items ({@code PickupMapper}).
 */
@SuppressWarnings("deprecation")
class DocumentedRequestsOverSoapTest {

    /** The examples with parts booking-v1.xsd has no element for, and those parts. */
    private static final Map<String, List<String>> NOT_IN_THE_SCHEMA = Map.of(
            "doubleIndoor_NO.json", List.of("consignments[0].product.explicitAdditionalServices"),
            "mailboxParcel_with_return_and_additional_vas.json", List.of("consignments[0].returnProduct"),
            "mailboxParcel_with_return_and_additional_vas.xml", List.of("consignments[0].returnProduct"));

    private final ExampleServer server = ExampleServer.start().route("POST", "/booking/api/ws",
            request -> new ExampleServer.Answer(200, "text/xml; charset=utf-8", new String(request.body(),
                    StandardCharsets.UTF_8).contains("pickupOrderRequest") ? envelope("pickuporder_response.xml")
                    : envelope("successfulResponse.xml")));

    @AfterEach
    void stop() {
        server.close();
    }

    static List<String> bookings() {
        return BringExamples.sendableBookingRequests();
    }

    static List<String> pickups() {
        return BringExamples.pickupRequests();
    }

    /** The SOAP adapter pointed at the local server, at an example's time. */
    private BringSoap soapAt(Instant now) {
        return BringSoap.builder().credentials(TwoProtocolBring.CREDENTIALS).host(server.baseUri())
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    /** One of Bring's documented answers in a SOAP 1.1 envelope. */
    private static byte[] envelope(String answer) {
        String body = new String(BringExamples.bytes(answer), StandardCharsets.UTF_8);
        body = body.startsWith("<?xml") ? body.substring(body.indexOf("?>") + 2) : body;
        return ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>" + body
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bookings")
    void aDocumentedBookingArrivesOverSoapWithEveryValueTheSchemaHolds(String example) throws Exception {
        byte[] documented = BringExamples.readable(example);
        BookingRequest request = BookingDocuments.bookingRequest(documented);
        BringSoap soap = soapAt(request.consignment().shippingDateTime().orElseThrow().minus(Duration.ofHours(1)));

        if (NOT_IN_THE_SCHEMA.containsKey(example)) {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> soap.booking().book(request));
            assertThat(refused).isNotNull();
            assertThat(refused.violations()).extracting(Violation::field)
                    .containsExactlyElementsOf(NOT_IN_THE_SCHEMA.get(example));
            assertThat(server.requests()).isEmpty();
            return;
        }
        soap.booking().book(request);

        assertThat(server.requests()).hasSize(1);
        ObjectNode expected = Translations.applied(BodyComparison.tree(documented));
        if (!expected.has("schemaVersion")) {
            // express.* was published without it; the page: schemaVersion Required, "Currently, it is 1"
            expected.put("schemaVersion", BookingRequest.SCHEMA_VERSION);
        }
        BodyComparison.assertSameValues(expected, bookingRequestOf(server.requests().get(0).body()));
    }

    @org.junit.jupiter.api.Test
    void theSoapExamplesBookingArrivesWithEveryValue() throws Exception {
        byte[] documented = BringExamples.soapBody("booking_soap_request.xml");
        BookingRequest request = BookingDocuments.bookingRequest(documented);
        BringSoap soap = soapAt(request.consignment().shippingDateTime().orElseThrow().minus(Duration.ofHours(1)));

        soap.booking().book(request);

        BodyComparison.assertSameValues(BodyComparison.tree(documented), bookingRequestOf(server.requests().get(0).body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pickups")
    void aDocumentedPickupArrivesOverSoapInTheSchemasTotals(String example) throws Exception {
        byte[] documented = BringExamples.bytes(example);
        PickupOrder order = BookingDocuments.pickupOrder(documented);
        BringSoap soap = soapAt(order.pickupDate().orElseThrow().minusDays(2).atStartOfDay(BringTime.ZONE).toInstant());

        soap.pickups().orderPickup(order);

        assertThat(server.requests()).hasSize(1);
        ObjectNode expected = Translations.applied(BodyComparison.tree(documented));
        expected.set("pickupDetails", totals(expected.get("pickupDetails")));
        BodyComparison.assertSameValues(expected, elementOf("pickupOrderRequest", server.requests().get(0).body()));
    }

    /**
     * The pickup details of booking-v1.xsd: totals of the kinds of goods items, as the SOAP adapter
     * writes them ({@code numberOfPackages} is required there, 0 when only pallets or post
     * containers are picked up).
     */
    private static ObjectNode totals(JsonNode perKind) {
        ObjectNode totals = JsonNodeFactory.instance.objectNode();
        totals.put("numberOfPackages", perKind.path("packages").path("count").asInt(0));
        for (String kind : List.of("pallets", "postContainers")) {
            if (perKind.has(kind)) {
                totals.put("numberOf" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1), perKind.get(kind)
                        .path("count").asInt());
            }
        }
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal volume = BigDecimal.ZERO;
        boolean weighed = false;
        boolean measured = false;
        for (JsonNode items : perKind) {
            if (items.has("weightInGrams")) {
                weight = weight.add(new BigDecimal(items.get("weightInGrams").asText()));
                weighed = true;
            }
            if (items.has("volumeInDm3")) {
                volume = volume.add(new BigDecimal(items.get("volumeInDm3").asText()));
                measured = true;
            }
        }
        if (weighed) {
            totals.put("weightInGrams", weight);
        }
        if (measured) {
            totals.put("volumeInDm3", volume);
        }
        return totals;
    }

    private static byte[] bookingRequestOf(byte[] envelope) throws Exception {
        return elementOf("bookingRequest", envelope);
    }

    /** An element of Bring's booking namespace in a SOAP envelope, as a document of its own. */
    private static byte[] elementOf(String name, byte[] envelope) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(envelope));
        Node request = document.getElementsByTagNameNS("http://www.bring.no/booking/", name).item(0);
        assertThat(request).as("a %s in %s", name, new String(envelope, StandardCharsets.UTF_8)).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(request), new StreamResult(out));
        return out.toByteArray();
    }
}
