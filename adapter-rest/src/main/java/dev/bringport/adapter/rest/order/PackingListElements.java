package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The elements of a packing list, the same in the {@code CreatePackagingListRequest} of POST
 * {@code /packaginglist} ({@code PackingList}) and in the answer of GET {@code /packaginglist}
 * ({@code PackagingList}), in the order of Bring's schema. Quantities are bare numbers.
 */
final class PackingListElements {

    private PackingListElements() {
    }

    /** A packing list: consignment, package, quantities of order lines and additional articles. */
    @JsonPropertyOrder({"ConsignmentId", "PackageId", "PackingListSet", "PackingListAdditionalSet"})
    static final class PackingList {

        @JsonProperty("ConsignmentId")
        String consignmentId;

        @JsonProperty("PackageId")
        String packageId;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("PackingListSet")
        List<PackingListSet> sets;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("PackingListAdditionalSet")
        List<AdditionalSet> additionalSets;
    }

    /** {@code <PackingListSet orderLineId="1">} with its items. */
    @JsonPropertyOrder({"orderLineId", "PackingListItem"})
    static final class PackingListSet {

        @JacksonXmlProperty(isAttribute = true, localName = "orderLineId")
        @JsonProperty("orderLineId")
        String orderLineId;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("PackingListItem")
        List<PackingListItem> items;
    }

    /** {@code <PackingListItem articleLineId="10"><ArticleQuantity>10</ArticleQuantity></PackingListItem>}. */
    @JsonPropertyOrder({"articleLineId", "ArticleQuantity", "ArticleNumber", "ArticleVendorNumber"})
    static final class PackingListItem {

        @JacksonXmlProperty(isAttribute = true, localName = "articleLineId")
        @JsonProperty("articleLineId")
        String articleLineId;

        @JsonProperty("ArticleQuantity")
        BigDecimal quantity;

        @JsonProperty("ArticleNumber")
        String articleNumber;

        @JsonProperty("ArticleVendorNumber")
        String articleVendorNumber;
    }

    /** {@code PackingListAdditionalSet}: articles packed that are not lines of the order. */
    static final class AdditionalSet {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("PackingListAdditionalItem")
        List<AdditionalItem> items;
    }

    /** {@code PackingListAdditionalItem}. */
    @JsonPropertyOrder({"ArticleId", "ArticleQuantity", "Description", "DateAndTimes", "ArticleMonetaryAmounts"})
    static final class AdditionalItem {

        @JsonProperty("ArticleId")
        String articleId;

        @JsonProperty("ArticleQuantity")
        BigDecimal quantity;

        @JsonProperty("Description")
        ItemDescription description;

        @JsonProperty("DateAndTimes")
        PropertiesDate date;

        @JsonProperty("ArticleMonetaryAmounts")
        MonetaryAmounts monetaryAmounts;
    }
}
