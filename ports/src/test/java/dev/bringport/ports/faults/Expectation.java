package dev.bringport.ports.faults;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of the fault matrix, as docs/RELIABILITY.md writes it:
 * {@code [not offered: ]N× → outcome[ (cause)][ [CODE, ...]][, effect]}, for example
 * {@code 3× → RateLimited, not acted} or {@code 1× → OutcomeUnknown (TimedOut), may have acted}.
 *
 * @param offered  false for {@code not offered:}: the transport does not carry the call
 * @param attempts how many requests reach Bring (for a refused connection: connection attempts)
 * @param outcome  {@code value}, or the simple name of the failure without {@code Exception}
 * @param cause    the simple name of the failure's cause, likewise, when the cell names one
 * @param codes    Bring's codes the failure carries, when the cell names them
 * @param effect   for a write, whether Bring acted on it; empty for a read
 */
public record Expectation(boolean offered, int attempts, String outcome, Optional<String> cause, List<String> codes,
                          Optional<Effect> effect) {

    /** What a write did at Bring, as far as the caller can know. */
    public enum Effect {
        /** Bring provably did not act: nothing reached it, or it refused (429, 401). */
        NOT_ACTED("not acted"),
        /** Bring may have acted: the caller gets OutcomeUnknown and nothing is sent again. */
        MAY_HAVE_ACTED("may have acted"),
        /** Bring acted exactly once and the caller got the value. */
        ACTED_ONCE("acted once");

        private final String words;

        Effect(String words) {
            this.words = words;
        }

        static Effect of(String words) {
            return Arrays.stream(values()).filter(e -> e.words.equals(words)).findFirst().orElseThrow();
        }
    }

    /** The value instead of a failure. */
    public static final String VALUE = "value";

    private static final Pattern CELL = Pattern.compile("(not offered: )?(\\d+)× → (value|[A-Z][A-Za-z]+)"
            + "(?: \\(([A-Z][A-Za-z]+)\\))?(?: \\[([A-Z0-9_, -]+)])?(?:, (not acted|may have acted|acted once))?");

    /**
     * Reads a cell.
     *
     * @param text the cell's text, without the table's pipes
     * @return the expectation
     * @throws IllegalArgumentException for text that does not follow the notation
     */
    public static Expectation parse(String text) {
        Matcher m = CELL.matcher(text.strip().replace("`", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("a cell must read like '3× → RateLimited, not acted', was '" + text + "'");
        }
        List<String> codes = m.group(5) == null ? List.of()
                : Arrays.stream(m.group(5).split(",")).map(String::strip).toList();
        return new Expectation(m.group(1) == null, Integer.parseInt(m.group(2)), m.group(3),
                Optional.ofNullable(m.group(4)), codes, Optional.ofNullable(m.group(6)).map(Effect::of));
    }

    /** @return whether the call returns a value */
    public boolean succeeds() {
        return outcome.equals(VALUE);
    }
}
