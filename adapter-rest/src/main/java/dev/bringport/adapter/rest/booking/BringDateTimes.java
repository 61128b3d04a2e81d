package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.bringport.domain.BringTime;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Bring's spellings of a moment in booking documents: epoch milliseconds (a JSON number, or
 * digits in a string or an XML element: {@code 1470846939000}), ISO-8601 with an offset
 * ({@code 2020-10-15T12:30:00.000+02:00}, {@code 2022-06-28T22:00:00.000+00:00}), or ISO-8601
 * without one ({@code 2020-05-05T10:00:00}), which is a time in Norway
 * ({@link BringTime#ZONE}). Requests are written as epoch milliseconds in JSON (the Booking
 * page's JSON request example) and as ISO-8601 with Norway's offset in XML ({@code xs:dateTime}).
 */
final class BringDateTimes {

    private static final DateTimeFormatter ISO_IN_NORWAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(BringTime.ZONE);

    private BringDateTimes() {
    }

    /**
     * Reads a moment in any of Bring's spellings.
     *
     * @param text epoch milliseconds, or ISO-8601 with or without an offset
     * @return the moment
     * @throws DateTimeException if the text is none of them
     */
    static Instant parse(String text) {
        String value = text.strip();
        if (value.matches("-?\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from,
                LocalDateTime::from);
        return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                : ((LocalDateTime) parsed).atZone(BringTime.ZONE).toInstant();
    }

    /**
     * Writes a moment as ISO-8601 with Norway's offset and milliseconds.
     *
     * @param moment the moment
     * @return e.g. {@code 2026-01-16T10:00:00.000+01:00}
     */
    static String iso(Instant moment) {
        return ISO_IN_NORWAY.format(moment);
    }

    /** Reads a moment in any of Bring's spellings. */
    static final class Reader extends StdDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(parser.getLongValue());
            }
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "not a date-time in epoch milliseconds or ISO-8601 (e.g. 2020-05-05T10:00:00+02:00)");
            }
        }
    }

    /** Writes a request's moment: epoch milliseconds in JSON, ISO-8601 with Norway's offset in XML. */
    static final class RequestWriter extends StdSerializer<Instant> {

        RequestWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant moment, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (generator instanceof ToXmlGenerator) {
                generator.writeString(iso(moment));
            } else {
                generator.writeNumber(moment.toEpochMilli());
            }
        }
    }

    /** Writes an answer's moment as ISO-8601 with Norway's offset, as the Booking page's answers do in JSON and XML. */
    static final class AnswerWriter extends StdSerializer<Instant> {

        AnswerWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant moment, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(iso(moment));
        }
    }
}
