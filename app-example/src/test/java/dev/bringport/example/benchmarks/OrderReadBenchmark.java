package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;
import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;
import static dev.bringport.example.benchmarks.LocalBrings.ORDER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.order.Order;
import dev.bringport.ports.order.OrderManagement;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue items 1 and 2: GET {@code /omorder/{customerId}/{orderId}} answered with Bring's documented
 * order ({@code retrieve_order.json}, {@code retrieve_order.xml}), read by the REST adapter into an
 * {@link Order}, and by a hand-written {@code HttpClient} + Jackson call into a tree, from the same
 * local server in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OrderReadBenchmark {

    /**
     * The REST adapter's rate for these benchmarks: a permit every microsecond, so that the
     * limiter's cost stays in the measurement while its pace does not.
     */
    static final int UNTHROTTLED = 1_000_000;

    /** The wire format. */
    @Param({"JSON", "XML"})
    public String format;

    private OrderManagement bringport;
    private HandWrittenOrderRead handWritten;

    /**
     * Points both at the local server and checks that both read the documented order.
     *
     * @throws Exception if a first read fails
     */
    @Setup
    public void setUp() throws Exception {
        URI host = LocalBrings.host(LocalBrings.ANSWERS);
        WireFormat wire = WireFormat.valueOf(format);
        bringport = BringRest.builder().credentials(CREDENTIALS).host(host).format(wire).requestsPerSecond(UNTHROTTLED)
                .build().orderManagement();
        handWritten = new HandWrittenOrderRead(host.resolve(LocalBrings.ORDER_PATH), CREDENTIALS, wire == WireFormat.XML);
        if (bringport().lines().size() != 3 || handWritten().toString().indexOf("STAR B  80/190 H AC/R S51") < 0) {
            throw new IllegalStateException("the local server does not answer Bring's documented order");
        }
    }

    /**
     * @return the order, read by the library
     */
    @Benchmark
    public Order bringport() {
        return bringport.order(CUSTOMER, ORDER_ID);
    }

    /**
     * @return the order's tree, read by hand-written code
     * @throws IOException          if the read fails
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public JsonNode handWritten() throws IOException, InterruptedException {
        return handWritten.read();
    }
}
