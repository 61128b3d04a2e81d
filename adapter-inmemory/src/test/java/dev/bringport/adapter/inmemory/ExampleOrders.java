package dev.bringport.adapter.inmemory;

import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Variations of the contract suite's example order ({@link ContractExamples#order(String)}: order
 * {@code 11873875-status_med_2} of the Order Management page, lines 1-3 with 4, 1 and 3 STK, addressed
 * to warehouse BERGER) and the packing lists the tests add to it.
 */
final class ExampleOrders {

    /** Bring's "now" in these tests, as in the contract suite's fixture. */
    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    /** Consignment numbers of Bring's examples, for packing lists. */
    static final String CONSIGNMENT = "70438101268018539";
    static final String ANOTHER_CONSIGNMENT = "70438101268018546";

    private ExampleOrders() {
    }

    /** @return an empty in-memory Bring with Bring's time fixed at {@link #NOW} and numbers from serial 1 */
    static InMemoryBring freshBring() {
        return InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(IdGenerator.sequential(1)).build();
    }

    /**
     * The example order whose lines are articles of the Warehousing page's stock: 4 x 5300311 "ADB
     * ABX-2720W HD dekoder", 1 x 5300601 "HDMI 2m M-M" and 3 x 5300301 "CTS HET-3012BTFC" (of which
     * the warehouse holds only 2), by their CustomerItemNo.
     *
     * @param orderId the order id
     * @return the order, addressed to warehouse BERGER
     */
    static Order stockOrder(String orderId) {
        return ContractExamples.order(orderId).withLines(List.of(
                stockLine("1", "5300311", "ADB ABX-2720W HD dekoder", 4),
                stockLine("2", "5300601", "HDMI 2m M-M", 1),
                stockLine("3", "5300301", "CTS HET-3012BTFC", 3)));
    }

    private static OrderLine stockLine(String articleLineId, String articleNumber, String text, int quantity) {
        return OrderLine.builder(articleLineId)
                .articleId(ArticleId.customerItemNo(articleNumber))
                .description(Description.of(text))
                .quantity(Quantity.of(quantity, "STK"))
                .build();
    }

    /**
     * An order without a warehouse: no PerformingUnit party and no WS reference.
     *
     * @param order the order
     * @return a copy
     */
    static Order withoutWarehouse(Order order) {
        return new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references().stream().filter(r -> !r.type().equals(Reference.WAREHOUSE_STORAGE_LOCATION)).toList(),
                order.dates(), order.termsOfDelivery(), order.transportService(), order.transportLeg(),
                order.parties().stream().filter(p -> !p.role().equals(PartyRole.PERFORMING_UNIT)).toList(),
                order.lines());
    }

    /**
     * An order addressed to its warehouse only by the PerformingUnit party (no WS reference).
     *
     * @param order the order
     * @return a copy
     */
    static Order withoutWsReference(Order order) {
        return new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references().stream().filter(r -> !r.type().equals(Reference.WAREHOUSE_STORAGE_LOCATION)).toList(),
                order.dates(), order.termsOfDelivery(), order.transportService(), order.transportLeg(),
                order.parties(), order.lines());
    }

    /**
     * An order addressed to its warehouse only by the WS reference, as Bring reports orders.
     *
     * @param order the order
     * @return a copy
     */
    static Order withoutPerformingUnit(Order order) {
        return new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references(), order.dates(), order.termsOfDelivery(), order.transportService(),
                order.transportLeg(),
                order.parties().stream().filter(p -> !p.role().equals(PartyRole.PERFORMING_UNIT)).toList(),
                order.lines());
    }

    /**
     * The same order with other quantities on its lines, in line order.
     *
     * @param order      the order
     * @param quantities one per line
     * @return a copy
     */
    static Order withQuantities(Order order, int... quantities) {
        List<OrderLine> lines = order.lines();
        if (lines.size() != quantities.length) {
            throw new IllegalArgumentException("one quantity per line");
        }
        return order.withLines(IntStream.range(0, lines.size()).mapToObj(i -> {
            OrderLine l = lines.get(i);
            return new OrderLine(l.orderLineId(), l.articleLineId(), l.articleIds(), l.articleName(), l.description(),
                    Optional.of(Quantity.of(quantities[i], "STK")), Optional.empty(), l.unitPrice(),
                    l.dates());
        }).toList());
    }

    /**
     * An order message of the example customer.
     *
     * @param indicator Original, Update or Deletion
     * @param order     the order
     * @return the message
     */
    static OrderMessage message(UpdateIndicator indicator, Order order) {
        return OrderMessage.of(OrderType.PURCHASE_ORDER, CUSTOMER, NOW, order.toBuilder().updateIndicator(indicator).build());
    }

    /**
     * A packing list of some lines of an order.
     *
     * @param consignmentId the consignment number
     * @param items         article line id and quantity, alternating: {@code "1", 3, "2", 1}
     * @return the packing list
     */
    static PackingList packing(String consignmentId, Object... items) {
        List<PackingListItem> list = new ArrayList<>();
        for (int i = 0; i < items.length; i += 2) {
            list.add(PackingListItem.of((String) items[i], new BigDecimal(items[i + 1].toString())));
        }
        return PackingList.of(consignmentId, list);
    }

    /**
     * The remaining quantities of an order's lines, in line order.
     *
     * @param order the order
     * @return the remaining quantities, as plain strings ("4", "0")
     */
    static List<String> remaining(Order order) {
        return order.lines().stream().map(l -> l.remaining().stripTrailingZeros().toPlainString()).toList();
    }
}
