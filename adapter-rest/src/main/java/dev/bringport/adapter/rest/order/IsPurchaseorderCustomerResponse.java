package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The answer of GET {@code /purchaseorderCustomer/{customerId}} (Bring spells its root with a lower-case o). */
@JacksonXmlRootElement(localName = "IsPurchaseorderCustomerResponse")
@JsonPropertyOrder({"ResponseProperties", "IsPurchaseOrderCustomer", "Status"})
final class IsPurchaseorderCustomerResponse extends PoResponse {

    @JsonProperty("IsPurchaseOrderCustomer")
    Boolean isPurchaseOrderCustomer;
}
