package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.stockOrder;
import static dev.bringport.adapter.inmemory.ExampleOrders.withQuantities;
import static dev.bringport.adapter.inmemory.ExampleOrders.withoutWarehouse;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.OTHER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How an order addressed to a warehouse moves the customer's stock (the Warehousing page's
 * balances, articles matched by the line's CustomerItemNo): placing it moves free stock to
 * in-order, picking moves in-order to allocated, packing ships from the physical balance, and an
 * Update or Deletion gives back what the order held. After every step (checked after each test
 * too) {@code free = physical - allocated - inOrder} and no balance is below zero.
 *
 * <p>The order asks for 4 x 5300311 (5896 on the shelves), 1 x 5300601 (887) and 3 x 5300301, of
 * which the warehouse holds only 2.
 */
class WarehouseStockMovesTest {

    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryBring bring = InMemoryBring.builder().clock(clock).ids(IdGenerator.sequential(1)).build()
            .givenStock(CUSTOMER, DemoData.articleBalances());
    private final OrderManagement om = bring.orderManagement();

    @AfterEach
    void everyBalanceStaysConsistent() {
        assertConsistent();
    }

    @Test
    void placingTheOrderMovesWhatItAsksForFromFreeToInOrder() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));

        assertBalance("5300311", 5896, 0, 4, 5892);
        assertBalance("5300601", 887, 0, 1, 886);
        assertBalance("5300301", 2, 0, 2, 0);
        assertUntouched("5300363", "5300352", "5300741", "5301761", "5300531");
    }

    @Test
    void pickingAllocatesWhatTheOrderHoldsAndTheOrderIsPicked() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));

        bring.pick(CUSTOMER, ORDER_ID);

        assertBalance("5300311", 5896, 4, 0, 5892);
        assertBalance("5300601", 887, 1, 0, 886);
        assertBalance("5300301", 2, 2, 0, 0);
        assertThat(bring.warehousing().order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);
        assertThat(om.order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);
    }

    @Test
    void packingAPickedOrderShipsFromThePhysicalAndAllocatedBalances() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.pick(CUSTOMER, ORDER_ID);

        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));

        assertBalance("5300311", 5893, 1, 0, 5892);
        assertThat(bring.warehousing().order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);
    }

    @Test
    void packingAnOrderNotYetPickedShipsFromThePhysicalAndInOrderBalances() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));

        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3, "2", 1));

        assertBalance("5300311", 5893, 0, 1, 5892);
        assertBalance("5300601", 886, 0, 0, 886);
    }

    @Test
    void whenEveryLineIsPackedTheOrderIsShippedAndHoldsNothing() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.pick(CUSTOMER, ORDER_ID);
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4, "2", 1));
        assertThat(bring.warehousing().order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);

        om.addPackingList(CUSTOMER, ORDER_ID, packing("70438101268018546", "3", 3));

        assertThat(bring.warehousing().order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.SHIPPED);
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
        assertBalance("5300311", 5892, 0, 0, 5892);
        assertBalance("5300601", 886, 0, 0, 886);
        assertBalance("5300301", 0, 0, 0, 0);
    }

    @Test
    void aDeletionOfAnOrderNotYetPickedGivesBackItsInOrderStock() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));

        om.sendOrder(message(UpdateIndicator.DELETION, stockOrder(ORDER_ID)));

        assertBalance("5300311", 5896, 0, 0, 5896);
        assertBalance("5300601", 887, 0, 0, 887);
        assertBalance("5300301", 2, 0, 0, 2);
    }

    @Test
    void aDeletionOfAPickedPartlyPackedOrderGivesBackWhatIsStillAllocated() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.pick(CUSTOMER, ORDER_ID);
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 1));

        om.sendOrder(message(UpdateIndicator.DELETION, stockOrder(ORDER_ID)));

        assertBalance("5300311", 5895, 0, 0, 5895);
        assertBalance("5300601", 887, 0, 0, 887);
        assertBalance("5300301", 2, 0, 0, 2);
    }

    @Test
    void anUpdateGivesBackTheOldReservationAndHoldsWhatNowRemains() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.pick(CUSTOMER, ORDER_ID);
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 1));

        om.sendOrder(message(UpdateIndicator.UPDATE, withQuantities(stockOrder(ORDER_ID), 2, 1, 1)));

        assertBalance("5300311", 5895, 0, 1, 5894);
        assertBalance("5300601", 887, 0, 1, 886);
        assertBalance("5300301", 2, 0, 1, 1);
    }

    @Test
    void anUpdateThatDropsALineGivesBackItsStock() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        Order withoutLine3 = stockOrder(ORDER_ID);
        withoutLine3 = withoutLine3.withLines(withoutLine3.lines().subList(0, 2));

        om.sendOrder(message(UpdateIndicator.UPDATE, withoutLine3));

        assertBalance("5300311", 5896, 0, 4, 5892);
        assertBalance("5300301", 2, 0, 0, 2);
    }

    @Test
    void anOrderForMoreThanIsFreeHoldsOnlyWhatIsFreeAndNoBalanceGoesBelowZero() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        Order second = stockOrder("11873875-status_med_3");
        assertBalance("5300301", 2, 0, 2, 0);

        om.sendOrder(message(UpdateIndicator.ORIGINAL, second));
        assertBalance("5300301", 2, 0, 2, 0);
        assertConsistent();

        om.addPackingList(CUSTOMER, second.orderId(), packing(CONSIGNMENT, "3", 3));
        assertBalance("5300301", 2, 0, 2, 0);
        assertConsistent();

        om.addPackingList(CUSTOMER, ORDER_ID, packing("70438101268018546", "3", 3));
        assertBalance("5300301", 0, 0, 0, 0);
    }

    @Test
    void balancesThatMoveAreStampedWithBringsClockAndOthersKeepTheirs() {
        Instant seeded = Instant.parse("2017-05-02T23:37:17Z");
        Instant placed = clock.advance(Duration.ofMinutes(5));
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        assertThat(lastUpdated()).containsEntry("5300311", placed).containsEntry("5300601", placed)
                .containsEntry("5300301", placed).containsEntry("5300363", seeded);

        Instant picked = clock.advance(Duration.ofHours(2));
        bring.pick(CUSTOMER, ORDER_ID);
        assertThat(lastUpdated()).containsEntry("5300311", picked).containsEntry("5300363", seeded);

        Instant packed = clock.advance(Duration.ofMinutes(30));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4));
        assertThat(lastUpdated()).containsEntry("5300311", packed).containsEntry("5300601", picked);

        assertThat(balance("5300311").created()).contains(seeded);
    }

    @Test
    void anOrderNotAddressedToAWarehouseLeavesTheStockAlone() {
        List<ArticleBalance> before = bring.stock(CUSTOMER);

        om.sendOrder(message(UpdateIndicator.ORIGINAL, withoutWarehouse(stockOrder(ORDER_ID))));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4));

        assertThat(bring.stock(CUSTOMER)).isEqualTo(before);
    }

    @Test
    void onlyTheOrderingCustomersStockMoves() {
        bring.givenStock(OTHER_CUSTOMER, DemoData.articleBalances());

        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));

        assertThat(bring.stock(OTHER_CUSTOMER)).isEqualTo(DemoData.articleBalances());
    }

    @Test
    void theWarehousingPortReportsTheSameBalances() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.pick(CUSTOMER, ORDER_ID);

        assertThat(bring.warehousing().articleBalances(CUSTOMER)).isEqualTo(bring.stock(CUSTOMER));
        assertThat(bring.warehousing().articleBalance(CUSTOMER, "5300311")).contains(balance("5300311"));
    }

    /**
     * Two order line sets may both have an article line 1 ({@code OrderRules} checks that the pair
     * orderLineId/articleLineId is unique, not the article line id alone).
     */
    @Test
    void orderLineSetsSharingAnArticleLineIdGiveBackAllTheyHeldWhenTheOrderIsDeleted() {
        Order twoSets = stockOrder(ORDER_ID).withLines(List.of(
                OrderLine.builder("1").orderLineId("A").articleId(ArticleId.customerItemNo("5300311"))
                        .quantity(Quantity.of(2, "STK")).build(),
                OrderLine.builder("1").orderLineId("B").articleId(ArticleId.customerItemNo("5300601"))
                        .quantity(Quantity.of(1, "STK")).build()));
        om.sendOrder(message(UpdateIndicator.ORIGINAL, twoSets));
        assertBalance("5300311", 5896, 0, 2, 5894);
        assertBalance("5300601", 887, 0, 1, 886);

        om.sendOrder(message(UpdateIndicator.DELETION, twoSets));

        assertBalance("5300601", 887, 0, 0, 887);
        assertBalance("5300311", 5896, 0, 0, 5896);
    }

    /** A test that adjusts the stock of an article an order holds, then deletes the order. */
    @Test
    void restockingAnArticleAnOrderHoldsNeverLeadsToANegativeBalance() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, stockOrder(ORDER_ID)));
        bring.givenStock(CUSTOMER, List.of(ArticleBalance.inStock("5300301", "CTS HET-3012BTFC", new BigDecimal("10"),
                NOW)));

        om.sendOrder(message(UpdateIndicator.DELETION, stockOrder(ORDER_ID)));

        assertConsistent();
        assertThat(balance("5300301").freeBalance()).isLessThanOrEqualTo(balance("5300301").physicalBalance());
    }

    // --- helpers -------------------------------------------------------------------------------

    private ArticleBalance balance(String articleNumber) {
        return bring.stock(CUSTOMER).stream().filter(b -> b.articleNumber().equals(articleNumber)).findFirst()
                .orElseThrow();
    }

    private void assertBalance(String articleNumber, long physical, long allocated, long inOrder, long free) {
        ArticleBalance b = balance(articleNumber);
        assertThat(List.of(b.physicalBalance(), b.allocatedBalance(), b.inOrderBalance(), b.freeBalance()))
                .as("physical, allocated, in order, free of %s", articleNumber)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(physical), BigDecimal.valueOf(allocated), BigDecimal.valueOf(inOrder),
                        BigDecimal.valueOf(free));
    }

    private void assertUntouched(String... articleNumbers) {
        Map<String, ArticleBalance> seeded = DemoData.articleBalances().stream()
                .collect(Collectors.toMap(ArticleBalance::articleNumber, Function.identity()));
        for (String n : articleNumbers) {
            assertThat(balance(n)).isEqualTo(seeded.get(n));
        }
    }

    private void assertConsistent() {
        assertThat(bring.stock(CUSTOMER)).allSatisfy(b -> {
            assertThat(b.freeBalance()).as("free of %s", b.articleNumber()).isEqualByComparingTo(
                    b.physicalBalance().subtract(b.allocatedBalance()).subtract(b.inOrderBalance()));
            assertThat(List.of(b.physicalBalance(), b.allocatedBalance(), b.inOrderBalance(), b.freeBalance()))
                    .as("balances of %s", b.articleNumber())
                    .allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        });
    }

    private Map<String, Instant> lastUpdated() {
        return bring.stock(CUSTOMER).stream()
                .collect(Collectors.toMap(ArticleBalance::articleNumber, b -> b.lastUpdated().orElseThrow()));
    }

    /** A clock the test moves forward, to see which balances a step stamps. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        Instant advance(Duration by) {
            now = now.plus(by);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a settable clock is always UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
