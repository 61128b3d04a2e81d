package dev.bringport.example.benchmarks;

import static dev.bringport.example.benchmarks.LocalBrings.CUSTOMER;
import static dev.bringport.example.benchmarks.LocalBrings.ORDER_ID;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.order.OrderManagement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue item 5: the in-memory adapter as a test suite uses it, on one thread and on two: reading
 * the demo order, the create-pack-status cycle (an Original order, a packing list of every line,
 * the sender status, LOCKED) and a test booking. The baseline of the read is a hand-written fake,
 * a map of orders. Each iteration starts from a fresh in-memory Bring, so that the orders and
 * bookings the cycles leave behind do not pile up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InMemoryBenchmark {

    private static final PackingList EVERY_LINE = PackingList.of("70438101268018539", List.of(
            PackingListItem.of("1", java.math.BigDecimal.valueOf(4)), PackingListItem.of("2", java.math.BigDecimal.ONE),
            PackingListItem.of("3", java.math.BigDecimal.valueOf(3))));

    private final AtomicLong orders = new AtomicLong();
    private final Instant now = Instant.now();
    private final BookingRequest testBooking = ContractExamples.booking(now);
    private OrderManagement orderManagement;
    private Booking booking;
    private Map<String, Order> handWrittenFake;

    /** A fresh in-memory Bring with the demo data, and a first cycle to prove it LOCKs. */
    @Setup(Level.Iteration)
    public void freshBring() {
        InMemoryBring bring = InMemoryBring.withDemoData();
        orderManagement = bring.orderManagement();
        booking = bring.booking();
        handWrittenFake = new ConcurrentHashMap<>(Map.of(CUSTOMER + "/" + ORDER_ID, orderManagement.order(CUSTOMER, ORDER_ID)));
        if (createPackStatus() != SenderStatus.LOCKED) {
            throw new IllegalStateException("a fully packed order is not LOCKED");
        }
    }

    /** @return the demo order */
    @Benchmark
    @Threads(1)
    public Order orderRead() {
        return orderManagement.order(CUSTOMER, ORDER_ID);
    }

    /** @return the demo order */
    @Benchmark
    @Threads(2)
    public Order orderReadTwoThreads() {
        return orderManagement.order(CUSTOMER, ORDER_ID);
    }

    /** @return the demo order from a map: the least any fake can do */
    @Benchmark
    @Threads(1)
    public Order handWrittenFakeRead() {
        return handWrittenFake.get(CUSTOMER + "/" + ORDER_ID);
    }

    /** @return the sender status of a new order once every line is packed */
    @Benchmark
    @Threads(1)
    public SenderStatus createPackStatus() {
        String orderId = "BENCH-" + orders.incrementAndGet();
        orderManagement.sendOrder(ContractExamples.originalOrder(orderId, now));
        orderManagement.addPackingList(CUSTOMER, orderId, EVERY_LINE);
        return orderManagement.senderStatus(CUSTOMER, orderId);
    }

    /** @return the sender status of a new order once every line is packed */
    @Benchmark
    @Threads(2)
    public SenderStatus createPackStatusTwoThreads() {
        return createPackStatus();
    }

    /** @return the confirmation of a test booking */
    @Benchmark
    @Threads(1)
    public BookingConfirmation book() {
        return booking.book(testBooking);
    }

    /** @return the confirmation of a test booking */
    @Benchmark
    @Threads(2)
    public BookingConfirmation bookTwoThreads() {
        return booking.book(testBooking);
    }
}
