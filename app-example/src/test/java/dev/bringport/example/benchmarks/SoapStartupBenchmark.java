package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;
import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;
import static dev.bringport.example.benchmarks.LocalBrings.ORDER_ID;

import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.domain.order.Order;
import dev.bringport.ports.order.OrderManagement;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue item 6 (and issue 5): the SOAP adapter's first call in a fresh JVM, where Metro builds its
 * JAXB context and service objects, against its steady state, reading the demo order from the
 * in-process Metro services (which run in the JVM of {@link BenchmarkReport}, so that nothing of
 * Metro is loaded or warm in the measured JVM before its first call). The adapter is built in the
 * setup, as an application builds it at start-up; its rate limit is lifted for the steady state.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("deprecation") // the SOAP adapter is measured on purpose
public class SoapStartupBenchmark {

    private OrderManagement soap;

    /** Builds the adapter; Metro is not touched before the first call. */
    @Setup
    public void setUp() {
        soap = BringSoap.builder().credentials(CREDENTIALS).host(LocalBrings.host(LocalBrings.SOAP))
                .requestsPerSecond(1_000_000).build().orderManagement();
    }

    /** @return the order, by the first call in a fresh JVM (five JVMs) */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Order firstCall() {
        return soap.order(CUSTOMER, ORDER_ID);
    }

    /** @return the order, once Metro is warm */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public Order steadyState() {
        return soap.order(CUSTOMER, ORDER_ID);
    }
}
