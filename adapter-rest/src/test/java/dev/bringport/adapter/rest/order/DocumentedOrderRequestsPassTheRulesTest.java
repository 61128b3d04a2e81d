package dev.bringport.adapter.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TrackingEventRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library is never stricter than Bring: the Order Management requests Bring documents pass
 * every rule the library checks before sending. The page's {@code CreateOrderRequest} examples are
 * schemas with {@code "String"} placeholders (no date, no message function), which the reader
 * refuses before any rule is asked; Bring's SOAP request examples are SoapUI templates
 * ({@code ?} for every value). No rule here depends on the time.
 */
class DocumentedOrderRequestsPassTheRulesTest {

    @Test
    void theDocumentedPackingListBreaksNoRule() {
        OrderDocuments.PackagingListRequest request = OrderDocuments.packagingList(
                ExampleBring.example("create_packaging_list.xml"));

        assertThat(OrderRules.identity(request.customerId(), request.orderId())).isEmpty();
        assertThat(PackingListRules.violations(request.packingList())).isEmpty();
    }

    @Test
    void theDocumentedEventsBreakNoRule() {
        List<TrackingEvent> events = OrderDocuments.events(ExampleBring.example("create_events.xml"));

        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(TrackingEventRules.violations(event)).isEmpty());
    }

    @Test
    void thePagesPlaceholderOrdersAreRefusedByTheReaderNotByARule() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                OrderDocuments.orderMessage(ExampleBring.example("create_order_request.json")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                OrderDocuments.orderMessage(ExampleBring.example("create_order_request.xml")));
    }
}
