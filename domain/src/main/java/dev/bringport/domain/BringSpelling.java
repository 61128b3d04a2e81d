package dev.bringport.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Bring spells the same enumerated value two ways: upper snake case in JSON
 * ({@code DELIVERY_PARTY}, {@code RESPONSE_DATE}, {@code ORIGINAL}) and camel case in XML and in
 * its field tables ({@code DeliveryParty}, {@code ResponseDate}, {@code Original}). The domain
 * keeps the camel-case spelling; these functions convert between the two.
 */
public final class BringSpelling {

    private BringSpelling() {
    }

    /**
     * The camel-case spelling of a value in either spelling: {@code DELIVERY_PARTY} and
     * {@code DeliveryParty} both give {@code DeliveryParty}.
     *
     * @param value a value in either spelling
     * @return its camel-case spelling
     */
    public static String camelCase(String value) {
        Objects.requireNonNull(value, "value");
        if (!isUpperSnake(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (String word : value.split("_")) {
            if (!word.isEmpty()) {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * The upper-snake-case spelling of a value in either spelling: {@code DeliveryParty} and
     * {@code DELIVERY_PARTY} both give {@code DELIVERY_PARTY}.
     *
     * @param value a value in either spelling
     * @return its upper-snake-case spelling
     */
    public static String upperSnakeCase(String value) {
        Objects.requireNonNull(value, "value");
        if (isUpperSnake(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /**
     * Whether two values are the same value in either spelling: {@code DELIVERY_PARTY} matches
     * {@code DeliveryParty}, {@code ORIGINAL} matches {@code Original}, {@code EAN} matches {@code EAN}.
     *
     * @param value    a value in either spelling
     * @param bringName the value as Bring's field table spells it
     * @return whether they name the same value
     */
    public static boolean matches(String value, String bringName) {
        return sameIgnoringUnderscoresAndCase(value.strip(), bringName.strip());
    }

    /** Compares without copying either value: every enumerated value of every answer is matched here. */
    private static boolean sameIgnoringUnderscoresAndCase(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) == '_') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '_') {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (x != y && Character.toUpperCase(x) != Character.toUpperCase(y)
                    && Character.toLowerCase(x) != Character.toLowerCase(y)) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** Whether a value has letters and no lower-case one; looked at without copying it, for every value of every answer. */
    private static boolean isUpperSnake(String value) {
        boolean letters = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLowerCase(c) || Character.toUpperCase(c) != c) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
