package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.guice.TransportPlanModule;
import dev.bringport.ports.guice.Transports;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Transports contributed by their modules compose in Guice: one alone binds the ports, several
 * need a {@link TransportPlanModule}, which composes them when the injector is made and refuses a
 * wrong plan then.
 */
class TransportPlanModuleTest {

    private final ScriptedPort<OrderManagement> restOrders = new ScriptedPort<>(OrderManagement.class, "REST")
            .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN);
    private final ScriptedPort<OrderManagement> soapOrders = new ScriptedPort<>(OrderManagement.class, "SOAP")
            .answers(Operation.ADD_PACKING_LIST, (Object) null)
            .fails(Operation.GET_SENDER_STATUS, () -> new RateLimitedException(
                    Failure.of(Operation.GET_SENDER_STATUS, "throttled").withHttpStatus(429), Optional.empty()));

    /** A module of a transport, as the adapters' modules are. */
    private static AbstractModule transport(String name, ScriptedPort<OrderManagement> orders) {
        BringPorts ports = new BringPorts(orders.port(), new ScriptedPort<>(Warehousing.class, name).port(),
                new ScriptedPort<>(Booking.class, name).port(), new ScriptedPort<>(Pickups.class, name).port());
        return new AbstractModule() {
            @Override
            protected void configure() {
                Transports.contribute(binder(), name, () -> ports);
            }
        };
    }

    @Test
    void oneTransportAloneBindsThePorts() {
        Injector injector = Guice.createInjector(transport("rest", restOrders));

        assertThat(injector.getInstance(OrderManagement.class).senderStatus("1", "o")).isEqualTo(SenderStatus.OPEN);
        assertThat(injector.getInstance(BringPorts.class).orderManagement()).isSameAs(restOrders.port());
        assertThat(restOrders.calls()).containsExactly(Operation.GET_SENDER_STATUS);
    }

    @Test
    void severalTransportsWithoutAPlanSayThatAPlanIsNeeded() {
        Injector injector = Guice.createInjector(transport("rest", restOrders), transport("soap", soapOrders));

        assertThatThrownBy(() -> injector.getInstance(OrderManagement.class)).isInstanceOf(ProvisionException.class)
                .hasMessageContaining("2 transports are installed [rest, soap]: install a TransportPlanModule");
    }

    @Test
    void aPlanComposesTheTransportsInstalledAndItsFallbacksAreToldToTheBoundListener() {
        List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
        Injector injector = Guice.createInjector(transport("rest", restOrders), transport("soap", soapOrders),
                new TransportPlanModule(TransportPlan.builder("rest").operation(Operation.ADD_PACKING_LIST, "soap")
                        .operation(Operation.GET_SENDER_STATUS, "soap").fallback("rest").build()),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(FallbackListener.class).toInstance(fallbacks::add);
                    }
                });

        OrderManagement orders = injector.getInstance(OrderManagement.class);
        orders.addPackingList("1", "o", null);
        SenderStatus status = orders.senderStatus("1", "o");

        assertThat(soapOrders.calls()).containsExactly(Operation.ADD_PACKING_LIST, Operation.GET_SENDER_STATUS);
        assertThat(status).as("SOAP was throttled: REST carried it").isEqualTo(SenderStatus.OPEN);
        assertThat(fallbacks).extracting(FallbackEvent::operation).containsExactly(Operation.GET_SENDER_STATUS);
        assertThat(injector.getInstance(TransportPlan.class).transportOf(Operation.ADD_PACKING_LIST)).isEqualTo("soap");
        assertThat(injector.getInstance(BringPorts.class)).isSameAs(injector.getInstance(BringPorts.class));
    }

    @Test
    void aPlanNamingATransportThatIsNotInstalledFailsWhenTheInjectorIsMade() {
        assertThatThrownBy(() -> Guice.createInjector(transport("rest", restOrders),
                new TransportPlanModule(TransportPlan.builder("rest").operation(Operation.BOOK, "soap").build())))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("transport 'soap' is named but not given (given: [rest])");
    }

    @Test
    void aPlanWithAShadowNeedsABoundShadow() {
        assertThatThrownBy(() -> Guice.createInjector(transport("rest", restOrders), transport("soap", soapOrders),
                new TransportPlanModule(TransportPlan.builder("soap").shadow("rest").build())))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("no Shadow was given");
    }
}
