package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The answer of GET {@code /senderStatus/{customerId}/{orderId}}: {@code OPEN} or {@code LOCKED}. */
@JacksonXmlRootElement(localName = "GetSenderStatusResponse")
@JsonPropertyOrder({"ResponseProperties", "SenderStatus", "Status"})
final class GetSenderStatusResponse extends PoResponse {

    @JsonProperty("SenderStatus")
    String senderStatus;
}
