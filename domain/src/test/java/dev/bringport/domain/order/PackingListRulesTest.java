package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_011;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_012;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packing lists against Bring's examples: order 11873875-status_med_2 with the quantities of its
 * order items (retrieve_orderitems: lines 1, 2, 3 of 4, 1 and 3), its packing list
 * 70707730122339403 (retrieve_packinglist), and the order line set "1" of create_packaging_list.
 */
class PackingListRulesTest {

    private static final String CONSIGNMENT = "70707730122339403";

    // --- test data -----------------------------------------------------------------------------

    private static OrderLine line(String articleLineId, long quantity) {
        return OrderLine.builder(articleLineId).articleId(ArticleId.customerItemNo("10000" + articleLineId))
                .quantity(Quantity.of(quantity, "STK")).build();
    }

    private static Order order() {
        return Order.builder("11873875-status_med_2").line(line("1", 4)).line(line("2", 1)).line(line("3", 3)).build();
    }

    /** The order line set "1" of Bring's CreatePackagingListRequest example (articles 10, 20, 30). */
    private static Order orderWithOrderLineSet() {
        return Order.builder("12345678")
                .line(OrderLine.builder("10").orderLineId("1").articleId(ArticleId.customerItemNo("A-10"))
                        .quantity(Quantity.of(10, "STK")).build())
                .line(OrderLine.builder("20").orderLineId("1").articleId(ArticleId.customerItemNo("A-20"))
                        .quantity(Quantity.of(3, "STK")).build())
                .line(OrderLine.builder("30").orderLineId("1").articleId(ArticleId.customerItemNo("A-30"))
                        .quantity(Quantity.of(5, "STK")).build())
                .build();
    }

    private static PackingListItem item(String articleLineId, String quantity) {
        return PackingListItem.of(articleLineId, new BigDecimal(quantity));
    }

    private static PackingList list(PackingListItem... items) {
        return PackingList.of(CONSIGNMENT, List.of(items));
    }

    private static BigDecimal remaining(Order order, String articleLineId) {
        return order.line(Optional.empty(), articleLineId).orElseThrow().remaining();
    }

    // --- without the order ---------------------------------------------------------------------

