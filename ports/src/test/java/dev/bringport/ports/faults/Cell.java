package dev.bringport.ports.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of the fault matrix: what every wire does, and where a wire makes a difference that
 * cannot be avoided, what that wire does instead, with a footnote saying why:
 * {@code 2× → Unavailable; SOAP: 1× → Unavailable ¹}. A wire is named by a variant of the run
 * ({@code REST JSON}, {@code REST XML}, {@code SOAP}) or by its first word, which stands for all
 * its variants ({@code REST}).
 *
 * @param common    what every wire does, unless it is named
 * @param wires     what the wires named do instead, by name
 * @param footnote  the footnote's mark, when the cell has one ({@code ¹}...)
 */
public record Cell(Expectation common, Map<String, Expectation> wires, Optional<String> footnote) {

    private static final Pattern FOOTNOTE = Pattern.compile("\\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)$");
    private static final Pattern WIRE = Pattern.compile("([A-Z]+(?: [A-Z]+)?): (.+)");

    /**
     * Reads a cell.
     *
     * @param text the cell's text, without the table's pipes
     * @return the cell
     * @throws IllegalArgumentException for text that does not follow the notation, or a wire named
     *     without a footnote to say why
     */
    public static Cell parse(String text) {
        String rest = text.strip();
        Matcher mark = FOOTNOTE.matcher(rest);
        Optional<String> footnote = Optional.empty();
        if (mark.find()) {
            footnote = Optional.of(mark.group(1));
            rest = rest.substring(0, mark.start());
        }
        String[] parts = rest.split("; ");
        Map<String, Expectation> wires = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            Matcher wire = WIRE.matcher(parts[i]);
            if (!wire.matches()) {
                throw new IllegalArgumentException("after '; ' a cell names a wire, like 'SOAP: 1× → Unavailable', was '"
                        + parts[i] + "' in '" + text + "'");
            }
            wires.put(wire.group(1), Expectation.parse(wire.group(2)));
        }
        if (!wires.isEmpty() && footnote.isEmpty()) {
            throw new IllegalArgumentException("a cell that names a wire ends with a footnote saying why: '" + text + "'");
        }
        return new Cell(Expectation.parse(parts[0]), Map.copyOf(wires), footnote);
    }

    /**
     * What one variant of the run does.
     *
     * @param variant e.g. {@code REST XML}
     * @return its expectation: its own, its wire's ({@code REST}), or the common one
     */
    public Expectation of(String variant) {
        Expectation own = wires.get(variant);
        if (own != null) {
            return own;
        }
        return wires.getOrDefault(variant.split(" ")[0], common);
    }
}
