package dev.bringport.adapter.rest;

import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.Received;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Gs1;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen threads share two adapters with the same credentials, one speaking JSON and one XML,
 * and at once create orders, pack them, book consignments and read stock and orders over HTTP,
 * against the simulator with Bring's limit of 18 requests per second. The one rate limiter of the
 * credentials keeps them under it together: the simulator never throttles, and sees at most 18
 * requests in any second although the threads ask for many more. The in-memory Bring behind it
 * ends with every invariant: remaining = ordered - packed, every packing list once, every booking
 * made and answered once, the stock moved by exactly what was packed.
 */
class ConcurrentCallsOverHttpTest {

    private static final int THREADS = 16;
    private static final Instant NOW = RestFixture.NOW;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String DECODER = "5300311";
    private static final String CABLE = "5300601";
    private static final BigDecimal STOCK = new BigDecimal("1000");
    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            BringSimulator.DEFAULT_KEY, URI.create("https://shop.example"));

    private final InMemoryBring bring = InMemoryBring.builder().clock(CLOCK).ids(IdGenerator.sequential(1)).build()
            .givenBookingCustomers(ContractExamples.bookingCustomers())
            .givenStock(CUSTOMER, List.of(ArticleBalance.inStock(DECODER, "ADB ABX-2720W HD dekoder", STOCK, NOW),
                    ArticleBalance.inStock(CABLE, "HDMI 2m M-M", STOCK, NOW)));
    private final BringSimulator simulator = BringSimulator.start(bring);

    private final Map<String, Order> created = new ConcurrentHashMap<>();
    private final Map<String, PackingList> packed = new ConcurrentHashMap<>();
    private final Queue<BookingConfirmation> confirmations = new ConcurrentLinkedQueue<>();
    private final Queue<String> brokenInvariants = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private BringRest adapter(WireFormat format) {
        return BringRest.builder().credentials(CREDENTIALS).host(simulator.baseUri()).format(format).clock(CLOCK).build();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyThreadsOnTwoAdaptersOfOneUserStayUnderBringsLimitAndKeepEveryInvariant() throws Exception {
        List<BringRest> adapters = List.of(adapter(WireFormat.JSON), adapter(WireFormat.XML));

        runConcurrently(adapters);

        assertThat(brokenInvariants).as("what the threads read while the others wrote").isEmpty();
        assertThat(simulator.throttled()).as("requests the simulator answered 429").isZero();
        assertThat(simulator.peakRequestsPerSecond()).as("the most requests within a second")
                .isLessThanOrEqualTo(BringSimulator.BRING_LIMIT)
                .as("the threads asked for many more, so the limit was reached")
                .isGreaterThanOrEqualTo(12);
        assertThat(simulator.requests()).as("five calls per thread, none sent twice").hasSize(THREADS * 5);
        assertThat(simulator.requests()).filteredOn(r -> r.method().equals("GET")).extracting(SimulatedRequest::accept)
                .as("reads of both adapters").contains(WireFormat.JSON, WireFormat.XML);
        assertEveryOrderHoldsWhatWasPacked();
        assertEveryBookingWasMadeAndAnsweredOnce();
        assertTheStockMovedByWhatWasPacked();
    }

    private void runConcurrently(List<BringRest> adapters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                BringRest rest = adapters.get(thread % adapters.size());
                done.add(pool.submit(() -> {
                    start.await();
                    work(thread, rest);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Creates an order, packs it (whole or in part), books, reads the stock and reads the order back. */
    private void work(int thread, BringRest rest) {
        String orderId = "HTTP-" + thread;
        int decoders = 1 + thread % 4;
        int cables = 1 + thread % 3;
        Order order = ContractExamples.order(orderId).withLines(List.of(line("1", DECODER, decoders), line("2", CABLE, cables)));
        rest.orderManagement().sendOrder(OrderMessage.of(OrderType.PURCHASE_ORDER, CUSTOMER, NOW, order));
        created.put(orderId, order);

        List<PackingListItem> items = new ArrayList<>(List.of(PackingListItem.of("1", BigDecimal.valueOf(decoders))));
        if (thread % 2 == 0) {
            items.add(PackingListItem.of("2", BigDecimal.valueOf(cables)));
        }
        PackingList list = PackingList.of(Gs1.withCheckDigit("70438120" + String.format("%08d", thread)), items);
        rest.orderManagement().addPackingList(CUSTOMER, orderId, list);
        packed.put(orderId, list);

        confirmations.add(rest.booking().book(BookingRequest.test(consignment(NOW).correlationId("HTTP-BOOKING-" + thread)
                .addPackage(parcel()).build())));

        for (ArticleBalance b : rest.warehousing().articleBalances(CUSTOMER)) {
            if (b.freeBalance().signum() < 0 || b.freeBalance().compareTo(b.physicalBalance().subtract(b.allocatedBalance())
                    .subtract(b.inOrderBalance())) != 0) {
                brokenInvariants.add("stock read " + b);
            }
        }

        Order read = rest.orderManagement().order(CUSTOMER, orderId);
        BigDecimal cablesLeft = BigDecimal.valueOf(thread % 2 == 0 ? 0 : cables);
        if (read.lines().get(0).remaining().signum() != 0 || read.lines().get(1).remaining().compareTo(cablesLeft) != 0) {
            brokenInvariants.add("order read " + orderId + ": " + read.lines());
        }
    }

    private static OrderLine line(String articleLineId, String article, int quantity) {
        return OrderLine.builder(articleLineId).articleId(ArticleId.customerItemNo(article))
                .description(Description.of("article " + article)).quantity(Quantity.of(quantity, "STK")).build();
    }

    private void assertEveryOrderHoldsWhatWasPacked() {
        assertThat(bring.received().orderMessages()).hasSize(THREADS);
        assertThat(bring.received().packingLists()).extracting(Received.PackingListReceived::packingList)
                .containsExactlyInAnyOrderElementsOf(packed.values());
        created.forEach((orderId, order) -> {
            Order now = bring.order(CUSTOMER, orderId).orElseThrow();
            PackingList list = packed.get(orderId);
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                BigDecimal packedOfLine = list.items().stream().filter(item -> item.articleLineId().equals(line.articleLineId()))
                        .map(PackingListItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(now.lines().get(i).remaining()).as("remaining of %s line %s", orderId, line.articleLineId())
                        .isEqualByComparingTo(line.quantity().orElseThrow().value().subtract(packedOfLine));
            }
            boolean nothingLeft = now.lines().stream().allMatch(l -> l.remaining().signum() == 0);
            assertThat(now.senderStatus()).contains(nothingLeft ? SenderStatus.LOCKED : SenderStatus.OPEN);
            assertThat(bring.orderManagement().packingLists(CUSTOMER, orderId)).containsExactly(list);
        });
    }

    private void assertEveryBookingWasMadeAndAnsweredOnce() {
        assertThat(simulator.requests("POST", "/booking-api/api/booking")).hasSize(THREADS);
        assertThat(confirmations).hasSize(THREADS);
        assertThat(confirmations).extracting(c -> c.correlationId().orElseThrow()).doesNotHaveDuplicates();
        assertThat(confirmations).extracting(BookingConfirmation::consignmentNumber).doesNotHaveDuplicates();
        assertThat(confirmations.stream().flatMap(c -> c.packages().stream()).map(BookedPackage::packageNumber))
                .hasSize(THREADS).doesNotHaveDuplicates();
        assertThat(bring.received().bookings()).extracting(b -> b.confirmation().consignmentNumber())
                .containsExactlyInAnyOrderElementsOf(confirmations.stream().map(BookingConfirmation::consignmentNumber).toList());
    }

    private void assertTheStockMovedByWhatWasPacked() {
        for (String article : List.of(DECODER, CABLE)) {
            String lineId = article.equals(DECODER) ? "1" : "2";
            BigDecimal shipped = BigDecimal.ZERO;
            BigDecimal held = BigDecimal.ZERO;
            for (Map.Entry<String, Order> order : created.entrySet()) {
                OrderLine line = order.getValue().lines().stream().filter(l -> l.articleLineId().equals(lineId)).findFirst()
                        .orElseThrow();
                BigDecimal packedOfLine = packed.get(order.getKey()).items().stream()
                        .filter(item -> item.articleLineId().equals(lineId)).map(PackingListItem::quantity)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                shipped = shipped.add(packedOfLine);
                held = held.add(line.quantity().orElseThrow().value().subtract(packedOfLine));
            }
            ArticleBalance now = bring.stock(CUSTOMER).stream().filter(b -> b.articleNumber().equals(article)).findFirst()
                    .orElseThrow();
            assertThat(now.physicalBalance()).as("physical of %s", article).isEqualByComparingTo(STOCK.subtract(shipped));
            assertThat(now.inOrderBalance()).as("held for orders of %s", article).isEqualByComparingTo(held);
            assertThat(now.freeBalance()).isEqualByComparingTo(now.physicalBalance().subtract(now.inOrderBalance()));
        }
    }
}
