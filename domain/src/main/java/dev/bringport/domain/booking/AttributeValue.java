package dev.bringport.domain.booking;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value of an additional service's attribute that the library does not type
 * ({@link AdditionalService#otherAttributes()}): the Booking page's schema lists more than fifty
 * services, each with attributes of its own, and adds more, so a value is carried as given. Text,
 * a number, a flag, a group of named values (a JSON object, an XML element with children) or
 * several values (a JSON array, a repeated XML element). XML has no numbers or flags: what is read
 * from XML is text.
 */
public sealed interface AttributeValue
        permits AttributeValue.Text, AttributeValue.Number, AttributeValue.Flag, AttributeValue.Group, AttributeValue.Items {

    /**
     * Text, e.g. the {@code code} of service 1380 ({@code "AABBCC"}).
     *
     * @param value the text
     */
    record Text(String value) implements AttributeValue {

        /**
         * Requires the text.
         *
         * @param value the text
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number, exactly as given ({@code 2} and {@code 2.0} stay as they are).
     *
     * @param value the number
     */
    record Number(BigDecimal value) implements AttributeValue {

        /**
         * Requires the number.
         *
         * @param value the number
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A flag.
     *
     * @param value true or false
     */
    record Flag(boolean value) implements AttributeValue {
    }

    /**
     * Named values, in the order given.
     *
     * @param attributes the values by name (see {@link AttributeValue#isName(String)})
     */
    record Group(Map<String, AttributeValue> attributes) implements AttributeValue {

        private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

        /**
         * Copies the values, keeping their order; requires names Bring could spell and no null.
         *
         * @param attributes the values by name (see {@link AttributeValue#isName(String)})
         */
        public Group {
            attributes = named(attributes);
        }

        /**
         * An immutable copy of named values, in their order.
         *
         * @param attributes the values by name
         * @return the copy
         * @throws IllegalArgumentException for a name that is not {@linkplain AttributeValue#isName(String) a
         * name}
         */
        static Map<String, AttributeValue> named(Map<String, AttributeValue> attributes) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>();
            Objects.requireNonNull(attributes, "attributes").forEach((name, value) -> {
                if (!isName(name)) {
                    throw new IllegalArgumentException("an attribute name is a letter or _ followed by letters, digits, "
                            + "_, - or ., not beginning with xml, was '" + name + "'");
                }
                copy.put(name, Objects.requireNonNull(value, name));
            });
            return Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Several values, in the order given.
     *
     * @param items the values
     */
    record Items(List<AttributeValue> items) implements AttributeValue {

        /**
         * Copies the values; requires no null.
         *
         * @param items the values
         */
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * Text.
     *
     * @param value the text
     * @return the value
     */
    static AttributeValue text(String value) {
        return new Text(value);
    }

    /**
     * A number.
     *
     * @param value the number, e.g. {@code "2"} or {@code "1.50"}
     * @return the value
     * @throws NumberFormatException if it is not a number
     */
    static AttributeValue number(String value) {
        return new Number(new BigDecimal(Objects.requireNonNull(value, "value").strip()));
    }

    /**
     * A flag.
     *
     * @param value true or false
     * @return the value
     */
    static AttributeValue flag(boolean value) {
        return new Flag(value);
    }

    /**
     * Whether a name is one Bring could spell as a JSON field and an XML element: a letter or
     * {@code _}, then letters, digits, {@code _}, {@code -} or {@code .} (as every field of Bring's
     * booking schema), not beginning with {@code xml} in any case (XML reserves those names).
     *
     * @param name the name
     * @return whether it may name an attribute
     */
    static boolean isName(String name) {
        return name != null && Group.NAME.matcher(name).matches() && !name.regionMatches(true, 0, "xml", 0, 3);
    }
}
