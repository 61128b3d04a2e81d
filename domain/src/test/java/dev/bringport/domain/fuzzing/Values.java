package dev.bringport.domain.fuzzing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Generated values of the kinds Bring's documents carry, weighted towards the edges: null, empty
 * and blank text, control characters, lone surrogates, markup, very long text; zero, negative,
 * tiny and enormous decimals (exponents far beyond any real quantity); the first and last
 * instants.
 */
public final class Values {

    private static final String[] TEXTS = {"", " ", "\t\n", "0", "-1", "1e999999999", "null", "\u0000", "\uD800",
        "\uFEFF", "😀", "æøå ÆØÅ", "<a>&amp;</a>", "\"'\\", "${x}", "PO_INPUT_001", "70438101268018539", "NO", "NOK",
        "2026-01-15T09:00:00Z", "1", "5", "PA_DOREN", "DELIVERED"};
    private static final BigDecimal[] DECIMALS = {BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("-1"),
        new BigDecimal("0.001"), new BigDecimal("123.456"), new BigDecimal("1E+999999999"), new BigDecimal("1E-999999999"),
        new BigDecimal("-1E+999999999"), new BigDecimal("1E+100"), new BigDecimal("9999999999999999999999.99"),
        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE), new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)};

    private Values() {
    }

    /**
     * Text, null one time in ten.
     *
     * @param random the source
     * @return the text, or null
     */
    public static String textOrNull(Random random) {
        return random.nextInt(10) == 0 ? null : text(random);
    }

    /**
     * Text, never null.
     *
     * @param random the source
     * @return the text
     */
    public static String text(Random random) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return TEXTS[random.nextInt(TEXTS.length)];
        }
        if (kind == 4) {
            return "x".repeat(random.nextInt(5_000));
        }
        int length = random.nextInt(kind < 8 ? 12 : 60);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(kind < 7 ? (char) (' ' + random.nextInt(95)) : (char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    /**
     * Text or empty, one time in four empty.
     *
     * @param random the source
     * @return optional text
     */
    public static Optional<String> optionalText(Random random) {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(text(random));
    }

    /**
     * A decimal, null one time in twenty.
     *
     * @param random the source
     * @return the decimal, or null
     */
    public static BigDecimal decimalOrNull(Random random) {
        return random.nextInt(20) == 0 ? null : decimal(random);
    }

    /**
     * A decimal, never null.
     *
     * @param random the source
     * @return the decimal
     */
    public static BigDecimal decimal(Random random) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return DECIMALS[random.nextInt(DECIMALS.length)];
        }
        if (kind == 1) {
            return BigDecimal.valueOf(random.nextLong(), random.nextInt(2 * 400) - 400);
        }
        return BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(5));
    }

    /**
     * An instant, null one time in twenty.
     *
     * @param random the source
     * @return the instant, or null
     */
    public static Instant instantOrNull(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> Instant.MIN;
            case 2 -> Instant.MAX;
            case 3 -> Instant.EPOCH;
            default -> Instant.parse("2026-01-15T09:00:00Z").plusSeconds(random.nextInt(400 * 86_400) - 200L * 86_400);
        };
    }

    /**
     * A date, null one time in twenty.
     *
     * @param random the source
     * @return the date, or null
     */
    public static LocalDate dateOrNull(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> LocalDate.MIN;
            case 2 -> LocalDate.MAX;
            default -> LocalDate.of(2026, 1, 15).plusDays(random.nextInt(400) - 200);
        };
    }

    /**
     * An integer, often small, sometimes at the edges.
     *
     * @param random the source
     * @return the integer
     */
    public static int integer(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> -1;
            case 3 -> 0;
            default -> random.nextInt(200);
        };
    }

    /**
     * A list of generated elements, or null one time in twenty.
     *
     * @param random  the source
     * @param element makes an element
     * @param most    the most elements
     * @param <T>     the element
     * @return the list (mutable, may hold nulls), or null
     */
    public static <T> List<T> listOrNull(Random random, Function<Random, T> element, int most) {
        if (random.nextInt(20) == 0) {
            return null;
        }
        List<T> list = new ArrayList<>();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            list.add(element.apply(random));
        }
        return list;
    }

    /**
     * One of the values, or null one time in twenty.
     *
     * @param random the source
     * @param values the values
     * @param <T>    the value
     * @return one of them, or null
     */
    @SafeVarargs
    public static <T> T oneOfOrNull(Random random, T... values) {
        return random.nextInt(20) == 0 ? null : values[random.nextInt(values.length)];
    }
}
