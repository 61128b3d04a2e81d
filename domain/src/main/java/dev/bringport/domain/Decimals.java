package dev.bringport.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The canonical form of a decimal: the same number always has the same scale (the smallest
 * non-negative one), so that {@code 251.00}, {@code 251.0} and {@code 251} are equal in every
 * record. Bring sends the same quantity as {@code 251} in JSON and {@code 251.00} in XML.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Returns the canonical form of a decimal.
     *
     * @param value   the number
     * @param field   its name, for the message if it is null
     * @return the same number with the smallest non-negative scale
     */
    public static BigDecimal canonical(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
