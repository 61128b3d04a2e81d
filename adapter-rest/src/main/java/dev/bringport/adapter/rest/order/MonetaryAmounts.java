package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code ArticleMonetaryAmounts}: the article's {@code UnitPrice} (Bring's taxes and reductions are not used). */
final class MonetaryAmounts {

    @JsonProperty("UnitPrice")
    Amount unitPrice;

    MonetaryAmounts() {
    }

    MonetaryAmounts(Amount unitPrice) {
        this.unitPrice = unitPrice;
    }
}
