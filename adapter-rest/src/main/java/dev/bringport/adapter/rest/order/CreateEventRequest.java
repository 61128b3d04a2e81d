package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The body of POST {@code /event}, XML only, as Bring's example shows it: every element in the
 * namespace {@code http://api.bring.com/po}, which the root declares as the default namespace.
 */
@JacksonXmlRootElement(localName = "CreateEventRequest", namespace = CreateEventRequest.PO)
@JsonPropertyOrder({"RequestProperties", "Event"})
final class CreateEventRequest {

    /** Bring's namespace of the event request. */
    static final String PO = "http://api.bring.com/po";

    @JacksonXmlProperty(localName = "RequestProperties", namespace = PO)
    @JsonProperty("RequestProperties")
    RequestProperties requestProperties;

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Event", namespace = PO)
    @JsonProperty("Event")
    List<Event> events;

    /** {@code RequestProperties}: schema version, locale and the request date. */
    @JsonPropertyOrder({"SchemaVersion", "Locale", "DateAndTimes"})
    static final class RequestProperties {

        @JacksonXmlProperty(localName = "SchemaVersion", namespace = PO)
        @JsonProperty("SchemaVersion")
        Integer schemaVersion;

        @JacksonXmlProperty(localName = "Locale", namespace = PO)
        @JsonProperty("Locale")
        String locale;

        @JacksonXmlProperty(localName = "DateAndTimes", namespace = PO)
        @JsonProperty("DateAndTimes")
        PropertiesDate dateAndTimes;
    }

    /** {@code Event}: consignment, event type, who performed it and when. */
    @JsonPropertyOrder({"ConsignmentId", "EventType", "PerformedBy", "Timestamp"})
    static final class Event {

        @JacksonXmlProperty(localName = "ConsignmentId", namespace = PO)
        @JsonProperty("ConsignmentId")
        String consignmentId;

        @JacksonXmlProperty(localName = "EventType", namespace = PO)
        @JsonProperty("EventType")
        String eventType;

        @JacksonXmlProperty(localName = "PerformedBy", namespace = PO)
        @JsonProperty("PerformedBy")
        String performedBy;

        @JacksonXmlProperty(localName = "Timestamp", namespace = PO)
        @JsonProperty("Timestamp")
        String timestamp;
    }
}
