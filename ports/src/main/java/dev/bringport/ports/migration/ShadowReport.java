package dev.bringport.ports.migration;

import dev.bringport.ports.Operation;
import java.util.List;
import java.util.Objects;

/**
 * How a candidate's answer to a read compared with the primary's.
 *
 * @param operation   the read
 * @param primary     the primary transport's name
 * @param candidate   the candidate transport's name
 * @param outcome     whether the candidate answered, and in time
 * @param differences the fields on which the answers differ (answers or failures); empty when they agree
 */
public record ShadowReport(Operation operation, String primary, String candidate, Outcome outcome,
                           List<Difference> differences) {

    /** What became of the candidate's call. */
    public enum Outcome {
        /** The candidate answered (a value or a failure) within the bound; see the differences. */
        COMPARED,
        /** The candidate did not answer within the bound. */
        TIMED_OUT,
        /** Too many candidate calls were waiting; this one was not made. */
        SKIPPED
    }

    /**
     * Requires every part.
     *
     * @param operation   the read
     * @param primary     the primary transport's name
     * @param candidate   the candidate transport's name
     * @param outcome     whether the candidate answered, and in time
     * @param differences the fields on which the answers differ (answers or failures); empty when they agree
     */
    public ShadowReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(outcome, "outcome");
        differences = List.copyOf(differences);
    }

    /**
     * Whether the candidate answered the same as the primary.
     *
     * @return whether it was compared and nothing differs
     */
    public boolean agrees() {
        return outcome == Outcome.COMPARED && differences.isEmpty();
    }
}
