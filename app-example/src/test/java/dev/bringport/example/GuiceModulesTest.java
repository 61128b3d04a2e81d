package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.InMemoryBringModule;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.BringRestModule;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.BringSoapModule;
import dev.bringport.ports.Capability;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.guice.TransportPlanModule;
import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.migration.TransportPlan;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.redis.LocalRedis;
import dev.bringport.ports.redis.RedisRateBudget;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.warehouse.Warehousing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The library's Guice modules compose without the example application: the REST, SOAP and
 * in-memory modules installed together, the ports composed by a {@link TransportPlanModule}, and
 * a {@link CallListener} bound once told of the calls of every transport. Against Bring's REST
 * APIs and SOAP services simulated on 127.0.0.1, and the in-memory Bring.
 */
@SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
class GuiceModulesTest {

    private final TwoProtocolBring bring = new TwoProtocolBring(Clock.systemUTC());
    private final BringRest rest = BringRest.builder().credentials(TwoProtocolBring.CREDENTIALS)
            .host(bring.rest().baseUri()).build();
    private final BringSoap soap = BringSoap.builder().credentials(TwoProtocolBring.CREDENTIALS)
            .host(bring.soap().host()).build();

    @AfterEach
    void stop() {
        rest.close();
        soap.close();
        bring.close();
    }

    // snippet: guice
    // Every adapter you use, one plan saying which carries what, and metrics of every call.
    static Injector injector(BringRest rest, BringSoap soap, InMemoryBring inMemory, TransportPlan plan,
                             MeterRegistry registry) {
        return Guice.createInjector(
                new BringRestModule(rest), new BringSoapModule(soap), new InMemoryBringModule(inMemory),
                new TransportPlanModule(plan),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), CallListener.class).addBinding()
                                .toInstance(new MicrometerCallListener(registry));
                    }
                });
    }
    // end snippet: guice

    @Test
    void theThreeModulesInstalledTogetherServeThePortsThePlanComposesAndABoundListenerHearsEachTransport() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TransportPlan plan = TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .operation(Operation.GET_WAREHOUSING_ERROR_CODES, "inmemory").build();

        Injector injector = injector(rest, soap, InMemoryBring.withDemoData(), plan, registry);
        injector.getInstance(OrderManagement.class).order(DemoData.CUSTOMER, DemoData.ORDER_ID);
        injector.getInstance(Warehousing.class).articleBalances(DemoData.CUSTOMER);
        injector.getInstance(Warehousing.class).errorCodes();
        injector.getInstance(Booking.class).customers();

        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).as("the order read over SOAP").isEqualTo(1);
        assertThat(bring.rest().requests("GET", "/po/api/v1/articlebalance")).as("the stock over REST").hasSize(1);
        assertThat(bring.rest().requests("GET", "/booking-api/api/customers")).hasSize(1);
        Set<String> calls = registry.get("bringport.calls").timers().stream().map(GuiceModulesTest::describe)
                .collect(Collectors.toSet());
        assertThat(calls).containsExactlyInAnyOrder("get_order over soap", "get_article_balances over rest",
                "get_warehousing_error_codes over in-memory", "get_customers over rest");
    }

    @Test
    void aModuleAloneBindsItsPortsAndTellsTheBoundListener() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Injector injector = Guice.createInjector(new BringRestModule(rest), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CallListener.class).addBinding()
                        .toInstance(new MicrometerCallListener(registry));
            }
        });

        injector.getInstance(OrderManagement.class).order(DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(registry.get("bringport.calls").tags("transport", "rest", "operation", "get_order").timer().count())
                .isEqualTo(1);
        assertThat(injector.getInstance(BringRest.class).clientRules()).isEqualTo(rest.clientRules());
    }

    // snippet: guice-rate-budget
    // One budget for every transport of the instance, handed to each adapter's builder before the adapters
    // go to their modules; told the same listener, it counts in the metrics when it falls back to the
    // instance's own share of the rate and when it is back on Redis.
    static Injector injector(BringRest.Builder rest, BringSoap.Builder soap, RedisRateBudget budget,
                             TransportPlan plan, MicrometerCallListener metrics) {
        budget.callListener(metrics);
        return Guice.createInjector(
                new BringRestModule(rest.rateBudget(budget).build()),
                new BringSoapModule(soap.rateBudget(budget).build()),
                new TransportPlanModule(plan),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), CallListener.class).addBinding().toInstance(metrics);
                    }
                });
    }
    // end snippet: guice-rate-budget

    @Test
    void theRestAndSoapAdaptersBuiltWithOneBudgetOnRedisTakeTheirPlacesFromItUnderGuice() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TransportPlan plan = TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap").build();
        try (LocalRedis redis = new LocalRedis();
             // one request a second for the fleet, one instance: a place every 1.05 s, that the test can see
             RedisRateBudget budget = RedisRateBudget.connect(redis.address(), 1, 1)) {
            Injector injector = injector(BringRest.builder().credentials(TwoProtocolBring.CREDENTIALS)
                            .host(bring.rest().baseUri()),
                    BringSoap.builder().credentials(TwoProtocolBring.CREDENTIALS).host(bring.soap().host()), budget,
                    plan, new MicrometerCallListener(registry));
            try {
                injector.getInstance(Booking.class).customers();
                injector.getInstance(OrderManagement.class).order(DemoData.CUSTOMER, DemoData.ORDER_ID);
            } finally {
                injector.getInstance(BringRest.class).close();
                injector.getInstance(BringSoap.class).close();
            }
        }

        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).as("the order read over SOAP").isEqualTo(1);
        assertThat(bring.rest().requests("GET", "/booking-api/api/customers")).hasSize(1);
        assertThat(registry.get("bringport.rate.budget.wait").tags("transport", "soap").timer()
                .max(TimeUnit.MILLISECONDS)).as("the SOAP read waited for the place after the REST call's, 1.05 s on")
                .isGreaterThanOrEqualTo(300);
    }

    private static String describe(Timer timer) {
        return timer.getId().getTag("operation") + " over " + timer.getId().getTag("transport");
    }
}
