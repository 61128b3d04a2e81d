package dev.bringport.adapter.rest.order;

import dev.bringport.domain.order.TrackingEvent;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link TrackingEvent} as Bring's {@code CreateEventRequest} (POST {@code /event}): one
 * {@code Event}, the request date as a {@code RequestDate} and the locale {@code no}, as in Bring's
 * example; the timestamp in Norway with its offset.
 */
final class EventMapper {

    private static final String REQUEST_DATE = "RequestDate";

    private EventMapper() {
    }

    /**
     * The request for an event.
     *
     * @param event the event
     * @param now   the request's date
     * @return the wire request
     */
    static CreateEventRequest toWire(TrackingEvent event, Instant now) {
        CreateEventRequest request = new CreateEventRequest();
        request.requestProperties = new CreateEventRequest.RequestProperties();
        request.requestProperties.schemaVersion = PackingListMapper.SCHEMA_VERSION;
        request.requestProperties.locale = PackingListMapper.LOCALE;
        request.requestProperties.dateAndTimes = new PropertiesDate(REQUEST_DATE, WireTime.dateTime(now));
        CreateEventRequest.Event wire = new CreateEventRequest.Event();
        wire.consignmentId = event.consignmentId();
        wire.eventType = event.eventType().value();
        wire.performedBy = event.performedBy().orElse(null);
        wire.timestamp = event.timestamp().map(WireTime::dateTime).orElse(null);
        request.events = List.of(wire);
        return request;
    }
}
