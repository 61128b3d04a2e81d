package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;
import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;
import static dev.bringport.example.benchmarks.LocalBrings.ORDER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.order.Order;
import dev.bringport.example.Sandbox;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.server.FrontDoor;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 15: order reads per second from the sandbox of {@code serve} over loopback, JSON, limit off
 * ({@code --rate-limit off}): the demo order, GET {@code /omorder/{customerId}/{orderId}} answered
 * by the served in-memory Bring, read by the REST adapter into an {@link Order}; the baseline, side
 * by side, is a hand-written {@code HttpClient} + Jackson read of the same path from the same
 * sandbox. The sandbox runs in the benchmark's JVM, so server and clients share its two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SandboxBenchmark {

    private Sandbox sandbox;
    private OrderManagement bringport;
    private HandWrittenOrderRead handWritten;

    /** Serves the sandbox on a free port and checks that both read the demo order. */
    @Setup
    public void serve() throws Exception {
        sandbox = Sandbox.builder().port(0).limit(FrontDoor.NO_LIMIT).start();
        bringport = BringRest.builder().credentials(CREDENTIALS).host(sandbox.uri()).format(WireFormat.JSON)
                .requestsPerSecond(OrderReadBenchmark.UNTHROTTLED).build().orderManagement();
        handWritten = new HandWrittenOrderRead(sandbox.uri().resolve(LocalBrings.ORDER_PATH), CREDENTIALS, false);
        if (!bringport().orderId().equals(ORDER_ID) || handWritten().toString().indexOf(ORDER_ID) < 0) {
            throw new IllegalStateException("the sandbox does not answer the demo order");
        }
    }

    /** Stops the sandbox. */
    @TearDown
    public void stop() {
        sandbox.close();
    }

    /** @return the demo order, read by the library, one client thread */
    @Benchmark
    @Threads(1)
    public Order bringport() {
        return bringport.order(CUSTOMER, ORDER_ID);
    }

    /** @return the demo order, read by the library, four client threads */
    @Benchmark
    @Threads(4)
    public Order bringportFourThreads() {
        return bringport();
    }

    /**
     * @return the demo order's tree, read by hand-written code, four client threads
     * @throws IOException          if the read fails
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    @Threads(4)
    public JsonNode handWritten() throws IOException, InterruptedException {
        return handWritten.read();
    }
}
