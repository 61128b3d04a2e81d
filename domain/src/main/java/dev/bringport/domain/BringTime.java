package dev.bringport.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Bring's time zone. Dates without a zone in Bring's rules ("pickup date must be in the future",
 * "from 29 February 2024") are dates in Norway.
 */
public final class BringTime {

    /** Europe/Oslo. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private BringTime() {
    }

    /**
     * The date in Norway at a moment; a moment beyond the calendar's range (near
     * {@link Instant#MIN} or {@link Instant#MAX}) is on its first or last date.
     *
     * @param now the moment
     * @return the date in Europe/Oslo
     */
    public static LocalDate today(Instant now) {
        try {
            return LocalDate.ofInstant(now, ZONE);
        } catch (DateTimeException beyondTheCalendar) {
            return now.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
    }
}
