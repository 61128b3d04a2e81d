package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @Test
    void bringsJsonAndXmlSpellingsOfAQuantityAreEqual() {
        // Bring sends 251 in JSON and 251.00 in XML for the same quantity.
        BigDecimal fromXml = Decimals.canonical(new BigDecimal("251.00"), "q");
        BigDecimal fromOneDecimal = Decimals.canonical(new BigDecimal("251.0"), "q");
        BigDecimal fromJson = Decimals.canonical(new BigDecimal("251"), "q");

        assertThat(fromXml).isEqualTo(fromOneDecimal).isEqualTo(fromJson);
        assertThat(fromXml.scale()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1} (scale {2})")
    @CsvSource({
            "1E+2,     100,    0",
            "1.00E+3,  1000,   0",
            "5896.00,  5896,   0",
            "23.0,     23,     0",
            "1.10,     1.1,    1",
            "0.00,     0,      0",
            "-0.50,    -0.5,   1",
            "99.995,   99.995, 3",
            "0.001000, 0.001,  3"})
    void canonicalHasTheSmallestNonNegativeScale(String given, String expected, int scale) {
        BigDecimal canonical = Decimals.canonical(new BigDecimal(given), "q");

        assertThat(canonical).isEqualTo(new BigDecimal(expected));
        assertThat(canonical.scale()).isEqualTo(scale);
        assertThat(canonical.toPlainString()).isEqualTo(expected);
    }

    @Test
    void nullIsRejectedNamingTheField() {
        assertThatNullPointerException().isThrownBy(() -> Decimals.canonical(null, "ArticleQuantity"))
                .withMessage("ArticleQuantity");
    }
}
