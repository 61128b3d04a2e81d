package dev.bringport.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The canonical form of a decimal: the same number always has the same scale (the smallest
 * non-negative one), so that {@code 251.00}, {@code 251.0} and {@code 251} are equal in every
 * record. Bring sends the same quantity as {@code 251} in JSON and {@code 251.00} in XML.
 *
 * <p>No number in Bring's documents comes near {@code 1E+100} or {@code 1E-100}; a decimal beyond
 * them (such as {@code 1E+999999999}, a few bytes on the wire) is refused, because writing it out
 * in full would take gigabytes and minutes.
 */
public final class Decimals {

    /** The largest power of ten a canonical decimal may reach, and the smallest (negated) a non-zero one may. */
    public static final int MAX_EXPONENT = 100;

    private Decimals() {
    }

    /**
     * Returns the canonical form of a decimal.
     *
     * @param value   the number
     * @param field   its name, for the message if it is null
     * @return the same number with the smallest non-negative scale
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not zero and its magnitude is at least
     *                                  {@code 1E+100} or below {@code 1E-100}
     */
    public static BigDecimal canonical(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long exponent = (long) value.precision() - value.scale(); // value = 0.ddd x 10^exponent
        if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT + 1) {
            throw new IllegalArgumentException(field + " is out of the range of Bring's numbers (1E-" + MAX_EXPONENT
                    + " to 1E+" + MAX_EXPONENT + "): " + value.unscaledValue().toString().length() + " digits times 10^"
                    + -(long) value.scale());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
