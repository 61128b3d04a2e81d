package dev.bringport.ports.migration;

import java.util.Objects;

/**
 * One field on which two answers differ.
 *
 * @param path      where, e.g. {@code lines[2].unitPrice.amount}; empty for the answers themselves
 * @param primary   the primary's value, as text
 * @param candidate the candidate's value, as text
 */
public record Difference(String path, String primary, String candidate) {

    /**
     * Requires every part.
     *
     * @param path      where, e.g. {@code lines[2].unitPrice.amount}; empty for the answers themselves
     * @param primary   the primary's value, as text
     * @param candidate the candidate's value, as text
     */
    public Difference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(candidate, "candidate");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(answer)" : path) + ": " + primary + " <> " + candidate;
    }
}
