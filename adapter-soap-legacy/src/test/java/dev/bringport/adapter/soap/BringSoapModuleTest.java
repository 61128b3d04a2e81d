package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Guice module binds the four ports of one adapter, and the adapter. */
@SuppressWarnings("deprecation")
class BringSoapModuleTest {

    @Test
    void theModuleBindsTheFourPortsOfTheAdapter() {
        BringSoap soap = BringSoap.builder().credentials(TestSoap.CREDENTIALS)
                .host(URI.create("http://127.0.0.1:8080")).build();

        Injector injector = Guice.createInjector(new BringSoapModule(soap));

        assertThat(injector.getInstance(BringSoap.class)).isSameAs(soap);
        assertThat(injector.getInstance(OrderManagement.class)).isSameAs(soap.orderManagement());
        assertThat(injector.getInstance(Warehousing.class)).isSameAs(soap.warehousing());
        assertThat(injector.getInstance(Booking.class)).isSameAs(soap.booking());
        assertThat(injector.getInstance(Pickups.class)).isSameAs(soap.pickups());
    }

    @Test
    void theModuleOfCredentialsAloneCallsBring() {
        Injector injector = Guice.createInjector(new BringSoapModule(TestSoap.CREDENTIALS));

        assertThat(injector.getInstance(BringSoap.class).orderManagementEndpoint())
                .isEqualTo(URI.create("https://api.bring.com/po/api/ws"));
        assertThat(injector.getInstance(Booking.class).transport()).isEqualTo("SOAP");
    }
}
