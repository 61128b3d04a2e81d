package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CREDENTIALS;

import dev.bringport.adapter.rest.BringRest;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue item 4: sixteen threads book as fast as they can through one REST adapter with its
 * defaults (18 requests per second, the default retries) against the Bring simulator, which
 * answers HTTP 429 to a user's 19th request within any second. The score is bookings per second
 * over 30 s; {@link BenchmarkReport} reads the simulator's count of 429 answers afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 1, time = 30)
@Threads(16)
@Fork(1)
public class RateLimitBenchmark {

    private Booking booking;

    /** Builds the adapter as a user would, pointed at the simulator. */
    @Setup
    public void setUp() {
        booking = BringRest.builder().credentials(CREDENTIALS).host(LocalBrings.host(LocalBrings.BOOKING)).build().booking();
    }

    /**
     * @return the confirmation of a test booking of the Booking page's example parcel
     */
    @Benchmark
    public BookingConfirmation book() {
        return booking.book(ContractExamples.booking(Instant.now()));
    }
}
