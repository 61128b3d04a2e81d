package dev.bringport.domain.order;

import dev.bringport.domain.Decimals;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order ({@code OrderItem}). A line is identified by its article line id, within
 * the order line set it belongs to ({@code orderLineId}, often absent).
 *
 * @param orderLineId       the {@code OrderLineSet orderLineId}, when given
 * @param articleLineId     {@code articleLineId}, e.g. {@code 10}
 * @param articleIds        the article's numbers (customer, vendor, EAN)
 * @param articleName       {@code ArticleName}
 * @param description       {@code Description}
 * @param quantity          {@code ArticleQuantity} with its unit (required on a new order;
 *                          Bring leaves it out of some order responses)
 * @param remainingQuantity {@code RemainingArticleQuantity}: what is left to pack
 * @param unitPrice         {@code ArticleMonetaryAmounts/UnitPrice}
 * @param dates             dated events of the line, e.g. {@code DeliveryDateRequested}
 */
public record OrderLine(Optional<String> orderLineId, String articleLineId, List<ArticleId> articleIds,
                        Optional<String> articleName, Optional<Description> description, Optional<Quantity> quantity,
                        Optional<BigDecimal> remainingQuantity, Optional<Money> unitPrice, List<OrderDate> dates) {

    /**
     * Requires an article line id and canonicalises the rest.
     *
     * @param orderLineId       the {@code OrderLineSet orderLineId}, when given
     * @param articleLineId     {@code articleLineId}, e.g. {@code 10}
     * @param articleIds        the article's numbers (customer, vendor, EAN)
     * @param articleName       {@code ArticleName}
     * @param description       {@code Description}
     * @param quantity          {@code ArticleQuantity} with its unit (required on a new order;
     *                          Bring leaves it out of some order responses)
     * @param remainingQuantity {@code RemainingArticleQuantity}: what is left to pack
     * @param unitPrice         {@code ArticleMonetaryAmounts/UnitPrice}
     * @param dates             dated events of the line, e.g. {@code DeliveryDateRequested}
     */
    public OrderLine {
        orderLineId = Objects.requireNonNull(orderLineId, "orderLineId").filter(s -> !s.isBlank());
        Objects.requireNonNull(articleLineId, "articleLineId");
        articleIds = List.copyOf(articleIds);
        articleName = Objects.requireNonNull(articleName, "articleName").filter(s -> !s.isBlank());
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        remainingQuantity = Objects.requireNonNull(remainingQuantity, "remainingQuantity")
                .map(r -> Decimals.canonical(r, "remainingQuantity"));
        Objects.requireNonNull(unitPrice, "unitPrice");
        dates = List.copyOf(dates);
    }

    /**
     * What is left to pack: the remaining quantity where Bring gave one, else the whole ordered
     * quantity, else zero.
     *
     * @return the quantity still to pack
     */
    public BigDecimal remaining() {
        return remainingQuantity.or(() -> quantity.map(Quantity::value)).orElse(BigDecimal.ZERO);
    }

    /**
     * Whether nothing remains to pack on this line. A line whose quantities Bring did not report
     * (neither ordered nor remaining) is not known to be packed.
     *
     * @return whether the line is fully packed
     */
    public boolean isFullyPacked() {
        return remainingQuantity.or(() -> quantity.map(Quantity::value))
                .map(r -> r.compareTo(BigDecimal.ZERO) <= 0).orElse(false);
    }

    /**
     * Whether this line is the one a packing list item refers to: the article line ids match,
     * and so do the order line ids where both sides give one.
     *
     * @param otherOrderLineId   the item's order line id
     * @param otherArticleLineId the item's article line id
     * @return whether it is this line
     */
    public boolean isLine(Optional<String> otherOrderLineId, String otherArticleLineId) {
        return articleLineId.equals(otherArticleLineId)
                && (orderLineId.isEmpty() || otherOrderLineId.isEmpty() || orderLineId.equals(otherOrderLineId));
    }

    /**
     * The same line with another remaining quantity.
     *
     * @param remaining the new remaining quantity
     * @return a copy
     */
    public OrderLine withRemainingQuantity(BigDecimal remaining) {
        return new OrderLine(orderLineId, articleLineId, articleIds, articleName, description, quantity,
                Optional.of(remaining), unitPrice, dates);
    }

    /**
     * Starts a line.
     *
     * @param articleLineId the article line id
     * @return a builder
     */
    public static Builder builder(String articleLineId) {
        return new Builder(articleLineId);
    }

    /** Builds an {@link OrderLine}. */
    public static final class Builder {
        private final String articleLineId;
        private String orderLineId;
        private final List<ArticleId> articleIds = new ArrayList<>();
        private String articleName;
        private Description description;
        private Quantity quantity;
        private BigDecimal remainingQuantity;
        private Money unitPrice;
        private final List<OrderDate> dates = new ArrayList<>();

        private Builder(String articleLineId) {
            this.articleLineId = articleLineId;
        }

        /**
         * Sets the order line set's {@code orderLineId}.
         *
         * @param value the order line set's {@code orderLineId}
         * @return this builder
         */
        public Builder orderLineId(String value) {
            orderLineId = value;
            return this;
        }

        /**
         * Adds an article number.
         *
         * @param value an article number
         * @return this builder
         */
        public Builder articleId(ArticleId value) {
            articleIds.add(Objects.requireNonNull(value, "articleId"));
            return this;
        }

        /**
         * Sets {@code ArticleName}.
         *
         * @param value {@code ArticleName}
         * @return this builder
         */
        public Builder articleName(String value) {
            articleName = value;
            return this;
        }

        /**
         * Sets {@code Description}.
         *
         * @param value {@code Description}
         * @return this builder
         */
        public Builder description(Description value) {
            description = value;
            return this;
        }

        /**
         * Sets {@code ArticleQuantity} with unit.
         *
         * @param value {@code ArticleQuantity} with unit
         * @return this builder
         */
        public Builder quantity(Quantity value) {
            quantity = value;
            return this;
        }

        /**
         * Sets {@code RemainingArticleQuantity}.
         *
         * @param value {@code RemainingArticleQuantity}
         * @return this builder
         */
        public Builder remainingQuantity(BigDecimal value) {
            remainingQuantity = value;
            return this;
        }

        /**
         * Sets {@code UnitPrice}.
         *
         * @param value {@code UnitPrice}
         * @return this builder
         */
        public Builder unitPrice(Money value) {
            unitPrice = value;
            return this;
        }

        /**
         * Adds a dated event of the line.
         *
         * @param value a dated event of the line
         * @return this builder
         */
        public Builder date(OrderDate value) {
            dates.add(Objects.requireNonNull(value, "date"));
            return this;
        }

        /** {@return the line} */
        public OrderLine build() {
            return new OrderLine(Optional.ofNullable(orderLineId), articleLineId, articleIds,
                    Optional.ofNullable(articleName), Optional.ofNullable(description), Optional.ofNullable(quantity),
                    Optional.ofNullable(remainingQuantity), Optional.ofNullable(unitPrice), dates);
        }
    }
}