    @Test
    void bringsPackingListHasNoViolations() {
        PackingList list = list(item("1", "4"), item("2", "1"), item("3", "3"));

        assertThat(PackingListRules.violations(list)).isEmpty();
        assertThat(PackingListRules.violations(list, order())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aPackingListWithoutConsignmentIdIsRefused(String blank) {
        PackingList list = PackingList.of(blank, List.of(item("1", "4")));

        assertThat(PackingListRules.violations(list)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingList.ConsignmentId", PO_INPUT_007));
    }

    @Test
    void aNegativeQuantityIsRefused() {
        PackingList list = new PackingList(CONSIGNMENT, Optional.empty(), List.of(
                item("1", "-1"),
                PackingListItem.of("1", "20", new BigDecimal("-0.5"))), List.of());

        assertThat(PackingListRules.violations(list)).extracting(Violation::field, Violation::code).containsExactly(
                tuple("PackingListSet.PackingListItem[articleLineId=1].ArticleQuantity", PO_INPUT_011),
                tuple("PackingListSet[orderLineId=1].PackingListItem[articleLineId=20].ArticleQuantity", PO_INPUT_011));
    }

    @Test
    void aZeroQuantityIsAllowed() {
        assertThat(PackingListRules.violations(list(item("1", "0")), order())).isEmpty();
    }

    @Test
    void anItemNeedsAnArticleLineId() {
        assertThat(PackingListRules.violations(list(item(" ", "1")))).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingListSet.PackingListItem[articleLineId= ].articleLineId", PO_INPUT_019));
    }

    @Test
    void additionalItemsNeedAnArticleIdAndNoNegativeQuantity() {
        PackingList list = new PackingList(CONSIGNMENT, Optional.of("370794836448493247"), List.of(), List.of(
                new AdditionalItem("5300311", new BigDecimal("2"), Optional.of(Description.of("HD dekoder")),
                        Optional.empty(), Optional.empty()),
                new AdditionalItem("", BigDecimal.ONE, Optional.empty(), Optional.empty(), Optional.empty()),
                new AdditionalItem("5300312", new BigDecimal("-1"), Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(PackingListRules.violations(list)).extracting(Violation::field, Violation::code).containsExactly(
                tuple("PackingListAdditionalItem[ArticleId=].ArticleId", PO_INPUT_019),
                tuple("PackingListAdditionalItem[ArticleId=5300312].ArticleQuantity", PO_INPUT_011));
    }

    // --- against the order ---------------------------------------------------------------------

    @Test
    void anItemThatIsNotALineOfTheOrderIsRefused() {
        // Bring's own packing list example also lists articleLineId 4, which the order does not have.
        PackingList list = list(item("4", "1"), item("3", "3"), item("2", "1"), item("1", "4"));

        assertThat(PackingListRules.violations(list, order())).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingListSet.PackingListItem[articleLineId=4]", PO_INPUT_012));
    }

    @Test
    void packingMoreThanRemainsIsRefused() {
        assertThat(PackingListRules.violations(list(item("3", "4")), order()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingListSet.PackingListItem[articleLineId=3].ArticleQuantity", PO_INPUT_017));
    }

    @Test
    void itemsOfTheSameLineAreAddedUp() {
        PackingList twice = list(item("1", "2"), item("1", "2.5"));

        assertThat(PackingListRules.violations(list(item("1", "2"), item("1", "2")), order())).isEmpty();
        assertThat(PackingListRules.violations(twice, order())).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingListSet.PackingListItem[articleLineId=1].ArticleQuantity", PO_INPUT_017));
    }

    @Test
    void whatRemainsIsTheCurrentRemainingQuantityNotTheOrderedOne() {
        Order partlyPacked = PackingListRules.pack(list(item("1", "3")), order());

        assertThat(PackingListRules.violations(list(item("1", "1")), partlyPacked)).isEmpty();
        assertThat(PackingListRules.violations(list(item("1", "2")), partlyPacked)).extracting(Violation::code)
                .containsExactly(PO_INPUT_017);
    }

    @Test
    void orderLineIdsMustMatchWhereBothAreGiven() {
        Order order = orderWithOrderLineSet();
        PackingList bringsExample = new PackingList("70703223343223526", Optional.of("370794836448493247"), List.of(
                PackingListItem.of("1", "10", new BigDecimal("10")),
                PackingListItem.of("1", "20", new BigDecimal("3")),
                PackingListItem.of("1", "30", new BigDecimal("5"))), List.of());
        PackingList otherSet = PackingList.of("70703223343223526",
                List.of(PackingListItem.of("2", "10", new BigDecimal("1"))));
        PackingList noSetGiven = PackingList.of("70703223343223526", List.of(item("10", "1")));

        assertThat(PackingListRules.violations(bringsExample, order)).isEmpty();
        assertThat(PackingListRules.violations(noSetGiven, order)).isEmpty();
        assertThat(PackingListRules.violations(otherSet, order)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("PackingListSet[orderLineId=2].PackingListItem[articleLineId=10]", PO_INPUT_012));
    }

    @Test
    void anItemWithAnOrderLineIdMatchesALineWithout() {
        PackingList list = PackingList.of(CONSIGNMENT, List.of(PackingListItem.of("1", "2", BigDecimal.ONE)));

        assertThat(PackingListRules.violations(list, order())).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        PackingList list = PackingList.of("", List.of(item("1", "-1"), item("9", "1"), item("2", "2")));

        assertThat(PackingListRules.violations(list, order())).extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("PackingList.ConsignmentId", PO_INPUT_007),
                        tuple("PackingListSet.PackingListItem[articleLineId=1].ArticleQuantity", PO_INPUT_011),
                        tuple("PackingListSet.PackingListItem[articleLineId=9]", PO_INPUT_012),
                        tuple("PackingListSet.PackingListItem[articleLineId=2].ArticleQuantity", PO_INPUT_017));
    }

    // --- packing -------------------------------------------------------------------------------

    @Test
    void packReducesTheRemainingQuantities() {
        Order packed = PackingListRules.pack(list(item("1", "3"), item("3", "1")), order());

        assertThat(remaining(packed, "1")).isEqualByComparingTo("1");
        assertThat(remaining(packed, "2")).isEqualByComparingTo("1");
        assertThat(remaining(packed, "3")).isEqualByComparingTo("2");
        assertThat(packed.senderStatus()).contains(SenderStatus.OPEN);
    }

    @Test
    void packKeepsLinesItDoesNotTouchAndEverythingElseOfTheOrder() {
        Order order = order();
        Order packed = PackingListRules.pack(list(item("1", "3")), order);

        assertThat(packed.lines().get(1)).isEqualTo(order.lines().get(1));
        assertThat(packed.lines().get(2)).isEqualTo(order.lines().get(2));
        assertThat(packed.lines().get(0).quantity()).isEqualTo(order.lines().get(0).quantity());
        assertThat(packed.orderId()).isEqualTo(order.orderId());
        assertThat(packed.parties()).isEqualTo(order.parties());
    }

    @Test
    void theOrderIsLockedOnlyWhenEveryLineIsFullyPacked() {
        Order order = order();

        Order first = PackingListRules.pack(list(item("1", "4"), item("2", "1")), order);
        assertThat(first.senderStatus()).contains(SenderStatus.OPEN);

        Order second = PackingListRules.pack(list(item("3", "2")), first);
        assertThat(second.senderStatus()).contains(SenderStatus.OPEN);

        Order third = PackingListRules.pack(list(item("3", "1")), second);
        assertThat(third.senderStatus()).contains(SenderStatus.LOCKED);
        assertThat(third.lines()).allSatisfy(l -> assertThat(l.remaining()).isEqualByComparingTo("0"));
    }

    @Test
    void bringsPackingListLocksTheOrderAtOnce() {
        // retrieve_packinglist's items for the lines the order has, in Bring's order
        Order packed = PackingListRules.pack(list(item("3", "3"), item("2", "1"), item("1", "4")), order());

        assertThat(packed.senderStatus()).contains(SenderStatus.LOCKED);
    }

    @Test
    void packWithinAnOrderLineSet() {
        Order packed = PackingListRules.pack(
                PackingList.of("70703223343223526", List.of(PackingListItem.of("1", "20", new BigDecimal("3")))),
                orderWithOrderLineSet());

        assertThat(packed.line(Optional.of("1"), "10").orElseThrow().remaining()).isEqualByComparingTo("10");
        assertThat(packed.line(Optional.of("1"), "20").orElseThrow().remaining()).isEqualByComparingTo("0");
        assertThat(packed.senderStatus()).contains(SenderStatus.OPEN);
    }

    /**
     * Two order line sets may hold the same article line id (a line is identified "by its article
     * line id, within the order line set it belongs to"). An item without an order line id is then
     * ambiguous: either it is refused (PO_INPUT_012), or, once accepted, packing it must reduce the
     * order by exactly the quantity packed, as {@code violations} counted it against one line.
     */
    @Test
    void packingAnItemReducesTheOrderByExactlyItsQuantity() {
        Order order = Order.builder("12345678")
                .line(OrderLine.builder("10").orderLineId("1").articleId(ArticleId.customerItemNo("A-10"))
                        .quantity(Quantity.of(10, "STK")).build())
                .line(OrderLine.builder("10").orderLineId("2").articleId(ArticleId.customerItemNo("A-10"))
                        .quantity(Quantity.of(5, "STK")).build())
                .build();
        PackingList list = PackingList.of("70703223343223526", List.of(item("10", "3")));

        List<Violation> violations = PackingListRules.violations(list, order);
        if (violations.isEmpty()) {
            BigDecimal totalRemaining = PackingListRules.pack(list, order).lines().stream().map(OrderLine::remaining)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(totalRemaining).as("15 ordered, 3 packed").isEqualByComparingTo("12");
        } else {
            assertThat(violations).extracting(Violation::code).containsOnly(PO_INPUT_012);
        }
    }
}
