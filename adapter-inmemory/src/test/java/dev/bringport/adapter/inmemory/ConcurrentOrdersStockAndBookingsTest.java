package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads at once create warehouse orders, pack them in parts, book consignments, and read
 * the stock and the orders, over the in-memory Bring's ports. Every read sees a whole state
 * (balances never negative and {@code free = physical - allocated - inOrder}, remaining
 * quantities between zero and what was ordered, LOCKED exactly when nothing remains), and at the
 * end: every order that was accepted is there, each line's remaining quantity is what was ordered
 * less what was packed, every accepted packing list is there exactly once, every booking was
 * answered once with its own numbers, and the stock moved by exactly what was packed. One article
 * is scarce, so that orders compete for it. {@link ConcurrentPackingAndBookingTest} packs one big
 * order while the warehouse picks it.
 */
class ConcurrentOrdersStockAndBookingsTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 150;
    private static final String PLENTY_A = "5300311";
    private static final String PLENTY_B = "5300601";
    private static final String SCARCE = "5300301";
    private static final BigDecimal PLENTY = new BigDecimal("100000");
    private static final BigDecimal FEW = new BigDecimal("10");
    private static final Instant COUNTED = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers())
            .givenStock(CUSTOMER, List.of(ArticleBalance.inStock(PLENTY_A, "ADB ABX-2720W HD dekoder", PLENTY, COUNTED),
                    ArticleBalance.inStock(PLENTY_B, "HDMI 2m M-M", PLENTY, COUNTED),
                    ArticleBalance.inStock(SCARCE, "CTS HET-3012BTFC", FEW, COUNTED)));

    /** The orders Bring accepted, in the order they were accepted, and what they asked for. */
    private final List<Order> created = new CopyOnWriteArrayList<>();
    /** What was packed of each order and line: order id, then article line id. */
    private final Map<String, Map<String, BigDecimal>> packed = new ConcurrentHashMap<>();
    private final Map<String, Queue<PackingList>> acceptedLists = new ConcurrentHashMap<>();
    private final AtomicInteger refusedAsTooMuch = new AtomicInteger();
    private final Queue<BookingConfirmation> confirmations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger bookingCalls = new AtomicInteger();
    private final AtomicInteger stockReads = new AtomicInteger();
    private final AtomicInteger orderReads = new AtomicInteger();
    private final Queue<String> brokenInvariants = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void creatingPackingBookingAndReadingFromManyThreadsAtOnceKeepsEveryInvariant() throws Exception {
        runConcurrently();

        assertThat(unexpected).as("every call succeeded or was refused for packing too much").isEmpty();
        assertThat(brokenInvariants).as("what the reads saw while the others wrote").isEmpty();
        assertThat(created).hasSizeGreaterThan(THREADS * 10);
        assertThat(stockReads).hasValueGreaterThan(THREADS * 10);
        assertThat(orderReads).hasValueGreaterThan(THREADS * 10);
        assertThat(refusedAsTooMuch).as("some packing lists asked for more than remained").hasPositiveValue();
        assertEveryOrderIsThereWithWhatWasPackedOfIt();
        assertEveryAcceptedPackingListIsThereOnce();
        assertEveryBookingWasAnsweredOnce();
        assertTheStockMovedByWhatWasPacked();
    }

    private void runConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    work(thread);
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

    private void work(int thread) {
        Random random = new Random(thread);
        for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
            try {
                int choice = created.isEmpty() ? 0 : random.nextInt(10);
                if (choice < 3) {
                    create(random, thread, op);
                } else if (choice < 6) {
                    pack(random, thread, op);
                } else if (choice < 7) {
                    book(thread, op);
                } else if (choice < 9) {
                    readStock();
                } else {
                    readOrder(random);
                }
            } catch (Throwable e) {
                unexpected.add(e);
            }
        }
    }

    private void create(Random random, int thread, int op) {
        String orderId = "C-" + thread + "-" + op;
        Order order = ContractExamples.order(orderId).withLines(List.of(
                line("1", PLENTY_A, "ADB ABX-2720W HD dekoder", 1 + random.nextInt(5)),
                line("2", PLENTY_B, "HDMI 2m M-M", 1 + random.nextInt(5)),
                line("3", SCARCE, "CTS HET-3012BTFC", 1 + random.nextInt(3))));
        bring.orderManagement().sendOrder(OrderMessage.of(OrderType.PURCHASE_ORDER, CUSTOMER, NOW, order));
        packed.put(orderId, new ConcurrentHashMap<>());
        acceptedLists.put(orderId, new ConcurrentLinkedQueue<>());
        created.add(order);
    }

    private static OrderLine line(String articleLineId, String article, String name, int quantity) {
        return OrderLine.builder(articleLineId).articleId(ArticleId.customerItemNo(article))
                .description(Description.of(name)).quantity(Quantity.of(quantity, "STK")).build();
    }

    /** Packs a part of an order, or, one time in four, all that remained of it when it was read. */
    private void pack(Random random, int thread, int op) {
        Order order = created.get(random.nextInt(created.size()));
        List<PackingListItem> items = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            bring.orderManagement().order(CUSTOMER, order.orderId()).lines().stream().filter(l -> l.remaining().signum() > 0)
                    .forEach(l -> items.add(PackingListItem.of(l.articleLineId(), l.remaining())));
            if (items.isEmpty()) {
                return;
            }
        } else {
            for (String line : random.nextBoolean() ? List.of("1", "3") : List.of(String.valueOf(1 + random.nextInt(3)))) {
                items.add(PackingListItem.of(line, BigDecimal.valueOf(1 + random.nextInt(3))));
            }
        }
        PackingList list = PackingList.of(Gs1.withCheckDigit("7043811" + String.format("%02d%07d", thread, op)), items);
        try {
            bring.orderManagement().addPackingList(CUSTOMER, order.orderId(), list);
        } catch (InvalidRequestException e) {
            if (e.codes().isEmpty() || !e.codes().stream().allMatch(PO_INPUT_017::equals)) {
                throw e;
            }
            refusedAsTooMuch.incrementAndGet();
            return;
        }
        acceptedLists.get(order.orderId()).add(list);
        list.items().forEach(item -> packed.get(order.orderId()).merge(item.articleLineId(), item.quantity(), BigDecimal::add));
    }

    private void book(int thread, int op) {
        bookingCalls.incrementAndGet();
        confirmations.add(bring.booking().book(BookingRequest.test(consignment(NOW)
                .correlationId("B-" + thread + "-" + op).addPackage(parcel()).build())));
    }

    /** A stock read is one whole state of the warehouse. */
    private void readStock() {
        stockReads.incrementAndGet();
        for (ArticleBalance b : bring.warehousing().articleBalances(CUSTOMER)) {
            boolean negative = List.of(b.physicalBalance(), b.allocatedBalance(), b.inOrderBalance(), b.freeBalance())
                    .stream().anyMatch(x -> x.signum() < 0);
            boolean adds = b.freeBalance().compareTo(b.physicalBalance().subtract(b.allocatedBalance())
                    .subtract(b.inOrderBalance())) == 0;
            if (negative || !adds) {
                brokenInvariants.add("stock read " + b);
            }
        }
    }

    /** An order read is one whole state of the order. */
    private void readOrder(Random random) {
        orderReads.incrementAndGet();
        Order asked = created.get(random.nextInt(created.size()));
        Order now = bring.orderManagement().order(CUSTOMER, asked.orderId());
        for (int i = 0; i < now.lines().size(); i++) {
            BigDecimal remaining = now.lines().get(i).remaining();
            if (remaining.signum() < 0 || remaining.compareTo(ordered(asked.lines().get(i))) > 0) {
                brokenInvariants.add("order read " + asked.orderId() + " line " + (i + 1) + " remaining " + remaining);
            }
        }
        boolean nothingLeft = now.lines().stream().allMatch(l -> l.remaining().signum() == 0);
        if (now.senderStatus().orElseThrow() != (nothingLeft ? SenderStatus.LOCKED : SenderStatus.OPEN)) {
            brokenInvariants.add("order read " + asked.orderId() + " " + now.senderStatus() + " with lines " + now.lines());
        }
    }

    private static BigDecimal ordered(OrderLine line) {
        return line.quantity().orElseThrow().value();
    }

    private void assertEveryOrderIsThereWithWhatWasPackedOfIt() {
        assertThat(bring.received().orderMessages()).hasSize(created.size());
        for (Order order : created) {
            Order now = bring.order(CUSTOMER, order.orderId()).orElseThrow();
            Map<String, BigDecimal> packedOfIt = packed.get(order.orderId());
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                assertThat(now.lines().get(i).remaining()).as("remaining of %s line %s", order.orderId(), line.articleLineId())
                        .isGreaterThanOrEqualTo(BigDecimal.ZERO)
                        .isEqualByComparingTo(ordered(line).subtract(packedOfIt.getOrDefault(line.articleLineId(), BigDecimal.ZERO)));
            }
            boolean nothingLeft = now.lines().stream().allMatch(l -> l.remaining().signum() == 0);
            assertThat(bring.orderManagement().senderStatus(CUSTOMER, order.orderId())).as("sender status of %s", order.orderId())
                    .isEqualTo(nothingLeft ? SenderStatus.LOCKED : SenderStatus.OPEN);
        }
        assertThat(created.stream().filter(o -> bring.orderManagement().senderStatus(CUSTOMER, o.orderId())
                == SenderStatus.LOCKED)).as("some orders were packed completely").isNotEmpty();
    }

    private void assertEveryAcceptedPackingListIsThereOnce() {
        List<PackingList> all = acceptedLists.values().stream().flatMap(Queue::stream).toList();
        assertThat(bring.received().packingLists()).extracting(Received.PackingListReceived::packingList)
                .containsExactlyInAnyOrderElementsOf(all);
        for (Map.Entry<String, Queue<PackingList>> order : acceptedLists.entrySet()) {
            assertThat(bring.orderManagement().packingLists(CUSTOMER, order.getKey())).as("packing lists of %s", order.getKey())
                    .containsExactlyInAnyOrderElementsOf(order.getValue());
        }
    }

    private void assertEveryBookingWasAnsweredOnce() {
        assertThat(confirmations).hasSize(bookingCalls.get()).isNotEmpty();
        assertThat(confirmations).extracting(c -> c.correlationId().orElseThrow()).doesNotHaveDuplicates();
        assertThat(confirmations).extracting(BookingConfirmation::consignmentNumber).doesNotHaveDuplicates();
        assertThat(confirmations.stream().flatMap(c -> c.packages().stream()).map(BookedPackage::packageNumber))
                .hasSize(bookingCalls.get()).doesNotHaveDuplicates();
        assertThat(bring.received().bookings()).extracting(Received.Booked::confirmation)
                .containsExactlyInAnyOrderElementsOf(confirmations);
    }

    /**
     * The plentiful articles: each order held what it asked for, each packing list shipped what it
     * packed. The scarce one: never more shipped than packed, never more held than remains.
     */
    private void assertTheStockMovedByWhatWasPacked() {
        Map<String, BigDecimal> packedOfArticle = new HashMap<>();
        Map<String, BigDecimal> remainingOfArticle = new HashMap<>();
        for (Order order : created) {
            Order now = bring.order(CUSTOMER, order.orderId()).orElseThrow();
            for (int i = 0; i < order.lines().size(); i++) {
                String article = order.lines().get(i).articleIds().get(0).value();
                BigDecimal remaining = now.lines().get(i).remaining();
                packedOfArticle.merge(article, ordered(order.lines().get(i)).subtract(remaining), BigDecimal::add);
                remainingOfArticle.merge(article, remaining, BigDecimal::add);
            }
        }
        Map<String, ArticleBalance> stock = new HashMap<>();
        bring.stock(CUSTOMER).forEach(b -> stock.put(b.articleNumber(), b));
        for (String article : List.of(PLENTY_A, PLENTY_B)) {
            ArticleBalance b = stock.get(article);
            assertThat(b.physicalBalance()).as("physical of %s", article)
                    .isEqualByComparingTo(PLENTY.subtract(packedOfArticle.get(article)));
            assertThat(b.inOrderBalance()).as("held for orders of %s", article).isEqualByComparingTo(remainingOfArticle.get(article));
            assertThat(b.allocatedBalance()).isZero();
            assertThat(b.freeBalance()).isEqualByComparingTo(b.physicalBalance().subtract(b.inOrderBalance()));
        }
        ArticleBalance scarce = stock.get(SCARCE);
        assertThat(List.of(scarce.physicalBalance(), scarce.allocatedBalance(), scarce.inOrderBalance(), scarce.freeBalance()))
                .allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(scarce.freeBalance()).isEqualByComparingTo(scarce.physicalBalance().subtract(scarce.allocatedBalance())
                .subtract(scarce.inOrderBalance()));
        assertThat(FEW.subtract(scarce.physicalBalance())).as("shipped of the scarce article")
                .isLessThanOrEqualTo(packedOfArticle.get(SCARCE));
        assertThat(scarce.inOrderBalance()).isLessThanOrEqualTo(remainingOfArticle.get(SCARCE));
        assertThat(remainingOfArticle.get(SCARCE).add(packedOfArticle.get(SCARCE))).as("more of it was ordered than there was")
                .isGreaterThan(FEW);
    }
}
