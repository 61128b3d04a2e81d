package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1E+999999999", "-1E+999999999", "1E-999999999", "1E+100", "0.99E-100", "1E+2147483647", "1E-2147483647"})
    void aNumberFarBeyondBringsIsRefusedAtOnce(String given) {
        // found by CreatorsFuzzTest: 1E+999999999 overflowed BigInteger, 1E+99999999 would take minutes to write out
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.canonical(new BigDecimal(given), "weightInKg"))
                .withMessageStartingWith("weightInKg is out of the range of Bring's numbers (1E-100 to 1E+100)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"9.99E+99, 999", "1E-99, 0.", "0E+999999999, 0", "0E-999999999, 0"})
    void numbersUpToTheLimitsAreKept(String given, String start) {
        assertThat(Decimals.canonical(new BigDecimal(given), "q").toPlainString()).startsWith(start);
    }
}
