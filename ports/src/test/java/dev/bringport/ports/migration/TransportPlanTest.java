package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

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

    private final ScriptedPort<Warehousing> restWarehouse = new ScriptedPort<>(Warehousing.class, "REST")
            .answers(Operation.GET_ARTICLE_BALANCES, List.of());
    private final ScriptedPort<Warehousing> soapWarehouse = new ScriptedPort<>(Warehousing.class, "SOAP")
            .answers(Operation.GET_WAREHOUSING_ERROR_CODES, List.of()).lacks(Operation.GET_ARTICLE_BALANCES);

    private Map<String, BringPorts> transports() {
        return Map.of(
                "rest", new BringPorts(restOrders.port(), restWarehouse.port(),
                        new ScriptedPort<>(Booking.class, "REST").port(), new ScriptedPort<>(Pickups.class, "REST").port()),
                "soap", new BringPorts(soapOrders.port(), soapWarehouse.port(),
                        new ScriptedPort<>(Booking.class, "SOAP").port(), new ScriptedPort<>(Pickups.class, "SOAP").port()));
    }

    @Test
    void aPortsRouteCoversTheOperationsItsTransportOffersAndLeavesTheOthersOnTheDefault() {
        BringPorts ports = TransportPlan.builder("rest").capability(Capability.WAREHOUSING, "soap").build()
                .compose(transports(), FallbackListener.NONE, Optional.empty());

        ports.warehousing().errorCodes();
        ports.warehousing().articleBalances("1");

        assertThat(soapWarehouse.calls()).containsExactly(Operation.GET_WAREHOUSING_ERROR_CODES);
        assertThat(restWarehouse.calls()).containsExactly(Operation.GET_ARTICLE_BALANCES);
    }

    @Test
    void eachTransportCanHaveItsOwnFallbackSoBothProtocolsCoverForEachOther() {
        TransportPlan plan = TransportPlan.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "rest",
                "BRINGPORT_TRANSPORT_GET_SENDER_STATUS", "soap", "BRINGPORT_FALLBACK_SOAP", "rest",
                "BRINGPORT_FALLBACK_REST", "soap"), "inmemory");
        ScriptedPort<OrderManagement> throttledRest = new ScriptedPort<>(OrderManagement.class, "REST")
                .fails(Operation.ADD_PACKING_LIST, () -> new RateLimitedException(
                        Failure.of(Operation.ADD_PACKING_LIST, "throttled").withHttpStatus(429), Optional.empty()))
                .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN);
        Map<String, BringPorts> transports = Map.of(
                "rest", new BringPorts(throttledRest.port(), restWarehouse.port(),
                        new ScriptedPort<>(Booking.class, "REST").port(), new ScriptedPort<>(Pickups.class, "REST").port()),
                "soap", transports().get("soap"));
        List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
        BringPorts ports = plan.compose(transports, fallbacks::add, Optional.empty());

        ports.orderManagement().addPackingList("1", "o", null);   // REST throttles: SOAP covers
        SenderStatus status = ports.orderManagement().senderStatus("1", "o"); // SOAP throttles: REST covers

        assertThat(status).isEqualTo(SenderStatus.OPEN);
        assertThat(fallbacks).extracting(FallbackEvent::operation, FallbackEvent::primary, FallbackEvent::secondary)
                .containsExactly(tuple(Operation.ADD_PACKING_LIST, "REST", "SOAP"),
                        tuple(Operation.GET_SENDER_STATUS, "SOAP", "REST"));
        assertThat(plan.fallbackOf("rest")).contains("soap");
        assertThat(plan.fallbackOf("inmemory")).isEmpty();
    }

    @Test
    void aFallbackOfATransportNoOperationGoesToIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransportPlan.builder("rest").fallback("soap", "rest").fallback("rest", "rest").build()
                        .compose(transports(), FallbackListener.NONE, Optional.empty()))
                .withMessageContaining("fallback of 'soap' is set, but no operation goes to 'soap' first")
                .withMessageContaining("fallback of 'rest' is 'rest' itself");
    }

    @Test
    void theDefaultTransportIsAlwaysBuilt() {
        TransportPlan plan = TransportPlan.builder("inmemory").capability(Capability.ORDER_MANAGEMENT, "soap")
                .capability(Capability.WAREHOUSING, "soap").capability(Capability.BOOKING, "soap")
                .capability(Capability.PICKUPS, "soap").build();

        assertThat(plan.transports()).containsExactly("inmemory", "soap");
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
    void theClientRulesVariableIsNotATransportSetting() {
        TransportPlan plan = TransportPlan.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "rest",
                "BRINGPORT_CLIENT_RULES", "off"), "inmemory");

        assertThat(plan.transports()).containsExactly("rest");
    }

    @Test
    void theRateBudgetVariableIsNotATransportSetting() {
        TransportPlan plan = TransportPlan.fromEnvironment(Map.of("BRINGPORT_TRANSPORT", "rest",
                "BRINGPORT_RATE_BUDGET", "redis://127.0.0.1:6379"), "inmemory");

        assertThat(plan.transports()).containsExactly("rest");
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
