package dev.bringport.adapter.rest.order;

import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulated Bring the contract suites run against answers in Bring's documented shapes: each
 * answer has only the names, nesting, kinds of value (JSON) and namespaces and order (XML) of
 * Bring's example for its endpoint. The order answer may also hold the parts of the order schema
 * the example leaves out, as the page's CreateOrderRequest example has them, and what remains to
 * pack, as Bring's items answer has it.
 */
class SimulationShapesTest {

    private static final String PO = "http://api.bring.com/po";
    private static final String OM = "http://api.bring.com/om";
    private static final String ORDER = "/" + CUSTOMER + "/" + ORDER_ID;

    private final InMemoryBring inMemory = InMemoryBring.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC)).build()
            .givenOrder(CUSTOMER, ContractExamples.order(ORDER_ID))
            .givenStock(CUSTOMER, ContractExamples.articleBalances());
    private final BringSimulator simulator = BringSimulator.start(inMemory);
    private final HttpClient client = HttpClient.newHttpClient();

    SimulationShapesTest() {
        inMemory.orderManagement().addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70707730122339403",
                List.of(PackingListItem.of("1", BigDecimal.ONE), PackingListItem.of("3", new BigDecimal("3")))));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private record Answer(int status, byte[] body) {
    }

    private Answer call(String method, String path, WireFormat format, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(simulator.baseUri().resolve("/po/api/v1" + path))
                .header("X-Mybring-API-Uid", InMemoryBring.DEFAULT_USER)
                .header("X-Mybring-API-Key", BringSimulator.DEFAULT_KEY)
                .header("X-Bring-Client-URL", "https://shop.example")
                .header("Accept", format.mediaType())
                .header("Content-Type", "application/xml")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    private static DocumentShape shape(byte[] body, WireFormat format) {
        return format == WireFormat.XML ? DocumentShape.ofXml(body) : DocumentShape.ofJson(body);
    }

    private static DocumentShape example(String name, WireFormat format) {
        return shape(ExampleBring.example(name + ExampleBring.extension(format)), format);
    }

    private void assertShaped(String path, WireFormat format, DocumentShape documented) throws Exception {
        Answer answer = call("GET", path, format, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(shape(answer.body(), format).notIn(documented)).as(new String(answer.body(), StandardCharsets.UTF_8))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theSimpleAnswersHaveTheDocumentedShapes(WireFormat format) throws Exception {
        assertShaped("/purchaseorderCustomer/" + CUSTOMER, format, example("verify_customer", format));
        assertShaped("/items" + ORDER, format, example("retrieve_orderitems", format));
        assertShaped("/packaginglist" + ORDER, format, example("retrieve_packinglist", format));
        assertShaped("/senderStatus" + ORDER, format, example("check_status", format));
        assertShaped("/errorCodes", format, example("error_codes", format));
        assertShaped("/articlebalance/" + CUSTOMER, format, example("retrieve_articlebalance_all", format));
        assertShaped("/articlebalance/" + CUSTOMER + "/5300311", format, example("retrieve_articlebalance_one", format));
        assertShaped("/articlebalance/info/" + CUSTOMER + "/HD", format, example("retrieve_articlebalance_search", format));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theOrderHasTheDocumentedShapeAndTheRestOfTheOrderSchema(WireFormat format) throws Exception {
        DocumentShape request = example("create_order_request", format);
        Set<String> schema = request.paths().stream()
                .map(p -> format == WireFormat.XML
                        ? p.replace("CreateOrderRequest/SupplyStructure/OrderSet", "GetOrderResponse/OrderSet")
                                .replace(" {null}", " {" + OM + "}")
                        // JSON: answers nest items in OrderLineSet[].OrderItem[] and give Date and Time as epoch ms
                        : p.replace("/SupplyStructure/OrderSet", "/OrderSet")
                                .replace("/OrderSet/OrderLineSet[]", "/OrderSet/OrderLineSet[]/OrderItem[]")
                                .replaceAll("/(Date|Time):string$", "/$1:number"))
                .collect(Collectors.toSet());
        Set<String> remaining = format == WireFormat.XML
                ? Set.of("GetOrderResponse/OrderSet/OrderLineSet/OrderItem/RemainingArticleQuantity {" + OM + "}")
                : Set.of("/OrderSet/OrderLineSet[]/OrderItem[]/RemainingArticleQuantity:number");

        assertShaped("/omorder" + ORDER, format, example("retrieve_order", format).plus(schema).plus(remaining));
        assertShaped("/order" + ORDER, format, example("retrieve_order", format).plus(schema).plus(remaining));
    }

    @Test
    void xmlAnswersAreInBringsNamespaces() throws Exception {
        assertThat(new String(call("GET", "/senderStatus" + ORDER, WireFormat.XML, null).body(), StandardCharsets.UTF_8))
                .startsWith("<GetSenderStatusResponse xmlns=\"" + PO + "\">");
        assertThat(new String(call("GET", "/omorder" + ORDER, WireFormat.XML, null).body(), StandardCharsets.UTF_8))
                .startsWith("<GetOrderResponse xmlns=\"" + OM + "\">");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void errorsHaveTheShapeOfBringsErrors(WireFormat format) throws Exception {
        Answer notFound = call("GET", "/senderStatus/" + CUSTOMER + "/no-such-order", format, null);
        assertThat(notFound.status()).isEqualTo(404);
        DocumentShape readError = example("errors/get_purchase_order_access_denied_response", format);
        assertThat(shape(notFound.body(), format).notIn(format == WireFormat.XML
                ? readError.asXmlRoot("GetSenderStatusResponse", PO) : readError)).isEmpty();

        byte[] list = ("<CreatePackagingListRequest><CustomerNo>" + CUSTOMER + "</CustomerNo><PurchaseOrderNo>no-such-order"
                + "</PurchaseOrderNo><PackingList><ConsignmentId>70438101268018539</ConsignmentId></PackingList>"
                + "</CreatePackagingListRequest>").getBytes(StandardCharsets.UTF_8);
        Answer failed = call("POST", "/packaginglist", format, list);
        assertThat(failed.status()).isEqualTo(404);
        assertThat(shape(failed.body(), format).notIn(example("errors/create_packaging_list_order_not_found_response", format)))
                .isEmpty();
        assertThat(new String(failed.body(), StandardCharsets.UTF_8)).contains("PO_INPUT_010", "FAILED");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aCreateThatSucceedsHasTheShapeOfBringsAnswer(WireFormat format) throws Exception {
        byte[] list = ("<CreatePackagingListRequest xmlns=\"" + PO + "\"><CustomerNo>" + CUSTOMER + "</CustomerNo>"
                + "<PurchaseOrderNo>" + ORDER_ID + "</PurchaseOrderNo><PackingList><ConsignmentId>70438101268018546"
                + "</ConsignmentId><PackingListSet><PackingListItem articleLineId=\"2\"><ArticleQuantity>1</ArticleQuantity>"
                + "</PackingListItem></PackingListSet></PackingList></CreatePackagingListRequest>").getBytes(StandardCharsets.UTF_8);

        Answer created = call("POST", "/packaginglist", format, list);

        assertThat(created.status()).isEqualTo(200);
        assertThat(shape(created.body(), format).notIn(example("errors/create_packaging_list_response", format))).isEmpty();
        assertThat(inMemory.orderManagement().packingLists(CUSTOMER, ORDER_ID)).hasSize(2);
    }
}
