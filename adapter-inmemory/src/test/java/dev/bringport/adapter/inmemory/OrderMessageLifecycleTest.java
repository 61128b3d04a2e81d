package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.ANOTHER_CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.remaining;
import static dev.bringport.adapter.inmemory.ExampleOrders.withQuantities;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_024;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_001;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Original, Update and Deletion messages do to an order Bring already holds: an Original for
 * an existing order is {@code PO_INPUT_024}, an Update keeps the packing lists and recomputes what
 * remains, a Deletion of an order that does not exist is not found.
 */
class OrderMessageLifecycleTest {

    private final InMemoryBring bring = freshBring().givenOrderManagementCustomer(CUSTOMER);
    private final OrderManagement om = bring.orderManagement();

    @Test
    void anOriginalForAnOrderThatExistsIsRefusedWithPO_INPUT_024AndTheOrderStaysAsItWas() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));
        var before = om.order(CUSTOMER, ORDER_ID);

        assertRefused(DuplicateException.class,
                () -> om.sendOrder(message(UpdateIndicator.ORIGINAL, withQuantities(order(ORDER_ID), 10, 10, 10))),
                PO_INPUT_024);

        assertThat(om.order(CUSTOMER, ORDER_ID)).isEqualTo(before);
        assertThat(remaining(before)).containsExactly("1", "1", "3");
        assertThat(om.packingLists(CUSTOMER, ORDER_ID)).hasSize(1);
        assertThat(bring.received().orderMessages()).hasSize(1);
    }

    @Test
    void anUpdateKeepsTheEarlierPackingListsAndRecomputesWhatRemainsFromTheNewQuantities() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        PackingList first = packing(CONSIGNMENT, "1", 3, "2", 1);
        om.addPackingList(CUSTOMER, ORDER_ID, first);

        om.sendOrder(message(UpdateIndicator.UPDATE, withQuantities(order(ORDER_ID), 6, 1, 5)));

        assertThat(om.packingLists(CUSTOMER, ORDER_ID)).containsExactly(first);
        assertThat(om.orderLines(CUSTOMER, ORDER_ID)).extracting(l -> l.quantity().orElseThrow().value().intValue())
                .containsExactly(6, 1, 5);
        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).as("quantity - packed").containsExactly("3", "0", "5");
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);
    }

    @Test
    void anUpdateKeepsTheStatusBringReports() {
        bring.givenOrder(CUSTOMER, order(ORDER_ID).toBuilder().status(OrderStatus.PICKED).build());

        om.sendOrder(message(UpdateIndicator.UPDATE, withQuantities(order(ORDER_ID), 6, 1, 5)));

        assertThat(om.order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);
    }

    @Test
    void anUpdateOfASeededPartlyPackedOrderKeepsWhatWasPacked() {
        var partlyPacked = order(ORDER_ID);
        partlyPacked = partlyPacked.withLines(List.of(partlyPacked.lines().get(0).withRemainingQuantity(BigDecimal.ONE),
                partlyPacked.lines().get(1), partlyPacked.lines().get(2)));
        bring.givenOrder(CUSTOMER, partlyPacked);

        om.sendOrder(message(UpdateIndicator.UPDATE, withQuantities(order(ORDER_ID), 6, 1, 3)));

        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).as("3 of line 1 were packed before").containsExactly("3", "1", "3");
    }

    @Test
    void anUpdateIgnoresTheRemainingQuantityTheMessageCarries() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 1));
        var update = order(ORDER_ID);
        update = update.withLines(update.lines().stream().map(l -> l.withRemainingQuantity(BigDecimal.ZERO))
                .toList());

        om.sendOrder(message(UpdateIndicator.UPDATE, update));

        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).containsExactly("3", "1", "3");
    }

    @Test
    void anUpdateThatOrdersNoMoreThanWasPackedLeavesNothingToPackAndLocksTheOrder() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4, "2", 1, "3", 2));
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);

        om.sendOrder(message(UpdateIndicator.UPDATE, withQuantities(order(ORDER_ID), 3, 1, 2)));

        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).as("never below zero").containsExactly("0", "0", "0");
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
        assertThat(om.order(CUSTOMER, ORDER_ID).senderStatus()).contains(SenderStatus.LOCKED);
    }

    /**
     * An item without an order line id packed line 1 of the only order line set; an Update then
     * adds a second set with its own article line 1. What was packed belongs to the first set only.
     */
    @Test
    void anUpdateThatAddsAnOrderLineSetCountsEarlierPackingOnlyForTheLineThatWasPacked() {
        var setA = OrderLine.builder("1").orderLineId("A").articleId(ArticleId.customerItemNo("100001"))
                .description(Description.of("STAR B 90/190 V AC/R S51 SØLV Vidar igjen")).quantity(Quantity.of(4, "STK"))
                .build();
        var setB = OrderLine.builder("1").orderLineId("B").articleId(ArticleId.customerItemNo("100002"))
                .description(Description.of("STAR B 80/190 H AC/R S51 SØLV")).quantity(Quantity.of(2, "STK")).build();
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID).withLines(List.of(setA))));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));

        om.sendOrder(message(UpdateIndicator.UPDATE, order(ORDER_ID).withLines(List.of(setA, setB))));

        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).as("A: 4 - 3 packed, B: nothing packed")
                .containsExactly("1", "2");
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);
    }

    @Test
    void afterAnUpdateNoLineCanBePackedBeyondItsNewRemainingQuantity() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));
        om.sendOrder(message(UpdateIndicator.UPDATE, order(ORDER_ID)));

        assertRefused(InvalidRequestException.class,
                () -> om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "1", 2)), PO_INPUT_017);

        om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "1", 1));
        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).containsExactly("0", "1", "3");
    }

    @Test
    void aDeletionOfAnOrderThatNeverExistedIsNotFoundAndRecordsNothing() {
        NotFoundException e = assertRefused(NotFoundException.class,
                () -> om.sendOrder(message(UpdateIndicator.DELETION, order("11873875-never-sent"))), PO_STATE_001);

        assertThat(e.getMessage()).contains("11873875-never-sent");
        assertThat(bring.received().orderMessages()).isEmpty();
    }

    @Test
    void anUpdateOfAnOrderThatDoesNotExistCreatesNothing() {
        assertRefused(NotFoundException.class, () -> om.sendOrder(message(UpdateIndicator.UPDATE, order(ORDER_ID))),
                PO_STATE_001);

        assertThat(bring.order(CUSTOMER, ORDER_ID)).isEmpty();
        assertThat(bring.received().orderMessages()).isEmpty();
    }

    @Test
    void aDeletedOrderCanBeSentAgainAsAnOriginalAndStartsWithoutPackingLists() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4));
        om.sendOrder(message(UpdateIndicator.DELETION, order(ORDER_ID)));

        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));

        assertThat(om.packingLists(CUSTOMER, ORDER_ID)).isEmpty();
        assertThat(om.orderLines(CUSTOMER, ORDER_ID)).extracting(OrderLine::remaining)
                .extracting(r -> r.intValue()).containsExactly(4, 1, 3);
    }

    @Test
    void everyAcceptedMessageIsReceivedWithItsUserAndBringsTimeAndRefusedOnesAreNot() {
        var original = message(UpdateIndicator.ORIGINAL, order(ORDER_ID));
        var update = message(UpdateIndicator.UPDATE, withQuantities(order(ORDER_ID), 5, 1, 3));
        var deletion = message(UpdateIndicator.DELETION, order(ORDER_ID));

        om.sendOrder(original);
        om.sendOrder(update);
        assertRefused(DuplicateException.class, () -> om.sendOrder(original), PO_INPUT_024);
        om.sendOrder(deletion);

        assertThat(bring.received().orderMessages()).extracting(Received.OrderMessageReceived::message)
                .containsExactly(original, update, deletion);
        assertThat(bring.received().orderMessages()).allSatisfy(m -> {
            assertThat(m.userId()).isEqualTo(InMemoryBring.DEFAULT_USER);
            assertThat(m.at()).isEqualTo(NOW);
        });
    }
}
