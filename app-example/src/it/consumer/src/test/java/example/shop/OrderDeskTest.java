package example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.InMemoryBringModule;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.domain.order.Order;
import dev.bringport.ports.order.OrderManagement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shop's tests run against the in-memory Bring, wired by Guice as in production. */
class OrderDeskTest {

    private static final String CUSTOMER = "10000000000";          // Bring's documented customer
    private static final String ORDER = "11873875-status_med_2";    // and order, in the demo data

    @Test
    void theDeskReadsTheDocumentedOrderFromTheInMemoryBring() {
        OrderDesk desk = Guice.createInjector(new InMemoryBringModule(InMemoryBring.withDemoData()))
                .getInstance(OrderDesk.class);

        assertEquals(ORDER + ": 3 lines, OPEN", desk.status(CUSTOMER, ORDER));
    }

    @Test
    void productionWiringRefusesAnEnvironmentWithoutCredentials() {
        ProductionModule production = new ProductionModule(Map.of(), new SimpleMeterRegistry());

        Exception refused = assertThrows(Exception.class,
                () -> Guice.createInjector(production).getInstance(OrderManagement.class));
        assertTrue(refused.getMessage().contains("BRING_API_UID"), refused.getMessage());
    }

    @Test
    void theMetricsOfTheCallsAreRecordedWhicheverTransportCarriesThem() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OrderDesk desk = Guice.createInjector(new InMemoryBringModule(InMemoryBring.withDemoData()),
                new ProductionModule.Metrics(registry)).getInstance(OrderDesk.class);

        desk.status(CUSTOMER, ORDER);

        assertEquals(1, registry.get("bringport.calls").tags("operation", "get_order", "transport", "in-memory",
                "outcome", "success").timer().count());
    }

    @Test
    void bringportsJarsAreModulesWithStableNamesAndNoPackageInTwo() throws Exception {
        List<Path> jars = List.of(jar(Order.class), jar(OrderManagement.class), jar(InMemoryBring.class),
                jar(BringRest.class), jar(Class.forName("dev.bringport.adapter.soap.BringSoap")));
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> names = finder.findAll().stream().map(ModuleReference::descriptor)
                .map(descriptor -> descriptor.name()).collect(Collectors.toSet());

        assertEquals(Set.of("dev.bringport.domain", "dev.bringport.ports", "dev.bringport.adapter.inmemory",
                "dev.bringport.adapter.rest", "dev.bringport.adapter.soap"), names);
        // fails ("Modules A and B export package P") if two of them hold the same package
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), names);
    }

    private static Path jar(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
