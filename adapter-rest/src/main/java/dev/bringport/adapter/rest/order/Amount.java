package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.math.BigDecimal;

/**
 * An amount of money, {@code <UnitPrice currencyIdentificationCode="NOK">23.0</UnitPrice>} in XML,
 * {@code {"value": 23.0, "currencyIdentificationCode": "NOK"}} in JSON.
 */
@JsonPropertyOrder({"currencyIdentificationCode", "value"})
final class Amount {

    @JacksonXmlProperty(isAttribute = true, localName = "currencyIdentificationCode")
    @JsonProperty("currencyIdentificationCode")
    String currencyIdentificationCode;

    @JacksonXmlText
    @JsonProperty("value")
    BigDecimal value;

    Amount() {
    }

    Amount(BigDecimal value, String currencyIdentificationCode) {
        this.value = value;
        this.currencyIdentificationCode = currencyIdentificationCode;
    }
}
