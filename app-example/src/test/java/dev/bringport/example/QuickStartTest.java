package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.domain.order.Order;
import dev.bringport.ports.order.OrderManagement;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * README's quick start, run: the same application code reads an order over Bring's REST APIs and
 * from the in-memory Bring. Bring's REST APIs are simulated on 127.0.0.1, in front of an in-memory
 * Bring with the demo data; {@code environment} holds what a production JVM's environment would.
 */
class QuickStartTest {

    private final BringSimulator localBring = BringSimulator.start(InMemoryBring.withDemoData())
            .user(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY);
    private final Map<String, String> environment = Map.of(
            "BRING_API_UID", InMemoryBring.DEFAULT_USER,
            "BRING_API_KEY", BringSimulator.DEFAULT_KEY,
            "BRING_CLIENT_URL", "https://shop.example.com");
    private final URI bringHost = localBring.baseUri();

    @AfterEach
    void stop() {
        localBring.close();
    }

    // snippet: quick-start
    // Your application codes against the ports (here OrderManagement), never against an adapter.
    static String describe(OrderManagement orders, String customerId, String orderId) {
        Order order = orders.order(customerId, orderId);
        return order.lines().size() + " lines, " + orders.senderStatus(customerId, orderId);
    }

    // In production, Bring's REST APIs carry the calls: environment is System.getenv(), and host is
    // needed only for a local Bring (https://api.bring.com by default).
    static String overBringsRestApis(Map<String, String> environment, URI host) {
        try (BringRest bring = BringRest.builder()
                .credentialsFromEnvironment(environment)   // BRING_API_UID, BRING_API_KEY, BRING_CLIENT_URL
                .host(host)
                .build()) {
            return describe(bring.orderManagement(), "10000000000", "11873875-status_med_2");
        }
    }

    // In your tests, the in-memory Bring answers, with Bring's documented order, stock and customers.
    static String inMemory() {
        InMemoryBring bring = InMemoryBring.withDemoData();
        return describe(bring.orderManagement(), "10000000000", "11873875-status_med_2");
    }
    // end snippet: quick-start

    @Test
    void inProductionBringsRestApisAnswer() {
        assertThat(overBringsRestApis(environment, bringHost)).isEqualTo("3 lines, OPEN");
    }

    @Test
    void inYourTestsTheInMemoryBringAnswers() {
        assertThat(inMemory()).isEqualTo("3 lines, OPEN");
    }
}
