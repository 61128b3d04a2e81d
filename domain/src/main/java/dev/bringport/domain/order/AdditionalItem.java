package dev.bringport.domain.order;

import dev.bringport.domain.Decimals;
import dev.bringport.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An article packed that is not a line of the order ({@code PackingListAdditionalSet /
 * PackingListAdditionalItem} of Bring's SOAP interface).
 *
 * @param articleId   {@code ArticleId}
 * @param quantity    {@code ArticleQuantity}
 * @param description {@code Description}
 * @param date        {@code DateAndTimes}
 * @param unitPrice   {@code ArticleMonetaryAmounts/UnitPrice}
 */
public record AdditionalItem(String articleId, BigDecimal quantity, Optional<Description> description,
                             Optional<OrderDate> date, Optional<Money> unitPrice) {

    /**
     * Requires an article id and a quantity.
     *
     * @param articleId   {@code ArticleId}
     * @param quantity    {@code ArticleQuantity}
     * @param description {@code Description}
     * @param date        {@code DateAndTimes}
     * @param unitPrice   {@code ArticleMonetaryAmounts/UnitPrice}
     */
    public AdditionalItem {
        Objects.requireNonNull(articleId, "ArticleId");
        quantity = Decimals.canonical(quantity, "ArticleQuantity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
