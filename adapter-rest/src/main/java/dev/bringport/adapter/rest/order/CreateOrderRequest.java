package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * The body of POST {@code /omorder}, JSON or XML, as the Order Management page shows it: no
 * namespace; the message's attributes ({@code version}, {@code messageFunction}, {@code messageId})
 * are plain fields in JSON; {@code OrderLineSet} is an array of order items in JSON and an
 * {@code <OrderLineSet>} of {@code <OrderItem>}s in XML.
 */
@JacksonXmlRootElement(localName = "CreateOrderRequest")
@JsonPropertyOrder({"version", "messageFunction", "messageId", "MessageDetails", "SupplyStructure"})
final class CreateOrderRequest {

    @JacksonXmlProperty(isAttribute = true, localName = "version")
    @JsonProperty("version")
    String version;

    @JacksonXmlProperty(isAttribute = true, localName = "messageFunction")
    @JsonProperty("messageFunction")
    String messageFunction;

    @JacksonXmlProperty(isAttribute = true, localName = "messageId")
    @JsonProperty("messageId")
    String messageId;

    @JsonProperty("MessageDetails")
    MessageDetails messageDetails;

    @JsonProperty("SupplyStructure")
    SupplyStructure supplyStructure;

    /** {@code MessageDetails}: sender (the customer number), recipient (Bring's system) and date. */
    @JsonPropertyOrder({"MessageSender", "MessageRecipient", "MessageDate"})
    static final class MessageDetails {

        @JsonProperty("MessageSender")
        MessageParty sender;

        @JsonProperty("MessageRecipient")
        MessageParty recipient;

        @JsonProperty("MessageDate")
        MessageDate date;
    }

    /** {@code <MessageSender partyId=".."/>} and {@code <MessageRecipient partyId=".."/>}. */
    static final class MessageParty {

        @JacksonXmlProperty(isAttribute = true, localName = "partyId")
        @JsonProperty("partyId")
        String partyId;

        MessageParty() {
        }

        MessageParty(String partyId) {
            this.partyId = partyId;
        }
    }

    /** {@code MessageDate}: epoch milliseconds ({@code {"value": 1504460506061}}) in JSON, ISO-8601 text in XML. */
    static final class MessageDate {

        @JacksonXmlText
        @JsonProperty("value")
        Object value;

        MessageDate() {
        }

        MessageDate(Object value) {
            this.value = value;
        }
    }

    /** {@code SupplyStructure}: the order set. */
    static final class SupplyStructure {

        @JsonProperty("OrderSet")
        OrderSet orderSet;
    }

    /**
     * {@code OrderSet}: Original, Update or Deletion of one order with its transport, parties, lines and
     * dates. (The lines are named {@code OrderLineSet} in JSON and {@code OrderItem} in XML, where
     * they are wrapped in {@code OrderLineSet}: the order names both.)
     */
    @JsonPropertyOrder({"updateIndicator", "Order", "TransportService", "TransportLeg", "Party", "OrderLineSet",
            "OrderItem", "DateAndTimes"})
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

        @JacksonXmlElementWrapper(localName = "OrderLineSet")
        @JacksonXmlProperty(localName = "OrderItem")
        @JsonProperty("OrderLineSet")
        List<OrderElements.OrderItem> orderItems;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("DateAndTimes")
        List<OrderElements.DateAndTimes> dateAndTimes;
    }
}
