package dev.bringport.example.benchmarks;

import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.soap.SimulatedBring;
import dev.bringport.example.wire.BringExamples;
import dev.bringport.ports.BringCredentials;
import java.net.URI;
import java.util.List;

/**
 * The local Brings the benchmarks call, started once in the JVM that runs JMH
 * ({@link BenchmarkReport}), so that the benchmarks' own forked JVMs measure the client alone:
 * their time and allocation hold none of a server's work. The forks find them through system
 * properties.
 *
 * <ul>
 *   <li>{@link #ANSWERS}: Bring's documented bodies, byte for byte ({@code retrieve_order.json},
 *       {@code retrieve_order.xml}), and the {@link LargeStock} answer of 100,000 balances;</li>
 *   <li>{@link #BOOKING}: the REST adapter's Bring simulator with its Booking API, answering HTTP
 *       429 above Bring's 18 requests per second;</li>
 *   <li>{@link #SOAP}: the SOAP adapter's in-process Metro services with the demo data.</li>
 * </ul>
 */
@SuppressWarnings("deprecation") // the SOAP services are measured on purpose
final class LocalBrings implements AutoCloseable {

    /** The property naming the server of fixed answers. */
    static final String ANSWERS = "bringport.benchmarks.answers";
    /** The property naming the Bring simulator with the Booking API. */
    static final String BOOKING = "bringport.benchmarks.booking";
    /** The property naming the SOAP services. */
    static final String SOAP = "bringport.benchmarks.soap";

    /** The credentials every benchmark sends (the simulators' default user). */
    static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
            URI.create("https://shop.example"));
    /** The customer of Bring's examples. */
    static final String CUSTOMER = DemoData.CUSTOMER;
    /** The order of Bring's examples. */
    static final String ORDER_ID = DemoData.ORDER_ID;
    /** The path of GET omorder for the example order. */
    static final String ORDER_PATH = "/po/api/v1/omorder/" + CUSTOMER + "/" + ORDER_ID;
    /** The path of GET articlebalance for the example customer. */
    static final String STOCK_PATH = "/po/api/v1/articlebalance/" + CUSTOMER;

    private final FixedAnswers answers;
    private final BringSimulator booking;
    private final SimulatedBring soap;

    private LocalBrings() {
        // The JDK's server otherwise leaves Nagle's algorithm on: its answer, written as headers and
        // then body, waits for the client's delayed ACK (40 ms on Linux), and every call, library
        // or baseline, measures that wait instead of itself. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] stock = LargeStock.json(LargeStock.ARTICLES);
        answers = FixedAnswers.start()
                .answer(ORDER_PATH, BringExamples.order("retrieve_order.json"), BringExamples.order("retrieve_order.xml"))
                .answer(STOCK_PATH, stock, stock);
        booking = BringSimulator.start(InMemoryBring.withDemoData());
        soap = new SimulatedBring(InMemoryBring.withDemoData());
    }

    /** @return the three servers, running */
    static LocalBrings start() {
        return new LocalBrings();
    }

    /** @return the {@code -D} options that tell a forked JVM where the servers are */
    List<String> forkProperties() {
        return List.of("-D" + ANSWERS + "=" + answers.baseUri(), "-D" + BOOKING + "=" + booking.baseUri(),
                "-D" + SOAP + "=" + soap.host());
    }

    /** @return the base URI of the fixed answers */
    URI answers() {
        return answers.baseUri();
    }

    /** @return how many requests the booking simulator answered with HTTP 429 so far */
    int answeredTooManyRequests() {
        return booking.answered(429);
    }

    /** @return how many requests the booking simulator received so far */
    int bookingRequests() {
        return booking.requests().size();
    }

    /**
     * Where a server is, in a forked JVM.
     *
     * @param property {@link #ANSWERS}, {@link #BOOKING} or {@link #SOAP}
     * @return its base URI
     */
    static URI host(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the benchmarks through BenchmarkReport "
                    + "(mvn -B -Pbenchmarks verify -DskipTests), which starts the local Brings");
        }
        return URI.create(value);
    }

    @Override
    public void close() {
        answers.close();
        booking.close();
        soap.close();
    }
}
