package dev.bringport.adapter.rest;

import dev.bringport.adapter.inmemory.InMemoryBackedFixture;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The contract suite's view of the REST adapter: its ports, pointed with {@code host} at a Bring
 * simulator on 127.0.0.1 that is backed by an in-memory Bring with a fixed clock.
 */
public class RestFixture extends InMemoryBackedFixture {

    private final InMemoryBring bring = fixedBring();
    private final BringSimulator simulator = BringSimulator.start(bring);
    private final BringRest rest;

    /**
     * A fixture speaking a wire format.
     *
     * @param format JSON or XML, where Bring offers both
     */
    public RestFixture(WireFormat format) {
        rest = BringRest.builder()
                .credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                        URI.create("https://shop.example")))
                .host(simulator.baseUri())
                .format(format)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0, Duration.ofSeconds(2)))
                .requestsPerSecond(1000)
                .build();
        simulator.limit(Integer.MAX_VALUE);
    }

    /** @return the simulator, for fault injection and request assertions */
    public BringSimulator simulator() {
        return simulator;
    }

    @Override
    protected InMemoryBring bring() {
        return bring;
    }

    /** @return the adapter under test */
    public BringRest rest() {
        return rest;
    }

    @Override
    public OrderManagement orderManagement() {
        return rest.orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return rest.warehousing();
    }

    @Override
    public Booking booking() {
        return rest.booking();
    }

    @Override
    public Pickups pickups() {
        return rest.pickups();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
