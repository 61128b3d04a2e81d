package dev.bringport.adapter.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The request bodies users already have, read into domain values to be sent through the ports:
 * Bring's documented {@code CreatePackagingListRequest} and {@code CreateEventRequest}
 * ({@code bring-examples/README.md} names their source); the order request round trip is in
 * {@link CreateOrderRequestTest}.
 */
class OrderDocumentsTest {

    @Test
    void theDocumentedPackagingListRequestNamesItsCustomerOrderAndItems() {
        OrderDocuments.PackagingListRequest request = OrderDocuments.packagingList(
                ExampleBring.example("create_packaging_list.xml"));

        assertThat(request.customerId()).isEqualTo("99999999");
        assertThat(request.orderId()).isEqualTo("12345678");
        assertThat(request.packingList().consignmentId()).isEqualTo("70703223343223526");
        assertThat(request.packingList().packageId()).contains("370794836448493247");
        assertThat(request.packingList().items()).containsExactly(
                item("10", "10"), item("20", "3"), item("30", "5"));
        assertThat(request.packingList().additionalItems()).isEmpty();
    }

    @Test
    void theDocumentedEventRequestIsReadAsItsEvents() {
        List<TrackingEvent> events = OrderDocuments.events(ExampleBring.example("create_events.xml"));

        assertThat(events).containsExactly(new TrackingEvent("12345", new EventType("{event type}"),
                Optional.of("{some value}"), Optional.of(Instant.parse("2014-07-03T22:00:00Z"))));
    }

    @Test
    void anEventWhoseTimestampIsNotADateIsReadWithoutOneForThePortToRefuseWithBringsCode() {
        byte[] body = new String(ExampleBring.example("create_events.xml"), StandardCharsets.UTF_8)
                .replace("2014-07-04T00:00:00+02:00", "tomorrow").getBytes(StandardCharsets.UTF_8);

        assertThat(OrderDocuments.events(body)).singleElement()
                .satisfies(event -> assertThat(event.timestamp()).isEmpty());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] documented = ExampleBring.example("create_packaging_list.xml");
        byte[] withBom = new byte[documented.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(documented, 0, withBom, 3, documented.length);

        assertThat(OrderDocuments.packagingList(withBom)).isEqualTo(OrderDocuments.packagingList(documented));
    }

    @Test
    void thePagesPlaceholderOrderRequestIsRefusedNamingWhatIsWrong() {
        // The page's request body is a schema: "String" values, and a message function no order has.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderDocuments.orderMessage(ExampleBring.example("create_order_request.json")))
                .withMessageStartingWith("not a JSON CreateOrderRequest the library can read: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderDocuments.orderMessage(ExampleBring.example("create_order_request.xml")))
                .withMessageStartingWith("not a XML CreateOrderRequest the library can read: ");
    }

    @Test
    void aPackagingListRequestWithoutPackingListIsRefused() {
        byte[] body = "<CreatePackagingListRequest><CustomerNo>1</CustomerNo></CreatePackagingListRequest>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.packagingList(body))
                .withMessageContaining("PackingList is required");
    }

    @Test
    void aBodyThatIsNotADocumentIsRefusedWithItsPlace() {
        byte[] body = "{\"RequestProperties\": ".getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.events(body))
                .withMessageStartingWith("not a JSON CreateEventRequest the library can read")
                .withMessageContaining("line 1");
    }

    private static PackingListItem item(String articleLineId, String quantity) {
        return new PackingListItem(Optional.of("1"), articleLineId, new BigDecimal(quantity), Optional.empty(),
                Optional.empty());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", " null "})
    void aJsonNullIsRefusedAsNoDocument(String body) {
        // found by AnswerReadersFuzzTest: a NullPointerException escaped each of the three readers
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.orderMessage(bytes))
                .withMessageContaining("the body holds no document");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.packagingList(bytes))
                .withMessageContaining("the body holds no document");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.events(bytes))
                .withMessageContaining("the body holds no document");
    }
}
