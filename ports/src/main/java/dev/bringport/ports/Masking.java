package dev.bringport.ports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a secret in text the library did not write (an answer of Bring or of a proxy, an
 * exception quoting one) in whatever form the text repeats it, and masks it: as it is, in any
 * letter case, and decoded, where a JSON escape (a backslash and {@code u} with four hex digits,
 * or {@code \/}), an XML character reference ({@code &#77;}, {@code &#x4D;}) or entity, or
 * percent-encoding ({@code %4D}) stands for a character, or CDATA section boundaries split it,
 * in any mix. Whatever stands for the secret is replaced by {@link BringCredentials#MASK} as a
 * whole.
 */
final class Masking {

    private static final Map<String, Character> ENTITIES = Map.of("&amp;", '&', "&lt;", '<', "&gt;", '>', "&quot;", '"',
            "&apos;", '\'');
    private static final Map<Character, Character> JSON_ESCAPES = Map.of('"', '"', '\\', '\\', '/', '/', 'b', '\b',
            'f', '\f', 'n', '\n', 'r', '\r', 't', '\t');
    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";

    private Masking() {
    }

    /**
     * The text with every occurrence of the secret masked.
     *
     * @param text   the text, may be null
     * @param secret the secret, not empty
     * @return the text itself when it does not hold the secret, else a masked copy; null for null
     */
    static String mask(String text, String secret) {
        if (text == null) {
            return null;
        }
        return masked(masked(text, Decoded.raw(text), secret), secret);
    }

    private static String masked(String text, String secret) {
        return masked(text, Decoded.of(text), secret);
    }

    /** The text with every occurrence of the secret in its decoded form replaced, raw span and all. */
    private static String masked(String text, Decoded decoded, String secret) {
        List<int[]> spans = new ArrayList<>();
        String chars = decoded.chars();
        for (int i = 0; i + secret.length() <= chars.length(); ) {
            if (chars.regionMatches(true, i, secret, 0, secret.length())) {
                spans.add(new int[] {decoded.start(i), decoded.end(i + secret.length() - 1)});
                i += secret.length();
            } else {
                i++;
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] span : spans) {
            out.append(text, from, span[0]).append(BringCredentials.MASK);
            from = span[1];
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * Text decoded character by character, each decoded character knowing the span of the text
     * that stands for it.
     */
    private record Decoded(String chars, int[] starts, int[] ends) {

        int start(int index) {
            return starts[index];
        }

        int end(int index) {
            return ends[index];
        }

        /** The text as it is: each character stands for itself. */
        static Decoded raw(String text) {
            int[] starts = new int[text.length()];
            int[] ends = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                starts[i] = i;
                ends[i] = i + 1;
            }
            return new Decoded(text, starts, ends);
        }

        static Decoded of(String text) {
            StringBuilder chars = new StringBuilder(text.length());
            int[] starts = new int[text.length()];
            int[] ends = new int[text.length()];
            int at = 0;
            while (at < text.length()) {
                if (text.startsWith(CDATA_START, at)) {
                    at += CDATA_START.length();
                    continue;
                }
                if (text.startsWith(CDATA_END, at)) {
                    at += CDATA_END.length();
                    continue;
                }
                int length = escapeLength(text, at);
                String decoded = length > 0 ? decode(text.substring(at, at + length)) : null;
                if (decoded == null) {
                    length = 1;
                    decoded = text.substring(at, at + 1);
                }
                for (int i = 0; i < decoded.length(); i++) {
                    starts[chars.length()] = at;
                    ends[chars.length()] = at + length;
                    chars.append(decoded.charAt(i));
                }
                at += length;
            }
            return new Decoded(chars.toString(), starts, ends);
        }

        /** How long the escape starting at a place is; 0 when none starts there. */
        private static int escapeLength(String text, int at) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                return text.charAt(at + 1) == 'u' ? Math.min(6, text.length() - at) : 2;
            }
            if (c == '%') {
                return Math.min(3, text.length() - at);
            }
            if (c == '&') {
                int semicolon = text.indexOf(';', at);
                return semicolon > at && semicolon - at <= 10 ? semicolon - at + 1 : 0;
            }
            return 0;
        }

        /** The characters an escape stands for; null when it stands for none. */
        private static String decode(String escape) {
            try {
                if (escape.startsWith("\\u") && escape.length() == 6) {
                    return String.valueOf((char) Integer.parseInt(escape.substring(2), 16));
                }
                if (escape.startsWith("\\") && escape.length() == 2) {
                    Character c = JSON_ESCAPES.get(escape.charAt(1));
                    return c == null ? null : c.toString();
                }
                if (escape.startsWith("%") && escape.length() == 3) {
                    return String.valueOf((char) Integer.parseInt(escape.substring(1), 16));
                }
                if (escape.startsWith("&#x") || escape.startsWith("&#X")) {
                    return Character.toString(Integer.parseInt(escape.substring(3, escape.length() - 1), 16));
                }
                if (escape.startsWith("&#")) {
                    return Character.toString(Integer.parseInt(escape.substring(2, escape.length() - 1)));
                }
                Character entity = ENTITIES.get(escape);
                return entity == null ? null : entity.toString();
            } catch (IllegalArgumentException notAnEscape) {
                return null;
            }
        }
    }
}
