package dev.bringport.domain.order;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity of one order line in a packing list ({@code PackingListSet orderLineId /
 * PackingListItem articleLineId / ArticleQuantity}). The quantity may be negative here so that
 * {@link PackingListRules} can report it with Bring's code {@code PO_INPUT_011}.
 *
 * @param orderLineId         the order line set, when given
 * @param articleLineId       the order line's article line id
 * @param quantity            how much of the line is packed
 * @param articleNumber       {@code ArticleNumber}, when given
 * @param articleVendorNumber {@code ArticleVendorNumber}, when given
 */
public record PackingListItem(Optional<String> orderLineId, String articleLineId, BigDecimal quantity,
                              Optional<String> articleNumber, Optional<String> articleVendorNumber) {

    /**
     * Requires an article line id and a quantity.
     *
     * @param orderLineId         the order line set, when given
     * @param articleLineId       the order line's article line id
     * @param quantity            how much of the line is packed
     * @param articleNumber       {@code ArticleNumber}, when given
     * @param articleVendorNumber {@code ArticleVendorNumber}, when given
     */
    public PackingListItem {
        orderLineId = Objects.requireNonNull(orderLineId, "orderLineId").filter(s -> !s.isBlank());
        Objects.requireNonNull(articleLineId, "articleLineId");
        quantity = Decimals.canonical(quantity, "ArticleQuantity");
        articleNumber = Objects.requireNonNull(articleNumber, "articleNumber").filter(s -> !s.isBlank());
        articleVendorNumber = Objects.requireNonNull(articleVendorNumber, "articleVendorNumber").filter(s -> !s.isBlank());
    }

    /**
     * A quantity of a line that has no order line set.
     *
     * @param articleLineId the article line id
     * @param quantity      the quantity packed
     * @return the item
     */
    public static PackingListItem of(String articleLineId, BigDecimal quantity) {
        return new PackingListItem(Optional.empty(), articleLineId, quantity, Optional.empty(), Optional.empty());
    }

    /**
     * A quantity of a line in an order line set.
     *
     * @param orderLineId   the order line set
     * @param articleLineId the article line id
     * @param quantity      the quantity packed
     * @return the item
     */
    public static PackingListItem of(String orderLineId, String articleLineId, BigDecimal quantity) {
        return new PackingListItem(Optional.of(orderLineId), articleLineId, quantity, Optional.empty(), Optional.empty());
    }
}
