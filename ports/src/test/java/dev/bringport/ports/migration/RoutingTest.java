package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.Failure;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each operation goes to the transport it is routed to, and fails as that transport fails. */
class RoutingTest {

    private final ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST")
            .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN).answers(Operation.ADD_PACKING_LIST, (Object) null);
    private final ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
            .answers(Operation.ADD_PACKING_LIST, (Object) null)
            .fails(Operation.GET_ORDER, () -> new NotFoundException(Failure.of(Operation.GET_ORDER, "no order")))
            .lacks(Operation.GET_SENDER_STATUS);

    private final OrderManagement routed = Routing.route(OrderManagement.class, rest.port(),
            Map.of(Operation.ADD_PACKING_LIST, soap.port(), Operation.GET_ORDER, soap.port()));

    @Test
    void eachOperationGoesWhereItIsRouted() {
        assertThat(routed.senderStatus("10000000000", "o")).isEqualTo(SenderStatus.OPEN);
        routed.addPackingList("10000000000", "o", null);

        assertThat(rest.calls()).containsExactly(Operation.GET_SENDER_STATUS);
        assertThat(soap.calls()).containsExactly(Operation.ADD_PACKING_LIST);
    }

    @Test
    void aRoutedCallFailsAsItsTransportFails() {
        assertThatThrownBy(() -> routed.order("10000000000", "o")).isInstanceOf(NotFoundException.class);
        assertThat(rest.calls()).isEmpty();
    }

    @Test
    void theRoutedPortSaysWhichTransportsItUsesAndWhatEachOperationsTransportOffers() {
        assertThat(routed.transport()).isEqualTo("routed(REST, SOAP)");
        assertThat(routed.supports(Operation.GET_SENDER_STATUS)).isTrue();
        assertThat(Routing.route(OrderManagement.class, soap.port(), Map.of()).supports(Operation.GET_SENDER_STATUS)).isFalse();
    }

    @Test
    void anOperationOfAnotherPortCannotBeRouted() {
        assertThatIllegalArgumentException().isThrownBy(() -> Routing.route(OrderManagement.class, rest.port(),
                Map.of(Operation.BOOK, soap.port()))).withMessageContaining("BOOK is not an operation of OrderManagement");
        assertThat(List.of(Booking.class)).isNotEmpty();
    }
}
