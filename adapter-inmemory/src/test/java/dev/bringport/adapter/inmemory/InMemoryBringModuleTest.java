package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.warehouse.Warehousing;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Choosing the in-memory Bring with Guice ({@link InMemoryBringModule}) gives the four ports and
 * the fake itself, all sharing one state; without Guice the fake is built with its builder, and
 * works with Guice and Guava (optional dependencies) absent from the class path.
 */
class InMemoryBringModuleTest {

    // snippet: with-guice
    // The four ports, and the in-memory Bring itself to seed it and read back what it received.
    static Injector injector(InMemoryBring bring) {
        return Guice.createInjector(new InMemoryBringModule(bring));
    }
    // end snippet: with-guice

    @Test
    void theModuleBindsTheFourPortsAndTheSameInMemoryBring() {
        InMemoryBring bring = InMemoryBring.withDemoData();

        Injector injector = injector(bring);

        assertThat(injector.getInstance(InMemoryBring.class)).isSameAs(bring);
        assertThat(injector.getInstance(OrderManagement.class).isOrderManagementCustomer(DemoData.CUSTOMER)).isTrue();
        assertThat(injector.getInstance(Warehousing.class).order(DemoData.CUSTOMER, DemoData.ORDER_ID).warehouse())
                .contains(DemoData.WAREHOUSE);
        assertThat(injector.getInstance(Booking.class).customers()).isEqualTo(DemoData.bookingCustomers());
        assertThat(injector.getInstance(Pickups.class)).isNotNull();
        assertThat(injector.getInstance(Booking.class)).isSameAs(injector.getInstance(Booking.class));
    }

    @Test
    void theListenersBoundInGuiceAreToldOfEveryCallAfterTheBringsOwn() {
        List<String> told = new CopyOnWriteArrayList<>();
        InMemoryBring bring = InMemoryBring.builder().callListener(recording("own", told)).build().givenDemoData();
        Injector injector = Guice.createInjector(new InMemoryBringModule(bring), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CallListener.class).addBinding().toInstance(recording("bound", told));
            }
        });

        injector.getInstance(OrderManagement.class).order(DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(told).containsExactly("own GET_ORDER SUCCESS", "bound GET_ORDER SUCCESS");
        assertThat(injector.getInstance(BringPorts.class).orderManagement().transport()).isEqualTo("in-memory");
    }

    private static CallListener recording(String name, List<String> told) {
        return new CallListener() {
            @Override
            public void attemptFinished(AttemptFinished attempt) {
                told.add(name + " " + attempt.operation() + " " + attempt.outcome());
            }
        };
    }

    /** An application class as Guice builds it, to show what the test then sees through the fake. */
    static final class Shipper {
        private final Booking booking;

        @Inject
        Shipper(Booking booking) {
            this.booking = booking;
        }

        String ship() {
            return booking.book(booking(NOW)).consignmentNumber();
        }
    }

    @Test
    void whatInjectedClassesDoIsSeenThroughTheBoundInMemoryBring() {
        InMemoryBring bring = freshBring().givenBookingCustomers(DemoData.bookingCustomers());
        Injector injector = Guice.createInjector(new InMemoryBringModule(bring));

        String consignmentNumber = injector.getInstance(Shipper.class).ship();

        assertThat(injector.getInstance(InMemoryBring.class).received().bookings())
                .singleElement().satisfies(b -> assertThat(b.confirmation().consignmentNumber()).isEqualTo(consignmentNumber));
    }

    @Test
    void theModuleWithoutArgumentsWiresAnEmptyBring() {
        Injector injector = Guice.createInjector(new InMemoryBringModule());

        assertThat(injector.getInstance(Booking.class).customers()).isEmpty();
        assertThat(injector.getInstance(OrderManagement.class).isOrderManagementCustomer(DemoData.CUSTOMER)).isFalse();
        assertThat(injector.getInstance(InMemoryBring.class).received().bookings()).isEmpty();
    }

    @Test
    void theModuleRefusesNoBring() {
        assertThatThrownBy(() -> new InMemoryBringModule(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("bring");
    }

    @Test
    void withoutGuiceTheBuilderGivesTheSamePorts() {
        InMemoryBring bring = InMemoryBring.withDemoData();

        assertThat(bring.orderManagement().isOrderManagementCustomer(DemoData.CUSTOMER)).isTrue();
        assertThat(bring.warehousing().articleBalances(DemoData.CUSTOMER)).hasSize(8);
        assertThat(bring.booking().customers()).hasSize(2);
        assertThat(bring.pickups().transport()).isEqualTo("in-memory");
    }

    @Test
    void theInMemoryBringWorksWithGuiceAndGuavaAbsentFromTheClassPath() throws Exception {
        ClassLoader withoutGuice = new WithoutOptionalDependencies(getClass().getClassLoader());
        assertThatThrownBy(() -> withoutGuice.loadClass("com.google.inject.AbstractModule"))
                .isInstanceOf(ClassNotFoundException.class);

        Class<?> fake = withoutGuice.loadClass(InMemoryBring.class.getName());
        assertThat(fake).isNotSameAs(InMemoryBring.class);
        Object bring = fake.getMethod("withDemoData").invoke(null);
        Object om = fake.getMethod("orderManagement").invoke(bring);
        Method isCustomer = OrderManagement.class.getMethod("isOrderManagementCustomer", String.class);

        assertThat(isCustomer.invoke(om, DemoData.CUSTOMER)).isEqualTo(true);
        assertThat(fake.getMethod("received").invoke(bring)).isNotNull();
    }

    /**
     * Loads this module's own classes afresh and hides Guice and Guava, as in an application that
     * does not depend on them; domain, ports and the JDK come from the parent.
     */
    private static final class WithoutOptionalDependencies extends ClassLoader {
        private static final String OWN = "dev.bringport.adapter.inmemory.";

        WithoutOptionalDependencies(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.google.")) {
                throw new ClassNotFoundException(name + " is hidden");
            }
            if (!name.startsWith(OWN)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineOwn(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> defineOwn(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
