package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.Capability;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One typed configuration composes the four ports; a wrong one fails at once, saying why. */
class TransportPlanTest {

    private final ScriptedPort<OrderManagement> restOrders = new ScriptedPort<>(OrderManagement.class, "REST")
            .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN).answers(Operation.ADD_PACKING_LIST, (Object) null)
            .lacks(Operation.CREATE_TRANSPORT_ORDER);
    private final ScriptedPort<OrderManagement> soapOrders = new ScriptedPort<>(OrderManagement.class, "SOAP")
            .answers(Operation.ADD_PACKING_LIST, (Object) null)
            .fails(Operation.GET_SENDER_STATUS, () -> new RateLimitedException(
                    Failure.of(Operation.GET_SENDER_STATUS, "throttled").withHttpStatus(429), Optional.empty()))
            .lacks(Operation.GET_ARTICLE_BALANCES);

    private Map<String, BringPorts> transports() {
        return Map.of(
                "rest", new BringPorts(restOrders.port(), new ScriptedPort<>(Warehousing.class, "REST").port(),
                        new ScriptedPort<>(Booking.class, "REST").port(), new ScriptedPort<>(Pickups.class, "REST").port()),
                "soap", new BringPorts(soapOrders.port(), new ScriptedPort<>(Warehousing.class, "SOAP")
                        .lacks(Operation.GET_ARTICLE_BALANCES).port(),
                        new ScriptedPort<>(Booking.class, "SOAP").port(), new ScriptedPort<>(Pickups.class, "SOAP").port()));
    }

    @Test
    void systemPropertiesNameTheDefaultThePortsTheOperationsTheFallbackAndTheShadow() {
        TransportPlan plan = TransportPlan.fromProperties(Map.of("bringport.transport", "soap",
                "bringport.transport.warehousing", "REST", "bringport.transport.GET_SENDER_STATUS", "rest",
                "bringport.fallback", "rest", "java.version", "17"), "inmemory");

        assertThat(plan.transportOf(Operation.ADD_PACKING_LIST)).isEqualTo("soap");
        assertThat(plan.transportOf(Operation.GET_ARTICLE_BALANCES)).isEqualTo("rest");
        assertThat(plan.transportOf(Operation.GET_SENDER_STATUS)).isEqualTo("rest");
        assertThat(plan.fallback()).contains("rest");
        assertThat(plan.transports()).containsExactly("rest", "soap");
    }

    @Test
    void environmentVariablesSayTheSame() {
        TransportPlan plan = TransportPlan.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "soap",
                "BRINGPORT_TRANSPORT_ORDER_MANAGEMENT", "rest", "BRINGPORT_TRANSPORT_ADD_PACKING_LIST", "soap",
                "BRINGPORT_SHADOW", "rest", "HOME", "/root"), "inmemory");

        assertThat(plan.transportOf(Operation.GET_ORDER)).isEqualTo("rest");
        assertThat(plan.transportOf(Operation.ADD_PACKING_LIST)).isEqualTo("soap");
        assertThat(plan.transportOf(Operation.BOOK)).isEqualTo("soap");
        assertThat(plan.shadow()).contains("rest");
    }

    @Test
    void aSettingThatMeansNothingFailsAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> TransportPlan.fromProperties(
                Map.of("bringport.transport.parcels", "rest"), "rest")).withMessageContaining("bringport.transport.parcels");
        assertThatIllegalArgumentException().isThrownBy(() -> TransportPlan.fromEnvironment(
                Map.of("BRINGPORT_FALLBACKS", "rest"), "rest")).withMessageContaining("BRINGPORT_fallbacks");
        assertThatIllegalArgumentException().isThrownBy(() -> TransportPlan.builder(" ")).withMessageContaining("blank");
    }

    @Test
    void aPlanThatCannotWorkIsRefusedWithEveryReason() {
        TransportPlan plan = TransportPlan.builder("rest").operation(Operation.CREATE_TRANSPORT_ORDER, "rest")
                .capability(Capability.PICKUPS, "ftp").shadow("rest").build();

        assertThatIllegalArgumentException().isThrownBy(() -> plan.compose(transports(), FallbackListener.NONE, Optional.empty()))
                .withMessageContaining("transport 'ftp' is named but not given");
        TransportPlan unsupported = TransportPlan.builder("soap").operation(Operation.CREATE_TRANSPORT_ORDER, "rest")
                .fallback("soap").build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransportPlan.builder("rest").operation(Operation.CREATE_TRANSPORT_ORDER, "rest").build()
                        .compose(transports(), FallbackListener.NONE, Optional.empty()))
                .withMessageContaining("CREATE_TRANSPORT_ORDER is routed to 'rest', which does not offer it");
        assertThat(unsupported.compose(transports(), FallbackListener.NONE, Optional.empty())).isNotNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransportPlan.builder("rest").fallback("rest").build()
                        .compose(transports(), FallbackListener.NONE, Optional.empty()))
                .withMessageContaining("fallback 'rest' is the transport of every operation");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransportPlan.builder("soap").shadow("rest").build()
                        .compose(transports(), FallbackListener.NONE, Optional.empty()))
                .withMessageContaining("no Shadow was given");
    }

    @Test
    void theComposedPortsRouteEachOperationAndFallBackWhenTheRoutedTransportDidNotAct() {
        List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
        BringPorts ports = TransportPlan.builder("rest").operation(Operation.ADD_PACKING_LIST, "soap")
                .operation(Operation.GET_SENDER_STATUS, "soap").fallback("rest").build()
                .compose(transports(), fallbacks::add, Optional.empty());

        ports.orderManagement().addPackingList("1", "o", null);
        SenderStatus status = ports.orderManagement().senderStatus("1", "o");

        assertThat(soapOrders.calls()).containsExactly(Operation.ADD_PACKING_LIST, Operation.GET_SENDER_STATUS);
        assertThat(restOrders.calls()).containsExactly(Operation.GET_SENDER_STATUS);
        assertThat(status).isEqualTo(SenderStatus.OPEN);
        assertThat(fallbacks).extracting(FallbackEvent::operation).containsExactly(Operation.GET_SENDER_STATUS);
    }

    @Test
    void theShadowComparesReadsOfEveryTransportButItself() throws Exception {
        List<ShadowReport> reports = new CopyOnWriteArrayList<>();
        try (Shadow shadow = new Shadow(reports::add, Duration.ofSeconds(1), 1, 10)) {
            BringPorts ports = TransportPlan.builder("rest").operation(Operation.ADD_PACKING_LIST, "soap").shadow("soap")
                    .build().compose(transports(), FallbackListener.NONE, Optional.of(shadow));

            ports.orderManagement().senderStatus("1", "o");
            ports.orderManagement().addPackingList("1", "o", null);

            for (int i = 0; i < 50 && reports.isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.operation()).isEqualTo(Operation.GET_SENDER_STATUS);
                assertThat(r.candidate()).isEqualTo("SOAP");
            });
            assertThat(soapOrders.calls()).containsExactlyInAnyOrder(Operation.GET_SENDER_STATUS, Operation.ADD_PACKING_LIST);
        }
    }
}
