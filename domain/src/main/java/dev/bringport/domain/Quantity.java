package dev.bringport.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity with its unit code, as Bring's {@code ArticleQuantity unitCode="STK"}.
 *
 * @param value    the amount, in canonical form (see {@link Decimals})
 * @param unitCode the unit code, e.g. {@code STK}; empty when Bring gave none
 */
public record Quantity(BigDecimal value, Optional<String> unitCode) {

    /**
     * Canonicalises the value and treats a blank unit code as absent.
     *
     * @param value    the amount, in canonical form (see {@link Decimals})
     * @param unitCode the unit code, e.g. {@code STK}; empty when Bring gave none
     */
    public Quantity {
        value = Decimals.canonical(value, "quantity");
        Objects.requireNonNull(unitCode, "unitCode");
        unitCode = unitCode.filter(u -> !u.isBlank());
    }

    /**
     * A quantity in a unit.
     *
     * @param value    the amount
     * @param unitCode the unit, e.g. {@code "STK"}
     * @return the quantity
     */
    public static Quantity of(BigDecimal value, String unitCode) {
        return new Quantity(value, Optional.ofNullable(unitCode));
    }

    /**
     * A quantity in a unit.
     *
     * @param value    the amount
     * @param unitCode the unit, e.g. {@code "STK"}
     * @return the quantity
     */
    public static Quantity of(long value, String unitCode) {
        return of(BigDecimal.valueOf(value), unitCode);
    }
}
