package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metro's service and port objects are created once per adapter and reused, and threads never
 * share a port's request context: concurrent callers of two adapters with different credentials
 * each get their own user's orders.
 */
@SuppressWarnings("deprecation")
class PortReuseAndThreadsTest {

    private static final BringCredentials ALICE = new BringCredentials("alice@example.com", "alice-key",
            URI.create("https://alice.example.com"));
    private static final BringCredentials BOB = new BringCredentials("bob@example.com", "bob-key",
            URI.create("https://bob.example.com"));

    private final InMemoryBring bring = InMemoryBring.create()
            .givenOrderManagementCustomer("100", ALICE.userId())
            .givenOrderManagementCustomer("200", BOB.userId());
    private final SimulatedBring server = new SimulatedBring(bring);

    @AfterEach
    void stop() {
        server.close();
    }

    private BringSoap soap(BringCredentials credentials) {
        return TestSoap.soap(server.host()).credentials(credentials).build();
    }

    @Test
    void sequentialCallsReuseOneServiceAndOnePort() {
        bring.givenOrder("100", ContractExamples.order("A-1"));
        BringSoap soap = soap(ALICE);

        for (int i = 0; i < 5; i++) {
            soap.orderManagement().order("100", "A-1");
        }

        assertThat(soap.orderManagementCalls().ports().servicesCreated()).isEqualTo(1);
        assertThat(soap.orderManagementCalls().ports().portsCreated()).isEqualTo(1);
        assertThat(soap.bookingCalls().ports().servicesCreated()).as("created on first use only").isZero();
    }

    @Test
    void concurrentCallersOfTwoUsersEachGetTheirOwnOrders() throws Exception {
        for (int i = 1; i <= 5; i++) {
            bring.givenOrder("100", ContractExamples.order("A-" + i));
            bring.givenOrder("200", ContractExamples.order("B-" + i));
        }
        BringSoap alice = soap(ALICE);
        BringSoap bob = soap(BOB);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i % 5 + 1;
                calls.add(i % 2 == 0
                        ? () -> alice.orderManagement().order("100", "A-" + n).orderId()
                        : () -> bob.orderManagement().order("200", "B-" + n).orderId());
            }
            List<Future<String>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo((i % 2 == 0 ? "A-" : "B-") + (i % 5 + 1));
            }
        } finally {
            pool.shutdownNow();
        }

        for (BringSoap soap : List.of(alice, bob)) {
            assertThat(soap.orderManagementCalls().ports().servicesCreated()).isEqualTo(1);
            assertThat(soap.orderManagementCalls().ports().portsCreated()).isBetween(1, threads);
        }
        assertThat(server.requests(BringSoap.ORDER_MANAGEMENT_PATH)).isEqualTo(120);
    }
}
