package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0}: family {1}, base {2}")
    @CsvSource({
            "BOOK-INPUT-014-RECIPIENT,                   BOOK-INPUT,                             BOOK-INPUT-014",
            "BOOK-INPUT-014,                             BOOK-INPUT,                             BOOK-INPUT-014",
            "BOOK_INPUT-057,                             BOOK_INPUT,                             BOOK_INPUT-057",
            "BOOK_INPUT-057-SENDER,                      BOOK_INPUT,                             BOOK_INPUT-057",
            "BOOK_VALIDATION-012,                        BOOK_VALIDATION,                        BOOK_VALIDATION-012",
            "BOOK-AUTHORIZATION-001,                     BOOK-AUTHORIZATION,                     BOOK-AUTHORIZATION-001",
            "PO_STATE_001,                               PO_STATE,                               PO_STATE_001",
            "PO_INPUT_007,                               PO_INPUT,                               PO_INPUT_007",
            "PO_INOUT_016,                               PO_INOUT,                               PO_INOUT_016",
            "PICKUP-INTERNAL-001,                        PICKUP-INTERNAL,                        PICKUP-INTERNAL-001",
            "CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001, CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT, CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001",
            "CUSTOMER_SPECIFIED_DELIVERY-INPUT-002,      CUSTOMER_SPECIFIED_DELIVERY-INPUT,      CUSTOMER_SPECIFIED_DELIVERY-INPUT-002",
            "SATURDAY_DELIVERY_INPUT-003,                SATURDAY_DELIVERY_INPUT,                SATURDAY_DELIVERY_INPUT-003",
            "NETS_TRANSACTION_INPUT-004,                 NETS_TRANSACTION_INPUT,                 NETS_TRANSACTION_INPUT-004",
            "CT_2_ACCESS_DENIED,                         CT_2_ACCESS_DENIED,                     CT_2_ACCESS_DENIED"})
    void familyAndBase(String code, String family, String base) {
        ErrorCode errorCode = ErrorCode.of(code);

        assertThat(errorCode.family()).isEqualTo(family);
        assertThat(errorCode.base()).isEqualTo(ErrorCode.of(base));
    }

    @Test
    void aCodeWithoutSuffixIsItsOwnBase() {
        ErrorCode code = ErrorCode.of("BOOK-INPUT-002");

        assertThat(code.base()).isSameAs(code);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "PO_STATE_001,           NOT_FOUND",
            "PO_STATE_002,           UNAUTHENTICATED",
            "PO_STATE_003,           NOT_FOUND",
            "PO_STATE_004,           ACCESS_DENIED",
            "PO_STATE_005,           NOT_FOUND",
            "PO_INPUT_010,           NOT_FOUND",
            "PO_INPUT_024,           DUPLICATE",
            "PO_INPUT_007,           INVALID_INPUT",
            "PO_INPUT_019,           INVALID_INPUT",
            "BOOK-AUTHORIZATION-001, ACCESS_DENIED",
            "BOOK-INTERNAL-001,      INTERNAL",
            "BOOK-INTERNAL-002,      INTERNAL",
            "PICKUP-INTERNAL-001,    INTERNAL",
            "BOOK-INPUT-002,         INVALID_INPUT",
            "BOOK_VALIDATION-002,    INVALID_INPUT",
            "BOOK-INPUT-014-SENDER,  INVALID_INPUT",
            "PICKUP-INPUT-007,       INVALID_INPUT",
            "CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001, INVALID_INPUT",
            "BOOK-SOMETHING-NEW-123, INVALID_INPUT",
            "NOT_A_BRING_CODE,       INVALID_INPUT"})
    void kind(String code, ErrorKind kind) {
        assertThat(ErrorCode.of(code).kind()).isEqualTo(kind);
    }

    @Test
    void aSuffixOnAKnownCodeKeepsItsKind() {
        assertThat(ErrorCode.of("PO_STATE_001-X").kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankIsRejected(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorCode.of(blank));
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> ErrorCode.of(null));
    }

    @Test
    void anUnknownCodePassesIntactApartFromSurroundingWhitespace() {
        ErrorCode code = ErrorCode.of("  BOOK-VALIDATION-041  ");

        assertThat(code.value()).isEqualTo("BOOK-VALIDATION-041");
        assertThat(code).hasToString("BOOK-VALIDATION-041").isEqualTo(ErrorCode.of("BOOK-VALIDATION-041"));
    }
}
