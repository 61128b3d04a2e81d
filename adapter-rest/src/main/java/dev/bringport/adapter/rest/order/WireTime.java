package dev.bringport.adapter.rest.order;

import dev.bringport.domain.BringTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Bring's spellings of a moment. Bring's JSON answers give epoch milliseconds
 * ({@code 1504473107935}); its XML, and both formats in some places, ISO-8601 text with an offset:
 * a date-time ({@code 2017-09-03T22:48:51.108+02:00}), or a {@code Date} and a {@code Time}
 * apart ({@code 2017-11-19+01:00} and {@code 19:22:51.355+01:00}). Text without an offset is a
 * time in Norway. What the library sends is written in Europe/Oslo with its offset, to the
 * millisecond, as Bring's examples are.
 */
final class WireTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter DATE_TIME_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-ddXXX");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ssXXX");
    private static final DateTimeFormatter TIME_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSSXXX");

    private WireTime() {
    }

    /**
     * Reads a moment in any of Bring's spellings: epoch milliseconds (a number or digits) or an
     * ISO-8601 date-time, with or without offset.
     *
     * @param value what Bring sent, may be null or blank
     * @return the moment, empty when nothing was sent
     * @throws IllegalArgumentException for a value that is not a moment
     */
    static Optional<Instant> instant(Object value) {
        Optional<String> text = text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get();
        if (isEpochMillis(s)) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(s)));
        }
        if (hasOffset(s)) {
            try {
                // Bring's usual spelling, read without the optional parts of ISO_DATE_TIME that make
                // it several times slower (a stock list has two per article)
                return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                // one of the other spellings, below
            }
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(s);
            LocalDateTime local = LocalDateTime.from(parsed);
            return Optional.of(parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? local.atOffset(ZoneOffset.from(parsed)).toInstant()
                    : local.atZone(BringTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return dateOnly(s);
        }
    }

    /** Whether a text ends in an offset ({@code Z}, {@code +01:00}) after a time. */
    private static boolean hasOffset(String s) {
        int n = s.length();
        return s.indexOf('T') > 0 && n > 6 && (s.charAt(n - 1) == 'Z'
                || (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-') && s.charAt(n - 3) == ':');
    }

    /**
     * Reads a {@code DateAndTimes} given as {@code Date} and {@code Time}. Epoch milliseconds (as
     * Bring's JSON answers give both) are the moment itself; ISO text is the date combined with the
     * time, at the time's offset (else the date's, else Norway's). A date without a time is the
     * start of that day.
     *
     * @param date the {@code Date}, may be null
     * @param time the {@code Time}, may be null
     * @return the moment, empty when neither says one
     * @throws IllegalArgumentException for values that are not a date and a time
     */
    static Optional<Instant> instant(Object date, Object time) {
        Optional<String> d = text(date);
        Optional<String> t = text(time);
        if (t.filter(WireTime::isEpochMillis).isPresent()) {
            return instant(t.get());
        }
        if (d.isEmpty()) {
            return t.isPresent() && t.get().contains("T") ? instant(t.get()) : Optional.empty();
        }
        if (isEpochMillis(d.get()) || d.get().contains("T")) {
            return instant(d.get());
        }
        try {
            TemporalAccessor dayParsed = DateTimeFormatter.ISO_DATE.parse(d.get());
            LocalDate day = LocalDate.from(dayParsed);
            Optional<ZoneOffset> dayOffset = dayParsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? Optional.of(ZoneOffset.from(dayParsed)) : Optional.empty();
            if (t.isEmpty()) {
                return Optional.of(at(day.atStartOfDay(), dayOffset));
            }
            TemporalAccessor timeParsed = DateTimeFormatter.ISO_TIME.parse(t.get());
            LocalTime clock = LocalTime.from(timeParsed);
            Optional<ZoneOffset> offset = timeParsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? Optional.of(ZoneOffset.from(timeParsed)) : dayOffset;
            return Optional.of(at(day.atTime(clock), offset));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date and time as Bring writes them: Date " + d.get()
                    + ", Time " + t.orElse(""), e);
        }
    }

    /**
     * A moment as Bring's examples write it: {@code 2014-07-03T08:03:56.040+02:00}, in Norway, with
     * milliseconds when there are any.
     *
     * @param moment the moment
     * @return the text
     */
    static String dateTime(Instant moment) {
        ZonedDateTime oslo = inNorway(moment);
        return (oslo.getNano() == 0 ? DATE_TIME : DATE_TIME_MILLIS).format(oslo);
    }

    /**
     * The date of a moment as Bring writes a {@code Date}: {@code 2017-11-19+01:00}.
     *
     * @param moment the moment
     * @return the date in Norway with its offset
     */
    static String date(Instant moment) {
        return DATE.format(inNorway(moment));
    }

    /**
     * The time of a moment as Bring writes a {@code Time}: {@code 19:22:51.355+01:00}.
     *
     * @param moment the moment
     * @return the time in Norway with its offset
     */
    static String time(Instant moment) {
        ZonedDateTime oslo = inNorway(moment);
        return (oslo.getNano() == 0 ? TIME : TIME_MILLIS).format(oslo);
    }

    private static ZonedDateTime inNorway(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).atZone(BringTime.ZONE);
    }

    private static Instant at(LocalDateTime local, Optional<ZoneOffset> offset) {
        return offset.map(o -> OffsetDateTime.of(local, o).toInstant())
                .orElseGet(() -> local.atZone(BringTime.ZONE).toInstant());
    }

    private static Optional<Instant> dateOnly(String s) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE.parse(s);
            Optional<ZoneOffset> offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? Optional.of(ZoneOffset.from(parsed)) : Optional.empty();
            return Optional.of(at(LocalDate.from(parsed).atStartOfDay(), offset));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a moment as Bring writes it: " + s, e);
        }
    }

    /** Whether a value is {@code -?\d{1,19}}, checked without a regular expression: every date of every answer passes here. */
    private static boolean isEpochMillis(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 19) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
    }
}
