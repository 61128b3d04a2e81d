package dev.bringport.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money, as Bring's {@code UnitPrice currencyIdentificationCode="NOK"}.
 *
 * @param amount   the amount, in canonical form (see {@link Decimals})
 * @param currency the ISO 4217 currency code; empty when Bring gave none (it sends {@code ""})
 */
public record Money(BigDecimal amount, Optional<String> currency) {

    /**
     * Canonicalises the amount and treats a blank currency as absent.
     *
     * @param amount   the amount, in canonical form (see {@link Decimals})
     * @param currency the ISO 4217 currency code; empty when Bring gave none (it sends {@code ""})
     */
    public Money {
        amount = Decimals.canonical(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        currency = currency.filter(c -> !c.isBlank());
    }

    /**
     * An amount in a currency.
     *
     * @param amount   the amount
     * @param currency the ISO 4217 code, e.g. {@code "NOK"}
     * @return the amount of money
     */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, Optional.ofNullable(currency));
    }
}
