package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * A moment given as the element's value with its kind as {@code subClass}: the
 * {@code DateAndTimes} of {@code ResponseProperties} and {@code RequestProperties}, e.g.
 * {@code <DateAndTimes subClass="ResponseDate">2017-09-03T22:48:51.108+02:00</DateAndTimes>} in XML
 * and {@code {"value": 1504471843840, "subClass": "RESPONSE_DATE"}} in JSON. The value is therefore
 * epoch milliseconds (a number) or ISO-8601 text, see {@link WireTime}.
 */
@JsonPropertyOrder({"subClass", "value"})
final class PropertiesDate {

    @JacksonXmlProperty(isAttribute = true, localName = "subClass")
    @JsonProperty("subClass")
    String subClass;

    @JacksonXmlText
    @JsonProperty("value")
    Object value;

    PropertiesDate() {
    }

    PropertiesDate(String subClass, Object value) {
        this.subClass = subClass;
        this.value = value;
    }
}
