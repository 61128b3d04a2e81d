package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The answer of GET {@code /omorder/{customerId}/{orderId}} and of Warehousing's GET
 * {@code /order/{customerId}/{orderId}} ({@code <GetOrderResponse xmlns="http://api.bring.com/om">}).
 * Unlike the request, {@code OrderLineSet} is a list of sets, each with its {@code orderLineId} and
 * {@code OrderItem}s, in JSON and XML alike.
 */
@JacksonXmlRootElement(localName = "GetOrderResponse")
@JsonPropertyOrder({"ResponseProperties", "OrderSet", "Status"})
final class GetOrderResponse extends PoResponse {

    @JsonProperty("OrderSet")
    OrderSet orderSet;

    /** {@code OrderSet} of an answer. */
    @JsonPropertyOrder({"updateIndicator", "Order", "TransportService", "TransportLeg", "Party", "OrderLineSet",
            "DateAndTimes"})
    static final class OrderSet {

        @JacksonXmlProperty(isAttribute = true, localName = "updateIndicator")
        @JsonProperty("updateIndicator")
        String updateIndicator;

        @JsonProperty("Order")
        OrderElements.Order order;

        @JsonProperty("TransportService")
        OrderElements.TransportService transportService;

        @JsonProperty("TransportLeg")
        OrderElements.TransportLeg transportLeg;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Party")
        List<OrderElements.Party> parties;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("OrderLineSet")
        List<OrderLineSet> orderLineSets;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("DateAndTimes")
        List<OrderElements.DateAndTimes> dateAndTimes;
    }

    /** {@code OrderLineSet}: {@code orderLineId} (often null) and its {@code OrderItem}s. */
    @JsonPropertyOrder({"orderLineId", "OrderItem"})
    static final class OrderLineSet {

        @JacksonXmlProperty(isAttribute = true, localName = "orderLineId")
        @JsonProperty("orderLineId")
        String orderLineId;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("OrderItem")
        List<OrderElements.OrderItem> orderItems;
    }
}
