package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;
import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;

import dev.bringport.adapter.rest.BringRest;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the 100,000 balances of {@link LargeStock} once, one way, in a JVM of its own that
 * {@link BenchmarkReport} starts with a given maximum heap and {@code -XX:+ExitOnOutOfMemoryError}:
 * it prints {@code balances=<n>} when the read fits in that heap, and the JVM exits with status 3
 * when it does not.
 */
public final class StockHeapProbe {

    /** The ways of reading the stock. */
    static final String EACH = "bringport-each";
    static final String LIST = "bringport-list";
    static final String HAND_WRITTEN = "hand-written";

    private StockHeapProbe() {
    }

    /**
     * Reads the stock once.
     *
     * @param args the fixed answers' base URI, and {@value #EACH}, {@value #LIST} or {@value #HAND_WRITTEN}
     * @throws Exception if the read fails
     */
    public static void main(String[] args) throws Exception {
        URI host = URI.create(args[0]);
        AtomicInteger balances = new AtomicInteger();
        switch (args[1]) {
            case EACH -> warehousing(host).eachArticleBalance(CUSTOMER, balance -> balances.incrementAndGet());
            case LIST -> balances.set(warehousing(host).articleBalances(CUSTOMER).size());
            case HAND_WRITTEN -> new HandWrittenStockReader(host.resolve(LocalBrings.STOCK_PATH), CREDENTIALS)
                    .each(balance -> balances.incrementAndGet());
            default -> throw new IllegalArgumentException("no way " + args[1]);
        }
        System.out.println("balances=" + balances);
    }

    private static Warehousing warehousing(URI host) {
        return BringRest.builder().credentials(CREDENTIALS).host(host).build().warehousing();
    }
}
