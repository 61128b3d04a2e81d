package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of GET {@code /items/{customerId}/{orderId}}: the order's lines with what remains to
 * pack. Its items have their own shape: {@code ArticleQuantity} is a bare number and
 * {@code Description} is {@code {"Text": "..", "Usage": ""}}.
 */
@JacksonXmlRootElement(localName = "GetPurchaseOrderItemResponse")
@JsonPropertyOrder({"updateIndicator", "ResponseProperties", "PurchaseOrderItem", "Status"})
final class GetPurchaseOrderItemResponse extends PoResponse {

    @JacksonXmlProperty(isAttribute = true, localName = "updateIndicator")
    @JsonProperty("updateIndicator")
    String updateIndicator;

    @JsonProperty("PurchaseOrderItem")
    PurchaseOrderItem purchaseOrderItem;

    /** {@code PurchaseOrderItem}: the order line sets. */
    static final class PurchaseOrderItem {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("OrderLineSet")
        List<OrderLineSet> orderLineSets;
    }

    /** {@code OrderLineSet}: {@code orderLineId} and its items. */
    @JsonPropertyOrder({"orderLineId", "OrderItem"})
    static final class OrderLineSet {

        @JacksonXmlProperty(isAttribute = true, localName = "orderLineId")
        @JsonProperty("orderLineId")
        String orderLineId;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("OrderItem")
        List<Item> items;
    }

    /** {@code OrderItem} of this answer. */
    @JsonPropertyOrder({"articleLineId", "ArticleQuantity", "RemainingArticleQuantity", "Description",
            "ArticleMonetaryAmounts"})
    static final class Item {

        @JacksonXmlProperty(isAttribute = true, localName = "articleLineId")
        @JsonProperty("articleLineId")
        String articleLineId;

        @JsonProperty("ArticleQuantity")
        BigDecimal quantity;

        @JsonProperty("RemainingArticleQuantity")
        BigDecimal remainingQuantity;

        @JsonProperty("Description")
        ItemDescription description;

        @JsonProperty("ArticleMonetaryAmounts")
        MonetaryAmounts monetaryAmounts;
    }
}
