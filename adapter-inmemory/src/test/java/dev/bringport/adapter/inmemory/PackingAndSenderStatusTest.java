package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.ANOTHER_CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.remaining;
import static dev.bringport.adapter.inmemory.ExampleOrders.stockOrder;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_011;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_012;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packing lists against the order Bring holds: each reduces what remains, the sender status is
 * OPEN until every line is fully packed and then LOCKED, no line is packed beyond what remains
 * ({@code PO_INPUT_017}), and a refused packing list changes nothing at all.
 */
class PackingAndSenderStatusTest {

    private final InMemoryBring bring = freshBring()
            .givenStock(CUSTOMER, DemoData.articleBalances())
            .givenOrder(CUSTOMER, stockOrder(ORDER_ID));
    private final OrderManagement om = bring.orderManagement();

    @Test
    void eachPackingListReducesWhatRemainsOnTheLinesItPacks() {
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 1, "3", 2));
        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).containsExactly("3", "1", "1");

        om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "1", 3));
        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).containsExactly("0", "1", "1");
        assertThat(om.orderLines(CUSTOMER, ORDER_ID)).extracting(OrderLine::remaining)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void partialQuantitiesArePackedExactly() {
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", "1.5"));

        assertThat(om.orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isEqualByComparingTo("2.5");
    }

    @Test
    void theOrderIsOpenUntilEveryLineIsFullyPackedAndThenLocked() {
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);

        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4, "2", 1));
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);

        om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "3", 2));
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).as("one of line 3 still remains").isEqualTo(SenderStatus.OPEN);

        om.addPackingList(CUSTOMER, ORDER_ID, packing("70438101268018553", "3", 1));
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
        assertThat(om.order(CUSTOMER, ORDER_ID).senderStatus()).contains(SenderStatus.LOCKED);
    }

    @Test
    void aLockedOrderTakesNoMorePacking() {
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4, "2", 1, "3", 3));

        assertRefused(InvalidRequestException.class,
                () -> om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "2", 1)), PO_INPUT_017);
        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
    }

    @Test
    void twoItemsOfOneListThatTogetherExceedWhatRemainsAreRefused() {
        assertRefused(InvalidRequestException.class,
                () -> om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3, "1", 2)), PO_INPUT_017);

        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3, "1", 1));
        assertThat(remaining(om.order(CUSTOMER, ORDER_ID))).containsExactly("0", "1", "3");
    }

    @Test
    void packingMoreThanRemainsIsFoundByBringAndNamesTheLine() {
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "3", 2));

        InvalidRequestException e = assertRefused(InvalidRequestException.class,
                () -> om.addPackingList(CUSTOMER, ORDER_ID, packing(ANOTHER_CONSIGNMENT, "3", 2)), PO_INPUT_017);

        assertThat(e.detectedBeforeSending()).as("only Bring knows what remains").isFalse();
        assertThat(e.getMessage()).contains("articleLineId=3");
    }

    static Stream<Arguments> refusedPackingLists() {
        return Stream.of(
                arguments("one line over what remains, one line fine",
                        packing(ANOTHER_CONSIGNMENT, "2", 1, "1", 2), List.of(PO_INPUT_017)),
                arguments("a line the order does not have",
                        packing(ANOTHER_CONSIGNMENT, "2", 1, "99", 1), List.of(PO_INPUT_012)),
                arguments("a negative quantity",
                        packing(ANOTHER_CONSIGNMENT, "2", 1, "3", -1), List.of(PO_INPUT_011)),
                arguments("no consignment id",
                        packing(" ", "2", 1), List.of(PO_INPUT_007)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPackingLists")
    void aRefusedPackingListLeavesTheOrderItsPackingListsTheStockAndReceivedAsTheyWere(
            String why, PackingList refused, List<ErrorCode> codes) {
        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));
        Order orderBefore = bring.order(CUSTOMER, ORDER_ID).orElseThrow();
        List<PackingList> listsBefore = om.packingLists(CUSTOMER, ORDER_ID);
        List<ArticleBalance> stockBefore = bring.stock(CUSTOMER);

        assertRefused(InvalidRequestException.class, () -> om.addPackingList(CUSTOMER, ORDER_ID, refused),
                codes.toArray(ErrorCode[]::new));

        assertThat(bring.order(CUSTOMER, ORDER_ID)).contains(orderBefore);
        assertThat(om.packingLists(CUSTOMER, ORDER_ID)).isEqualTo(listsBefore);
        assertThat(bring.stock(CUSTOMER)).isEqualTo(stockBefore);
        assertThat(bring.received().packingLists()).hasSize(1);
    }

    @Test
    void everyAcceptedPackingListIsReceivedWithUserCustomerOrderAndBringsTime() {
        PackingList first = packing(CONSIGNMENT, "1", 4);
        PackingList second = packing(ANOTHER_CONSIGNMENT, "2", 1);

        om.addPackingList(CUSTOMER, ORDER_ID, first);
        om.addPackingList(CUSTOMER, ORDER_ID, second);

        assertThat(bring.received().packingLists()).containsExactly(
                new Received.PackingListReceived(InMemoryBring.DEFAULT_USER, CUSTOMER, ORDER_ID, first, NOW),
                new Received.PackingListReceived(InMemoryBring.DEFAULT_USER, CUSTOMER, ORDER_ID, second, NOW));
    }

    /**
     * Two order line sets may both have an article line 1 ({@code OrderRules} allows it). An item
     * that names only the article line may pack one of them, or be refused as ambiguous; it must
     * never pack both, nor leave a line with less than nothing remaining.
     */
    @Test
    void anItemWithoutOrderLineIdNeverPacksMoreThanItsQuantityAcrossOrderLineSets() {
        Order twoSets = stockOrder("11873875-two-sets").withLines(List.of(
                OrderLine.builder("1").orderLineId("A").articleId(ArticleId.customerItemNo("5300311"))
                        .quantity(Quantity.of(2, "STK")).build(),
                OrderLine.builder("1").orderLineId("B").articleId(ArticleId.customerItemNo("5300601"))
                        .quantity(Quantity.of(1, "STK")).build()));
        bring.givenOrder(CUSTOMER, twoSets);
        PackingList ambiguous = PackingList.of(CONSIGNMENT, List.of(PackingListItem.of("1", new BigDecimal("2"))));

        try {
            om.addPackingList(CUSTOMER, twoSets.orderId(), ambiguous);
        } catch (InvalidRequestException refusedAsAmbiguous) {
            assertThat(remaining(bring.order(CUSTOMER, twoSets.orderId()).orElseThrow())).containsExactly("2", "1");
            return;
        }
        List<OrderLine> lines = bring.order(CUSTOMER, twoSets.orderId()).orElseThrow().lines();
        assertThat(lines).allSatisfy(l -> assertThat(l.remaining()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(lines.stream().map(OrderLine::remaining).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("3 ordered, 2 packed").isEqualByComparingTo("1");
    }
}
