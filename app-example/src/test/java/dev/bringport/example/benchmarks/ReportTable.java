package dev.bringport.example.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The table the benchmark run ends with: per measure the library's value, the baseline's, their
 * ratio (library / baseline), the target and whether it is met, all computed from the
 * run's own results. A row whose value is missing (its benchmark was not run) says so.
 */
final class ReportTable {

    /** What a target bounds. */
    enum Subject {
        /** The library's value divided by the baseline's. */
        RATIO,
        /** The library's value itself. */
        VALUE
    }

    /**
     * A target of the issue.
     *
     * @param subject what it bounds
     * @param atLeast whether the bound is a floor (else a ceiling)
     * @param bound   the bound
     */
    record Target(Subject subject, boolean atLeast, double bound) {

        static Target ratioAtLeast(double bound) {
            return new Target(Subject.RATIO, true, bound);
        }

        static Target ratioAtMost(double bound) {
            return new Target(Subject.RATIO, false, bound);
        }

        static Target valueAtLeast(double bound) {
            return new Target(Subject.VALUE, true, bound);
        }

        static Target valueAtMost(double bound) {
            return new Target(Subject.VALUE, false, bound);
        }

        boolean metBy(double value) {
            return atLeast ? value >= bound : value <= bound;
        }

        @Override
        public String toString() {
            return (subject == Subject.RATIO ? "ratio " : "") + (atLeast ? ">= " : "<= ") + number(bound);
        }
    }

    /**
     * One measure.
     *
     * @param item      the item number
     * @param measure   what is measured
     * @param unit      its unit
     * @param bringport the library's value
     * @param baseline  the baseline's value, if there is one
     * @param target    the target, if it sets one
     */
    record Row(String item, String measure, String unit, OptionalDouble bringport, OptionalDouble baseline,
               Optional<Target> target) {

        OptionalDouble ratio() {
            return bringport.isPresent() && baseline.isPresent() && baseline.getAsDouble() != 0
                    ? OptionalDouble.of(bringport.getAsDouble() / baseline.getAsDouble()) : OptionalDouble.empty();
        }

        /** @return "met", "MISSED", "not run" or "" (no target) */
        String verdict() {
            if (target.isEmpty()) {
                return "";
            }
            OptionalDouble checked = target.get().subject() == Subject.RATIO ? ratio() : bringport;
            if (checked.isEmpty()) {
                return "not run";
            }
            return target.get().metBy(checked.getAsDouble()) ? "met" : "MISSED";
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /**
     * Adds a row.
     *
     * @param row the row
     * @return this
     */
    ReportTable add(Row row) {
        rows.add(row);
        return this;
    }

    /** @return the rows whose target is missed */
    List<Row> missed() {
        return rows.stream().filter(r -> r.verdict().equals("MISSED")).toList();
    }

    /** @return the table in Markdown */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| # | measure | unit | bringport | baseline | ratio | target | verdict |\n");
        out.append("|---|---|---|--:|--:|--:|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.item()).append(" | ").append(row.measure()).append(" | ").append(row.unit())
                    .append(" | ").append(value(row.bringport())).append(" | ").append(value(row.baseline()))
                    .append(" | ").append(row.ratio().isPresent() ? String.format(Locale.ROOT, "%.2f", row.ratio().getAsDouble()) : "")
                    .append(" | ").append(row.target().map(Target::toString).orElse(""))
                    .append(" | ").append(row.verdict()).append(" |\n");
        }
        return out.toString();
    }

    private static String value(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "—";
    }

    /** Four significant digits at most, thousands grouped: 1,234,567 / 123.4 / 0.5. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1000 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
