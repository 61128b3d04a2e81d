package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.Party;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.util.Convert;

/**
 * Bring's versioning rule: new elements and fields are ignored. Every documented answer, with
 * unknown fields added to every JSON object, and unknown elements and attributes added to every XML
 * element that has elements, reads into the same values as the documented answer itself.
 */
class UnknownFieldsTest {

    private record Endpoint(String example, String path, Function<ExampleBring, Object> read) {
        @Override
        public String toString() {
            return example;
        }
    }

    static Stream<Arguments> answers() {
        String order = "/" + CUSTOMER + "/" + ORDER_ID;
        List<Endpoint> endpoints = List.of(
                new Endpoint("verify_customer", "/purchaseorderCustomer/" + CUSTOMER,
                        b -> b.orderManagement().isOrderManagementCustomer(CUSTOMER)),
                new Endpoint("retrieve_order", "/omorder" + order, b -> b.orderManagement().order(CUSTOMER, ORDER_ID)),
                new Endpoint("get_order_page", "/order" + order, b -> b.warehousing().order(CUSTOMER, ORDER_ID)),
                new Endpoint("retrieve_orderitems", "/items" + order, b -> b.orderManagement().orderLines(CUSTOMER, ORDER_ID)),
                new Endpoint("retrieve_packinglist", "/packaginglist" + order,
                        b -> b.orderManagement().packingLists(CUSTOMER, ORDER_ID)),
                new Endpoint("check_status", "/senderStatus" + order, b -> b.orderManagement().senderStatus(CUSTOMER, ORDER_ID)),
                new Endpoint("error_codes", "/errorCodes", b -> b.warehousing().errorCodes()),
                new Endpoint("retrieve_articlebalance_all", "/articlebalance/" + CUSTOMER,
                        b -> b.warehousing().articleBalances(CUSTOMER)),
                new Endpoint("retrieve_articlebalance_one", "/articlebalance/" + CUSTOMER + "/5300311",
                        b -> b.warehousing().articleBalance(CUSTOMER, "5300311")),
                new Endpoint("retrieve_articlebalance_search", "/articlebalance/info/" + CUSTOMER + "/HD",
                        b -> b.warehousing().searchArticleBalances(CUSTOMER, "HD")));
        List<Arguments> all = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (WireFormat format : WireFormat.values()) {
                all.add(Arguments.of(endpoint, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void anAnswerWithUnknownFieldsEverywhereReadsLikeTheDocumentedAnswer(Endpoint endpoint, WireFormat format) throws Exception {
        byte[] documented = ExampleBring.example(endpoint.example() + ExampleBring.extension(format));
        byte[] extended = format == WireFormat.JSON ? extendJson(documented) : extendXml(documented);
        assertThat(extended).isNotEqualTo(documented);

        Object expected = read(endpoint, format, documented);
        Object actual = read(endpoint, format, extended);

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void codeValuesBringAddsLaterPassThroughAsWritten(WireFormat format) {
        String documented = new String(ExampleBring.example("retrieve_order" + ExampleBring.extension(format)),
                StandardCharsets.UTF_8);
        String renamed = documented.replace("VendorItemNo", "GTIN")
                .replace("PHYSICAL_ADDRESS", "VisitingAddress").replace("PhysicalAddress", "VisitingAddress");
        assertThat(renamed).isNotEqualTo(documented);

        Order order;
        try (ExampleBring bring = new ExampleBring(format).answer("GET", BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID,
                200, renamed.getBytes(StandardCharsets.UTF_8), format)) {
            order = bring.orderManagement().order(CUSTOMER, ORDER_ID);
        }

        assertThat(order.lines()).flatExtracting(OrderLine::articleIds).extracting(ArticleId::type)
                .contains(new ArticleIdType("GTIN"));
        assertThat(order.parties()).flatExtracting(Party::addresses).extracting(Address::type)
                .contains(new AddressType("VisitingAddress")).doesNotContain(AddressType.PHYSICAL_ADDRESS);
    }

    private static Object read(Endpoint endpoint, WireFormat format, byte[] body) {
        try (ExampleBring bring = new ExampleBring(format).answer("GET", BASE + endpoint.path(), 200, body, format)) {
            return endpoint.read().apply(bring);
        }
    }

    private static byte[] extendJson(byte[] json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(json);
        addFields(tree, mapper);
        return mapper.writeValueAsBytes(tree);
    }

    private static void addFields(JsonNode node, ObjectMapper mapper) {
        node.forEach(child -> addFields(child, mapper));
        if (node instanceof ObjectNode object) {
            ObjectNode unknown = object.putObject("brandNewObject");
            unknown.putArray("list").add(1).addObject().putNull("nothing");
            unknown.put("text", "x");
            object.put("brandNewNumber", 7);
            object.putArray("brandNewList").add("a").add("b");
        }
    }

    private static byte[] extendXml(byte[] xml) throws Exception {
        Document document = Convert.toDocument(Input.fromByteArray(xml).build());
        addElements(document.getDocumentElement());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static void addElements(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        if (children.isEmpty()) {
            return;
        }
        children.forEach(UnknownFieldsTest::addElements);
        element.setAttribute("brandNewAttribute", "x");
        element.insertBefore(unknown(element), element.getFirstChild());
        element.appendChild(unknown(element));
    }

    private static Element unknown(Element parent) {
        Element unknown = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), "BrandNewElement");
        unknown.setAttribute("kind", "new");
        Element inner = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), "Inner");
        inner.setTextContent("1");
        unknown.appendChild(inner);
        return unknown;
    }
}
