package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of GET {@code /articlebalance/{customerId}}, {@code /articlebalance/{customerId}/{articleNo}}
 * and {@code /articlebalance/info/{customerId}/{articleSearchString}}. Balances are numbers in JSON
 * ({@code 5896}) and decimals in XML ({@code 5896.00}); the dates are ISO-8601 text in both.
 */
@JacksonXmlRootElement(localName = "GetArticleBalanceResponse")
@JsonPropertyOrder({"ResponseProperties", "ArticleBalanceSet", "Status"})
final class GetArticleBalanceResponse extends PoResponse {

    @JsonProperty("ArticleBalanceSet")
    ArticleBalanceSet articleBalanceSet;

    /** {@code ArticleBalanceSet}: the balances, possibly none. */
    static final class ArticleBalanceSet {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("ArticleBalance")
        List<ArticleBalance> balances;
    }

    /** {@code ArticleBalance} of one article. */
    @JsonPropertyOrder({"ArticleNumber", "ArticleName", "PhysicalBalance", "AllocatedBalance", "InOrderBalance",
            "FreeBalance", "CreatedDateTime", "LastUpdatedDateTime"})
    static final class ArticleBalance {

        @JsonProperty("ArticleNumber")
        String articleNumber;

        @JsonProperty("ArticleName")
        String articleName;

        @JsonProperty("PhysicalBalance")
        BigDecimal physicalBalance;

        @JsonProperty("AllocatedBalance")
        BigDecimal allocatedBalance;

        @JsonProperty("InOrderBalance")
        BigDecimal inOrderBalance;

        @JsonProperty("FreeBalance")
        BigDecimal freeBalance;

        @JsonProperty("CreatedDateTime")
        String created;

        @JsonProperty("LastUpdatedDateTime")
        String lastUpdated;
    }
}
