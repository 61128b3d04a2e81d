package dev.bringport.adapter.rest.booking;

import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.assertSameXml;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedJson;
import static dev.bringport.adapter.rest.booking.BodyComparison.documentedXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.AttributeValue;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Additional services keep every attribute given over REST, in JSON and XML: what the library does
 * not type (service 1380 as issue 13 quotes Bring's service table, {@code {"id": "1380", "numberOfItems": 2,
 * "code": "AABBCC"}}, and anything nested Bring may add) is read, kept and sent as given. Each
 * request is Bring's {@code basicRequestNew} example with its services replaced, booked against a
 * local server, and the body that arrived compared with it value by value.
 */
class OtherAttributesOverRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICES_JSON = "[{\"id\": \"1380\", \"numberOfItems\": 2, \"code\": \"AABBCC\","
            + " \"details\": {\"floor\": 3, \"lift\": true, \"weight\": 1.50, \"notes\": [\"ring twice\", \"dog\"]}},"
            + " {\"id\": \"EVARSLING\", \"email\": \"recipient@recipient.com\", \"language\": \"no\"}]";
    private static final String SERVICES_XML = "<additionalServices><additionalService><id>1380</id>"
            + "<numberOfItems>2</numberOfItems><code>AABBCC</code><details><floor>3</floor><lift>true</lift>"
            + "<weight>1.50</weight><notes>ring twice</notes><notes>dog</notes></details></additionalService>"
            + "<additionalService><id>EVARSLING</id><email>recipient@recipient.com</email><language>no</language>"
            + "</additionalService></additionalServices>";

    private final LocalBring bring = new LocalBring().answeringWithTheDocumentedSuccess();

    @AfterEach
    void stop() {
        bring.close();
    }

    private byte[] booked(BookingRequest request, WireFormat format) {
        bring.booking(format, request.consignment().shippingDateTime().orElseThrow().minus(Duration.ofHours(1)))
                .book(request);
        List<dev.bringport.adapter.rest.server.SimulatedRequest> requests = bring.requests();
        return requests.get(requests.size() - 1).body();
    }

    /** The example's text with its services replaced, so that every number stays as written. */
    private static byte[] jsonWithServices() {
        String example = new String(BringExamples.bytes("basicRequestNew.json"), StandardCharsets.UTF_8);
        String replaced = example.replaceFirst("(?s)\"additionalServices\": \\[.*?\\]",
                "\"additionalServices\": " + java.util.regex.Matcher.quoteReplacement(SERVICES_JSON));
        assertThat(replaced).isNotEqualTo(example);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xmlWithServices() {
        String example = new String(BringExamples.bytes("basicRequestNew.xml"), StandardCharsets.UTF_8);
        String replaced = example.replaceAll("(?s)<additionalServices>.*</additionalServices>", SERVICES_XML);
        assertThat(replaced).isNotEqualTo(example);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJsonServicesUntypedAttributesAreReadAndKept() throws Exception {
        AdditionalService installation = BookingDocuments.bookingRequest(jsonWithServices()).consignment().product()
                .orElseThrow().additionalServices().get(0);

        assertThat(installation.numberOfItems()).contains(2);
        assertThat(installation.otherAttributes().keySet()).containsExactly("code", "details");
        assertThat(installation.otherAttributes().get("code")).isEqualTo(new AttributeValue.Text("AABBCC"));
        AttributeValue.Group details = (AttributeValue.Group) installation.otherAttributes().get("details");
        assertThat(details.attributes()).containsExactly(
                Map.entry("floor", new AttributeValue.Number(new BigDecimal("3"))),
                Map.entry("lift", new AttributeValue.Flag(true)),
                Map.entry("weight", new AttributeValue.Number(new BigDecimal("1.50"))),
                Map.entry("notes", new AttributeValue.Items(List.of(new AttributeValue.Text("ring twice"),
                        new AttributeValue.Text("dog")))));
    }

    @Test
    void anXmlServicesUntypedAttributesAreReadAsText() {
        AdditionalService installation = BookingDocuments.bookingRequest(xmlWithServices()).consignment().product()
                .orElseThrow().additionalServices().get(0);

        assertThat(installation.otherAttributes().get("code")).isEqualTo(new AttributeValue.Text("AABBCC"));
        AttributeValue.Group details = (AttributeValue.Group) installation.otherAttributes().get("details");
        assertThat(details.attributes().get("floor")).isEqualTo(new AttributeValue.Text("3"));
        assertThat(details.attributes().get("notes")).isEqualTo(new AttributeValue.Items(List.of(
                new AttributeValue.Text("ring twice"), new AttributeValue.Text("dog"))));
    }

    @Test
    void inJsonEveryAttributeReachesBringAsGiven() throws Exception {
        byte[] written = booked(BookingDocuments.bookingRequest(jsonWithServices()), WireFormat.JSON);

        assertSameJson(documentedJson(jsonWithServices()), written);
        JsonNode sent = JSON.readTree(written).at("/consignments/0/product/additionalServices/0");
        assertThat(sent.get("code").asText()).isEqualTo("AABBCC");
        assertThat(sent.at("/details/lift").isBoolean()).isTrue();
        assertThat(new String(written, StandardCharsets.UTF_8)).as("a number exactly as given").contains("\"weight\":1.50");
    }

    @Test
    void inXmlEveryAttributeReachesBringAsGiven() {
        byte[] written = booked(BookingDocuments.bookingRequest(xmlWithServices()), WireFormat.XML);

        assertSameXml(documentedXml(xmlWithServices()), written, true);
    }

    @Test
    void attributesGivenInJavaAreSentInBothFormats() throws Exception {
        AdditionalService installation = AdditionalService.of("1380").withAttribute("code", AttributeValue.text("AABBCC"))
                .withAttribute("details", new AttributeValue.Group(Map.of("floor", AttributeValue.number("3"))));
        Instant now = LocalBring.NOW;
        BookingRequest request = BookingRequest.test(ContractExamples.consignment(now)
                .product(Product.builder("5000", "5").additionalService(installation).build())
                .returnProduct(new ReturnProduct("9300", List.of(AdditionalService.of("1288")
                        .withAttribute("code", AttributeValue.text("R1")))))
                .addPackage(ContractExamples.parcel()).build());

        JsonNode json = JSON.readTree(booked(request, WireFormat.JSON)).at("/consignments/0");
        assertThat(json.at("/product/additionalServices/0/code").asText()).isEqualTo("AABBCC");
        assertThat(json.at("/product/additionalServices/0/details/floor").decimalValue()).isEqualTo(new BigDecimal("3"));
        assertThat(json.at("/returnProduct/additionalServices/0/code").asText()).isEqualTo("R1");

        String xml = new String(booked(request, WireFormat.XML), StandardCharsets.UTF_8);
        assertThat(xml).contains("<additionalService><id>1380</id><code>AABBCC</code><details><floor>3</floor>"
                + "</details></additionalService>", "<additionalService><id>1288</id><code>R1</code></additionalService>");
    }

    @Test
    void textWithWhatXmlAndJsonEscapeArrivesAsGivenInBothFormats() throws Exception {
        String hostile = "<b>&amp;\"quotes\" 'apostrophes' \\ ørret ✓ \t</b>";
        AdditionalService service = AdditionalService.of("1380").withAttribute("code", AttributeValue.text(hostile));
        BookingRequest request = BookingRequest.test(ContractExamples.consignment(LocalBring.NOW)
                .product(Product.builder("5000", "5").additionalService(service).build())
                .addPackage(ContractExamples.parcel()).build());

        assertThat(JSON.readTree(booked(request, WireFormat.JSON)).at("/consignments/0/product/additionalServices/0/code")
                .asText()).isEqualTo(hostile);
        AdditionalService readBack = BookingDocuments.bookingRequest(booked(request, WireFormat.XML)).consignment()
                .product().orElseThrow().additionalServices().get(0);
        assertThat(readBack.otherAttributes().get("code")).isEqualTo(new AttributeValue.Text(hostile));
    }

    @Test
    void aJsonFieldNoXmlElementCouldBeIsRefusedNamingIt() {
        byte[] body = new String(jsonWithServices(), StandardCharsets.UTF_8).replace("\"code\": \"AABBCC\"",
                "\"the code\": \"AABBCC\"").getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.bookingRequest(body))
                .withMessageContaining("consignments[0].product.additionalServices[0].the code");
    }

    @Test
    void anXmlAttributeOnAnUntypedElementIsRefusedNamingIt() {
        byte[] body = new String(xmlWithServices(), StandardCharsets.UTF_8)
                .replace("<code>AABBCC</code>", "<code type=\"internal\">AABBCC</code>").getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.bookingRequest(body))
                .withMessageContaining("additionalServices[0].code");
    }
}
