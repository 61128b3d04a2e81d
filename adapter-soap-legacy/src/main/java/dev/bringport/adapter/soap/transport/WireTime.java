package dev.bringport.adapter.soap.transport;

import dev.bringport.domain.BringTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Dates and times as Bring's SOAP messages spell them: ISO-8601 with the offset of Norway
 * ({@code 2022-06-09T15:28:46.725+02:00}), as text in Order Management's {@code DateAndTimes} and as
 * {@code xs:dateTime}/{@code xs:date}/{@code xs:time} in booking-v1.xsd. Reading is lenient: a
 * value without offset is a time in Norway, a date alone is the start of that day.
 */
public final class WireTime {

    private static final DatatypeFactory DATATYPES = datatypes();

    private WireTime() {
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no javax.xml.datatype implementation", e);
        }
    }

    /**
     * Returns it in Norway's offset, e.g. {@code 2022-05-25T13:32:40.149+02:00}.
     *
     * @param instant a moment
     * @return it in Norway's offset, e.g. {@code 2022-05-25T13:32:40.149+02:00}
     */
    public static String text(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BringTime.ZONE).toOffsetDateTime());
    }

    /**
     * Returns the moment.
     *
     * @param text a date and time as Bring writes it, with or without offset, or a date
     * @return the moment
     * @throws DateTimeParseException if it is none of these
     */
    public static Instant instant(String text) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(value).atZone(BringTime.ZONE).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            TemporalAccessor date = DateTimeFormatter.ISO_OFFSET_DATE.parse(value);
            return LocalDate.from(date).atStartOfDay(ZoneOffset.from(date)).toInstant();
        } catch (DateTimeParseException notADateWithOffset) {
            // try the last form
        }
        return LocalDate.parse(value).atStartOfDay(BringTime.ZONE).toInstant();
    }

    /**
     * Returns an {@code xs:dateTime} in Norway's offset.
     *
     * @param instant a moment
     * @return an {@code xs:dateTime} in Norway's offset
     */
    public static XMLGregorianCalendar dateTime(Instant instant) {
        return DATATYPES.newXMLGregorianCalendar(text(instant));
    }

    /**
     * Returns the moment.
     *
     * @param value an {@code xs:dateTime}; without a time zone it is a time in Norway
     * @return the moment
     */
    public static Instant instant(XMLGregorianCalendar value) {
        XMLGregorianCalendar copy = (XMLGregorianCalendar) value.clone();
        TimeZone zone = TimeZone.getTimeZone(BringTime.ZONE);
        GregorianCalendar calendar = copy.getTimezone() == DatatypeConstants.FIELD_UNDEFINED
                ? copy.toGregorianCalendar(zone, null, null) : copy.toGregorianCalendar();
        return calendar.toInstant();
    }

    /**
     * Returns an {@code xs:date} without time zone.
     *
     * @param date a date
     * @return an {@code xs:date} without time zone
     */
    public static XMLGregorianCalendar date(LocalDate date) {
        return DATATYPES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /**
     * Returns an {@code xs:time} without time zone.
     *
     * @param time a time of day
     * @return an {@code xs:time} without time zone
     */
    public static XMLGregorianCalendar time(LocalTime time) {
        return DATATYPES.newXMLGregorianCalendarTime(time.getHour(), time.getMinute(), time.getSecond(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /**
     * Returns the date.
     *
     * @param value an {@code xs:date}
     * @return the date
     */
    public static LocalDate localDate(XMLGregorianCalendar value) {
        return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    /**
     * Returns the time of day.
     *
     * @param value an {@code xs:time}
     * @return the time of day
     */
    public static LocalTime localTime(XMLGregorianCalendar value) {
        return LocalTime.of(value.getHour(), value.getMinute(),
                value.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getSecond());
    }

    /**
     * Returns the zone.
     *
     * @param zone a time zone id, e.g. {@code Europe/Oslo}
     * @return the zone
     */
    public static ZoneId zone(String zone) {
        return ZoneId.of(zone.strip());
    }
}
