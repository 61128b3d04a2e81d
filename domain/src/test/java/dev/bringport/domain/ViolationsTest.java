package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    private static final ErrorCode CODE = ErrorCode.of("BOOK-INPUT-001");

    @Test
    void keepsEveryViolationInTheOrderFound() {
        List<Violation> found = new Violations()
                .requireText("", "a", ErrorCode.of("BOOK-INPUT-014"))
                .requireText(null, "b", ErrorCode.of("BOOK-INPUT-015"))
                .requireText("Ola Nordmann", "c", ErrorCode.of("BOOK-INPUT-016"))
                .require(false, "d", ErrorCode.of("BOOK-INPUT-017"), "is wrong")
                .toList();

        assertThat(found).extracting(Violation::field, v -> v.code().value(), Violation::message).containsExactly(
                tuple("a", "BOOK-INPUT-014", "must be given"),
                tuple("b", "BOOK-INPUT-015", "must be given"),
                tuple("d", "BOOK-INPUT-017", "is wrong"));
    }

    @Test
    void maxLengthCountsCharactersAndIgnoresAbsentText() {
        List<Violation> found = new Violations()
                .maxLength("x".repeat(35), 35, "ok", CODE)
                .maxLength("x".repeat(36), 35, "long", CODE)
                .maxLength((String) null, 35, "null", CODE)
                .maxLength(Optional.empty(), 35, "empty", CODE)
                .maxLength(Optional.of("ø".repeat(36)), 35, "optional", CODE)
                .toList();

        assertThat(found).extracting(Violation::field, Violation::message).containsExactly(
                tuple("long", "must be at most 35 characters (is 36)"),
                tuple("optional", "must be at most 35 characters (is 36)"));
    }

    @Test
    void addAllAndAnUnmodifiableResult() {
        Violation earlier = new Violation("x", CODE, "must be given");
        List<Violation> found = new Violations().addAll(List.of(earlier)).toList();

        assertThat(found).containsExactly(earlier);
        assertThat(earlier).hasToString("x must be given [BOOK-INPUT-001]");
        assertThatThrownBy(() -> found.add(earlier))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aViolationNeedsEveryPart() {
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, CODE, "m"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("f", null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("f", CODE, null));
    }
}
