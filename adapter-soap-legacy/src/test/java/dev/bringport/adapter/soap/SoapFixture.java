package dev.bringport.adapter.soap;

import dev.bringport.adapter.inmemory.InMemoryBackedFixture;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The contract suite's view of the SOAP adapter: its ports, pointed at Bring's SOAP services
 * simulated in process by Metro over an in-memory Bring. The server and the adapter are started
 * once (Metro's first call is slow) and Bring's state is emptied for every test.
 */
@SuppressWarnings("deprecation")
class SoapFixture extends InMemoryBackedFixture {

    static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            "contract-suite-api-key", URI.create("https://bringport.dev/contract-suite"));

    private static Shared shared;

    private final Shared running;

    SoapFixture() {
        running = shared();
        running.bring().reset();
    }

    private static synchronized Shared shared() {
        if (shared == null) {
            InMemoryBring bring = fixedBring();
            SimulatedBring server = new SimulatedBring(bring);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            BringSoap soap = BringSoap.builder().credentials(CREDENTIALS).host(server.host())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .requestsPerSecond(1_000)
                    .build();
            shared = new Shared(bring, server, soap);
        }
        return shared;
    }

    private record Shared(InMemoryBring bring, SimulatedBring server, BringSoap soap) {
    }

    @Override
    protected InMemoryBring bring() {
        return running.bring();
    }

    @Override
    public OrderManagement orderManagement() {
        return running.soap().orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return running.soap().warehousing();
    }

    @Override
    public Booking booking() {
        return running.soap().booking();
    }

    @Override
    public Pickups pickups() {
        return running.soap().pickups();
    }
}
