package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.example.wire.BringExamples;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the served sandbox answers, read with a plain {@code HttpClient} (no adapter), beside
 * Bring's documented examples (byte for byte in the REST adapter's test-jar, their sources named
 * in its {@code bring-examples/README.md} files): every field the sandbox answers with is a field
 * of Bring's documented answer, in JSON and in XML, so a client that only read Bring's pages can
 * use it; where the values are Bring's own (the demo customers), the answer is Bring's.
 */
class SandboxAnswersTest {

    private static Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serve() {
        sandbox = Sandbox.builder().port(0).bring(InMemoryBring.builder().clock(CliRun.CLOCK).build()).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private HttpResponse<byte[]> send(String method, String path, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.uri().resolve(path))
                .header("X-Mybring-API-Uid", "someone@example.org").header("X-Mybring-API-Key", "any")
                .header("X-Bring-Client-URL", "https://shop.example").header("Accept", type).header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return answer;
    }

    @Test
    void anOrderInJsonHasOnlyTheFieldsOfBringsDocumentedOrder() throws Exception {
        byte[] answer = send("GET", "/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID,
                "application/json", null).body();

        assertThat(fields(jsonPaths(json.readTree(answer)))).isNotEmpty().isSubsetOf(fields(orderManagement("json")));
    }

    @Test
    void anOrderInXmlHasOnlyTheElementsOfBringsDocumentedOrder() throws Exception {
        byte[] answer = send("GET", "/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID,
                "application/xml", null).body();

        assertThat(fields(xmlPaths(answer))).isNotEmpty().isSubsetOf(fields(orderManagement("xml")));
    }

    @Test
    void articleBalancesAndOrderLinesHaveOnlyBringsDocumentedFields() throws Exception {
        Map<String, String> examples = Map.of(
                "/po/api/v1/articlebalance/" + DemoData.CUSTOMER, "retrieve_articlebalance_all",
                "/po/api/v1/items/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID, "retrieve_orderitems");
        for (Map.Entry<String, String> example : examples.entrySet()) {
            byte[] inJson = send("GET", example.getKey(), "application/json", null).body();
            byte[] inXml = send("GET", example.getKey(), "application/xml", null).body();

            assertThat(jsonPaths(json.readTree(inJson))).as(example.getKey()).isNotEmpty()
                    .isSubsetOf(jsonPaths(json.readTree(BringExamples.order(example.getValue() + ".json"))));
            assertThat(fields(xmlPaths(inXml))).as(example.getKey()).isNotEmpty()
                    .isSubsetOf(fields(xmlPaths(BringExamples.order(example.getValue() + ".xml"))));
        }
    }

    @Test
    void theDemoCustomersAreThoseOfBringsCustomersPage() throws Exception {
        byte[] answer = send("GET", "/booking-api/api/customers", "application/json", null).body();

        assertThat(jsonPaths(json.readTree(answer)))
                .isSubsetOf(jsonPaths(json.readTree(BringExamples.booking("page-customers-response.json"))));
    }

    @Test
    void aBookingIsConfirmedInTheShapeOfBringsDocumentedConfirmation() throws Exception {
        byte[] answer = send("POST", "/booking-api/api/booking", "application/json",
                BringExamples.resource("/requests/booking-4500012345.json")).body();

        JsonNode confirmation = json.readTree(answer);
        Set<String> documented = jsonPaths(json.readTree(BringExamples.booking("page-booking-response.json")));
        documented.addAll(jsonPaths(json.readTree(BringExamples.booking("successfulResponse.json"))));
        assertThat(jsonPaths(confirmation)).isNotEmpty().isSubsetOf(documented);
        String label = confirmation.path("consignments").get(0).path("confirmation").path("links").path("labels").asText();
        assertThat(label).as("the label link points at the sandbox").startsWith(sandbox.uri() + "/labels/id/");
        HttpResponse<byte[]> pdf = send("GET", label.substring(sandbox.uri().toString().length()), "application/pdf", null);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aSoapCallWithoutAKeyIsAnsweredWithBringsErrorInsideTheDocumentedResponse() throws Exception {
        String examples = "/bring/order-management/soap-examples/";
        HttpRequest request = HttpRequest.newBuilder(sandbox.uri().resolve("/po/api/ws"))
                .header("X-Mybring-API-Uid", "someone@example.org").header("X-Bring-Client-URL", "https://shop.example")
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BringExamples.resource(examples + "get_purchase_order_request.xml")))
                .build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("<Code>PO_STATE_002</Code>");
        assertThat(fields(xmlPaths(answer.body()))).isNotEmpty()
                .isSubsetOf(fields(xmlPaths(BringExamples.resource(examples + "get_purchase_order_access_denied_response.xml"))));
    }

    /**
     * The fields of Bring's documented order documents: the order, its items and the create
     * request share Bring's order document, each example showing some of its fields.
     */
    private Set<String> orderManagement(String format) throws Exception {
        Set<String> paths = new TreeSet<>();
        for (String example : new String[] {"retrieve_order", "get_order_page", "retrieve_orderitems", "create_order_request"}) {
            byte[] body = BringExamples.order(example + "." + format);
            Set<String> documented = format.equals("json") ? jsonPaths(json.readTree(body)) : xmlPaths(body);
            if (example.equals("create_order_request") && format.equals("json")) {
                // Bring's JSON create request writes each order line's OrderItem flat, as the OrderLineSet itself
                documented.forEach(path -> paths.add(path.replace("/OrderLineSet/", "/OrderLineSet/OrderItem/")));
            }
            paths.addAll(documented);
        }
        return paths;
    }

    /** Each path's last two steps, a field and its parent: {@code OrderItem/ArticleQuantity}. */
    private static Set<String> fields(Set<String> paths) {
        Set<String> fields = new TreeSet<>();
        for (String path : paths) {
            String[] steps = path.split("/");
            fields.add(steps.length < 3 ? path : steps[steps.length - 2] + "/" + steps[steps.length - 1]);
        }
        return fields;
    }

    /** Every field's path, array positions left out: {@code /OrderSet/Order/Reference/ReferenceNo}. */
    private static Set<String> jsonPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                paths.add(path + "/" + field.getKey());
                collect(field.getValue(), path + "/" + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path, paths));
        }
    }

    /** Every element's and attribute's path by local name: {@code /OrderResponse/OrderSet/Order/@id}. */
    private static Set<String> xmlPaths(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        Set<String> paths = new TreeSet<>();
        collect(root, "", paths);
        return paths;
    }

    private static void collect(Element element, String parent, Set<String> paths) {
        String path = parent + "/" + element.getLocalName();
        paths.add(path);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())
                    && !"http://www.w3.org/2001/XMLSchema-instance".equals(attribute.getNamespaceURI())) {
                paths.add(path + "/@" + attribute.getLocalName());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, path, paths);
            }
        }
    }
}
