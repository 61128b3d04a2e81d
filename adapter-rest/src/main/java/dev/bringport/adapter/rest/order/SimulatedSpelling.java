package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.BringSpelling;
import java.time.Instant;

/**
 * How the simulated Bring spells its answers, as Bring's documented answers do: in JSON,
 * enumerated values in upper snake case ({@code DELIVERY_PARTY}, {@code RESPONSE_DATE}) and moments
 * as epoch milliseconds (a {@code Date} and a {@code Time} both the same milliseconds); in XML,
 * camel case ({@code DeliveryParty}) and ISO-8601 text with Norway's offset.
 */
enum SimulatedSpelling {
    /** Bring's JSON. */
    JSON,
    /** Bring's XML. */
    XML;

    static SimulatedSpelling of(WireFormat format) {
        return format == WireFormat.XML ? XML : JSON;
    }

    /**
     * An enumerated value.
     *
     * @param camelCase the value in Bring's camel case, e.g. {@code DeliveryParty}
     * @return the value as this format spells it
     */
    String name(String camelCase) {
        return this == JSON ? BringSpelling.upperSnakeCase(camelCase) : BringSpelling.camelCase(camelCase);
    }

    /** @return a moment as a whole value, e.g. {@code ResponseProperties/DateAndTimes} */
    Object moment(Instant at) {
        return this == JSON ? (Object) at.toEpochMilli() : WireTime.dateTime(at);
    }

    /** @return the {@code Date} of a {@code DateAndTimes} */
    Object date(Instant at) {
        return this == JSON ? (Object) at.toEpochMilli() : WireTime.date(at);
    }

    /** @return the {@code Time} of a {@code DateAndTimes} */
    Object time(Instant at) {
        return this == JSON ? (Object) at.toEpochMilli() : WireTime.time(at);
    }
}
