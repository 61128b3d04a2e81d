package dev.bringport.adapter.rest.order;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How Bring says "absent": a missing field, JSON {@code null}, an empty element
 * ({@code <VATNo></VATNo>}, {@code <CountryCode/>}), {@code ""}, a code whose value is null
 * ({@code {"value": null, ...}}) and nulls in lists ({@code "AddressLine": [null]}). Values are
 * stripped of the whitespace Bring sometimes puts around them.
 */
final class WireText {

    private WireText() {
    }

    /**
     * A text value.
     *
     * @param value what Bring sent
     * @return the stripped text, empty when absent or blank
     */
    static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    /**
     * The value of a code.
     *
     * @param code what Bring sent
     * @return the stripped value, empty when absent or blank
     */
    static Optional<String> text(Code code) {
        return Optional.ofNullable(code).flatMap(c -> text(c.value));
    }

    /**
     * A list without its nulls. Called for every list of every answer: a list without nulls, the
     * usual case, is answered as it is, unmodifiable, not copied.
     *
     * @param values what Bring sent, may be null
     * @param <T>    the element type
     * @return the elements that are there
     */
    static <T> List<T> each(List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                return values.stream().filter(Objects::nonNull).toList();
            }
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * A text value for the library's own absent-as-null wire fields.
     *
     * @param value a value, possibly empty
     * @return the value or null
     */
    static String orNull(Optional<String> value) {
        return value.filter(s -> !s.isBlank()).orElse(null);
    }
}
