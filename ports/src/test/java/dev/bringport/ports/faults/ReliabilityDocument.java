package dev.bringport.ports.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of {@code docs/RELIABILITY.md} that a test run checks: the fault matrix (after
 * {@code <!-- fault-matrix -->}, its footnotes in the lines after it) and the counts of the run
 * (after {@code <!-- fault-matrix-counts -->}, one column per variant of the run).
 *
 * @param text the document
 */
public record ReliabilityDocument(String text) {

    private static final String MATRIX = "<!-- fault-matrix -->";
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("([¹²³⁴⁵⁶⁷⁸⁹⁰]+) (.+)");

    /**
     * A Markdown table: its header cells and its rows' cells, without the pipes.
     *
     * @param header the header
     * @param rows   the rows
     */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    /**
     * Reads the document from the repository root, seen from a module's directory (the working
     * directory of its tests).
     *
     * @return the document
     */
    public static ReliabilityDocument fromModuleDirectory() {
        Path document = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("RELIABILITY.md");
        try {
            return new ReliabilityDocument(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
    }

    /**
     * The fault matrix.
     *
     * @return its table
     */
    public Table matrix() {
        return tableAfter(MATRIX);
    }

    /**
     * The footnotes of the fault matrix: the paragraphs after its table that start with a mark.
     *
     * @return each mark ({@code ¹}...) and its text
     */
    public Map<String, String> footnotes() {
        Map<String, String> footnotes = new LinkedHashMap<>();
        String after = text.substring(text.indexOf(MATRIX) + MATRIX.length()).strip();
        after.lines().dropWhile(l -> l.startsWith("|")).takeWhile(l -> !l.startsWith("#")).forEach(line -> {
            java.util.regex.Matcher m = FOOTNOTE.matcher(line);
            if (m.matches()) {
                footnotes.put(m.group(1), m.group(2));
            }
        });
        return footnotes;
    }

    /**
     * The counts of the run, for a variant.
     *
     * @param variant e.g. {@code REST JSON}
     * @return each count's label and the number written for the variant, in order
     */
    public Map<String, Long> counts(String variant) {
        Table table = tableAfter("<!-- fault-matrix-counts -->");
        int column = table.header().indexOf(variant);
        if (column < 0) {
            throw new IllegalArgumentException("the counts table has no column " + variant + ": " + table.header());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        table.rows().forEach(row -> counts.put(row.get(0), Long.parseLong(row.get(column).replace(" ", ""))));
        return counts;
    }

    private Table tableAfter(String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("docs/RELIABILITY.md has no " + marker);
        }
        if (text.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException("docs/RELIABILITY.md has " + marker + " twice");
        }
        List<String> lines = text.substring(at + marker.length()).strip().lines().takeWhile(l -> l.startsWith("|")).toList();
        if (lines.size() < 2 || !lines.get(1).matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
            throw new IllegalArgumentException("a Markdown table must follow " + marker);
        }
        List<List<String>> rows = new ArrayList<>();
        lines.subList(2, lines.size()).forEach(line -> rows.add(cells(line)));
        return new Table(cells(lines.get(0)), rows);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
