package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_011;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_012;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;

import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a packing list (and a transport order, which has the same content), from Bring's
 * Order Management error list: a consignment id ({@code PO_INPUT_007} "Consignment ID is
 * required"), no negative quantities ({@code PO_INPUT_011} "Negative quantity not allowed."),
 * article line ids ({@code PO_INPUT_019} "Some required parameters are missing"), every item a line
 * of the order ({@code PO_INPUT_012} "OrderLineId and ArticleLineId must match purchase order"),
 * and never more packed than remains on a line (Order Management's own state: the order's
 * remaining quantities, {@code PO_INPUT_017}).
 */
public final class PackingListRules {

    private PackingListRules() {
    }

    /**
     * Checks what can be checked without the order, before sending.
     *
     * @param list the packing list
     * @return every violation
     */
    public static List<Violation> violations(PackingList list) {
        Violations v = new Violations().requireText(list.consignmentId(), "PackingList.ConsignmentId", PO_INPUT_007);
        for (PackingListItem item : list.items()) {
            String field = itemField(item);
            v.requireText(item.articleLineId(), field + ".articleLineId", PO_INPUT_019)
                    .require(item.quantity().signum() >= 0, field + ".ArticleQuantity", PO_INPUT_011, "must not be negative");
        }
        for (AdditionalItem item : list.additionalItems()) {
            String field = "PackingListAdditionalItem[ArticleId=" + item.articleId() + "]";
            v.requireText(item.articleId(), field + ".ArticleId", PO_INPUT_019)
                    .require(item.quantity().signum() >= 0, field + ".ArticleQuantity", PO_INPUT_011, "must not be negative");
        }
        return v.toList();
    }

    /**
     * Checks a packing list against the order it is added to: the rules above, plus every item
     * must be a line of the order and no line may be packed beyond what remains of it.
     *
     * @param list  the packing list
     * @param order the order, with its current remaining quantities
     * @return every violation
     */
    public static List<Violation> violations(PackingList list, Order order) {
        Violations v = new Violations().addAll(violations(list));
        Map<OrderLine, BigDecimal> packedPerLine = new LinkedHashMap<>();
        for (PackingListItem item : list.items()) {
            Optional<OrderLine> line = order.line(item.orderLineId(), item.articleLineId());
            v.require(line.isPresent(), itemField(item), PO_INPUT_012, "is not a line of order " + order.orderId()
                    + ": OrderLineId and ArticleLineId must match exactly one line of the order");
            line.ifPresent(l -> packedPerLine.merge(l, item.quantity().max(BigDecimal.ZERO), BigDecimal::add));
        }
        packedPerLine.forEach((line, packed) -> v.require(packed.compareTo(line.remaining()) <= 0,
                lineField(line.orderLineId(), line.articleLineId()) + ".ArticleQuantity", PO_INPUT_017,
                "packs " + packed.toPlainString() + " but only " + line.remaining().toPlainString() + " remains"));
        return v.toList();
    }

    /**
     * The order after a packing list: each line's remaining quantity reduced by what the list
     * packs of it, and the sender status derived from the result. The list must have no
     * {@linkplain #violations(PackingList, Order) violations}.
     *
     * @param list  a valid packing list
     * @param order the order
     * @return the order with its new remaining quantities and sender status
     */
    public static Order pack(PackingList list, Order order) {
        List<OrderLine> lines = order.lines().stream().map(line -> {
            BigDecimal packed = list.items().stream()
                    .filter(item -> order.line(item.orderLineId(), item.articleLineId()).filter(line::equals).isPresent())
                    .map(PackingListItem::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return packed.signum() == 0 ? line : line.withRemainingQuantity(line.remaining().subtract(packed));
        }).toList();
        return order.withLines(lines).withSenderStatus(SenderStatus.of(lines));
    }

    private static String itemField(PackingListItem item) {
        return lineField(item.orderLineId(), item.articleLineId());
    }

    private static String lineField(Optional<String> orderLineId, String articleLineId) {
        return "PackingListSet" + orderLineId.map(id -> "[orderLineId=" + id + "]").orElse("")
                + ".PackingListItem[articleLineId=" + articleLineId + "]";
    }
}
