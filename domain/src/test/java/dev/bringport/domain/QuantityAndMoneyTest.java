package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityAndMoneyTest {

    @Test
    void aQuantityIsCanonical() {
        Quantity fromXml = Quantity.of(new BigDecimal("4.00"), "STK");

        assertThat(fromXml).isEqualTo(Quantity.of(4, "STK"));
        assertThat(fromXml.value().toPlainString()).isEqualTo("4");
        assertThat(fromXml.unitCode()).contains("STK");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aBlankUnitCodeIsAbsent(String unit) {
        assertThat(Quantity.of(4, unit).unitCode()).isEmpty();
        assertThat(new Quantity(BigDecimal.ONE, Optional.ofNullable(unit)).unitCode()).isEmpty();
    }

    @Test
    void aQuantityNeedsAValue() {
        assertThatNullPointerException().isThrownBy(() -> Quantity.of(null, "STK"));
        assertThatNullPointerException().isThrownBy(() -> new Quantity(BigDecimal.ONE, null));
    }

    @Test
    void moneyIsCanonical() {
        Money unitPrice = Money.of(new BigDecimal("23.0"), "NOK");

        assertThat(unitPrice).isEqualTo(Money.of(new BigDecimal("23"), "NOK"));
        assertThat(unitPrice.currency()).contains("NOK");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void aBlankCurrencyIsAbsent(String currency) {
        // <UnitPrice currencyIdentificationCode="">0.00</UnitPrice> in Bring's order items
        Money price = Money.of(new BigDecimal("0.00"), currency);

        assertThat(price.currency()).isEmpty();
        assertThat(price.amount()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void moneyNeedsAnAmount() {
        assertThatNullPointerException().isThrownBy(() -> Money.of(null, "NOK"));
    }
}
