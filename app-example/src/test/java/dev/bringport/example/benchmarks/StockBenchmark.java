package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;
import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;

import dev.bringport.adapter.rest.BringRest;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.warehouse.Warehousing;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue item 3: GET {@code /articlebalance/{customerId}} answered with 100,000 balances
 * ({@link LargeStock}), walked by the REST adapter ({@code eachArticleBalance}), read whole by it
 * ({@code articleBalances}), and walked by hand-written Jackson streaming over the same bytes
 * from the same local server. Peak heap is measured apart, in small heaps ({@link StockHeapProbe}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StockBenchmark {

    private Warehousing bringport;
    private HandWrittenStockReader handWritten;

    /**
     * Points both at the local server and checks that both read every balance.
     *
     * @throws Exception if a first read fails
     */
    @Setup
    public void setUp() throws Exception {
        URI host = LocalBrings.host(LocalBrings.ANSWERS);
        bringport = BringRest.builder().credentials(CREDENTIALS).host(host).requestsPerSecond(OrderReadBenchmark.UNTHROTTLED)
                .build().warehousing();
        handWritten = new HandWrittenStockReader(host.resolve(LocalBrings.STOCK_PATH), CREDENTIALS);
        AtomicInteger walked = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        bringport.eachArticleBalance(CUSTOMER, balance -> walked.incrementAndGet());
        handWritten.each(balance -> read.incrementAndGet());
        if (walked.get() != LargeStock.ARTICLES || read.get() != LargeStock.ARTICLES) {
            throw new IllegalStateException("expected " + LargeStock.ARTICLES + " balances, the library walked " + walked
                    + " and the hand-written code " + read);
        }
    }

    /**
     * Walks the stock with the library.
     *
     * @param sink takes each balance
     */
    @Benchmark
    public void bringportEach(Blackhole sink) {
        bringport.eachArticleBalance(CUSTOMER, sink::consume);
    }

    /**
     * @return the stock, read whole by the library
     */
    @Benchmark
    public List<ArticleBalance> bringportList() {
        return bringport.articleBalances(CUSTOMER);
    }

    /**
     * Walks the stock with hand-written code.
     *
     * @param sink takes each balance
     * @throws IOException          if the read fails
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public void handWrittenStreaming(Blackhole sink) throws IOException, InterruptedException {
        handWritten.each(sink::consume);
    }
}
