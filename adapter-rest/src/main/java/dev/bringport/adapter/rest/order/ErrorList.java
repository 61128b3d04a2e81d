package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** The answer of GET {@code /errorCodes}: {@code errorTypes} with {@code Code} and {@code Description}. */
@JacksonXmlRootElement(localName = "ErrorList")
@JsonPropertyOrder({"ResponseProperties", "errorTypes", "Status"})
final class ErrorList extends PoResponse {

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("errorTypes")
    List<ErrorElement> errorTypes;
}
