package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * A coded value of Bring's order schema ({@code ArticleId}, {@code CountryCode},
 * {@code ModeOfTransport}, {@code TODConditionCode}, {@code BasicServiceCode}...):
 * {@code <ArticleId codeListAgencyIdentifier="VendorItemNo">2200001</ArticleId>} in XML,
 * {@code {"value": "2200001", "codeListAgencyIdentifier": "VendorItemNo"}} in JSON. Bring's
 * other code-list attributes carry nothing the library uses and are ignored.
 */
@JsonPropertyOrder({"codeListAgencyIdentifier", "value"})
final class Code {

    @JacksonXmlProperty(isAttribute = true, localName = "codeListAgencyIdentifier")
    @JsonProperty("codeListAgencyIdentifier")
    String codeListAgencyIdentifier;

    @JacksonXmlText
    @JsonProperty("value")
    String value;

    Code() {
    }

    /**
     * A code given as bare text (tolerated in JSON).
     *
     * @param value the value
     */
    public Code(String value) {
        this.value = value;
    }

    static Code of(String value) {
        return new Code(value);
    }

    static Code of(String value, String codeListAgencyIdentifier) {
        Code code = new Code(value);
        code.codeListAgencyIdentifier = codeListAgencyIdentifier;
        return code;
    }
}
