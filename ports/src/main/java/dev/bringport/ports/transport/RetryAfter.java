package dev.bringport.ports.transport;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Retry-After} (RFC 9110, section 10.2.3): delta-seconds of any length, or an
 * HTTP-date in each of the three forms a recipient must accept (section 5.6.7): IMF-fixdate
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), RFC 850 ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and
 * asctime ({@code Sun Nov  6 08:49:37 1994}), an IMF-fixdate's day also in one digit as Java's
 * RFC 1123 formatter writes it. A date in the past is no wait; a value that is neither is no
 * {@code Retry-After} at all.
 */
public final class RetryAfter {

    /**
     * The longest wait this reads: delta-seconds beyond it saturate here (about 292 years), so
     * that every unit the library converts a wait to still holds it.
     */
    public static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);

    private static final Pattern SECONDS = Pattern.compile("\\d+");
    private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec");
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
    private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
    private static final Pattern IMF_FIXDATE = Pattern.compile(DAY + ", (\\d{1,2}) " + MONTH + " (\\d{4}) " + TIME + " GMT");
    private static final Pattern RFC_850 = Pattern.compile(LONG_DAY + ", (\\d{2})-" + MONTH + "-(\\d{2}) " + TIME + " GMT");
    private static final Pattern ASCTIME = Pattern.compile(DAY + " " + MONTH + " ([ \\d]\\d) " + TIME + " (\\d{4})");

    private RetryAfter() {
    }

    /**
     * How long a {@code Retry-After} value asks to wait.
     *
     * @param value the header's value
     * @param now   the moment the answer arrived, for a date
     * @return the wait, zero for a date in the past; empty for a value that is no {@code Retry-After}
     */
    public static Optional<Duration> parse(String value, Instant now) {
        String text = value.strip();
        if (SECONDS.matcher(text).matches()) {
            return Optional.of(seconds(text));
        }
        return date(text, now).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }

    private static Duration seconds(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 11) {
            return LONGEST;
        }
        long seconds = Long.parseLong(significant);
        return seconds >= LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
    }

    private static Optional<Instant> date(String text, Instant now) {
        Matcher m = IMF_FIXDATE.matcher(text);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(3)), m.group(2), m.group(1), m, 4);
        }
        m = RFC_850.matcher(text);
        if (m.matches()) {
            return at(fullYear(Integer.parseInt(m.group(3)), now), m.group(2), m.group(1), m, 4);
        }
        m = ASCTIME.matcher(text);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(6)), m.group(1), m.group(2).strip(), m, 3);
        }
        return Optional.empty();
    }

    /**
     * RFC 9110: a two-digit year that would be more than 50 years in the future is the most
     * recent past year with the same last two digits.
     */
    private static int fullYear(int twoDigits, Instant now) {
        int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + twoDigits;
        return year > thisYear + 50 ? year - 100 : year;
    }

    private static Optional<Instant> at(int year, String month, String day, Matcher m, int firstTimeGroup) {
        try {
            return Optional.of(LocalDateTime.of(year, MONTHS.indexOf(month) + 1, Integer.parseInt(day),
                    Integer.parseInt(m.group(firstTimeGroup)), Integer.parseInt(m.group(firstTimeGroup + 1)),
                    Integer.parseInt(m.group(firstTimeGroup + 2))).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
