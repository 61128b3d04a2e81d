package dev.bringport.example;

import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.ShadowReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The tool's shadow ({@code --shadow}, {@code BRINGPORT_SHADOW}): every read also goes to the
 * candidate, and how its answer differs is noted on standard error. A command ends within
 * moments of its reads, so closing waits for the comparisons under way, up to their bound.
 */
final class ShadowNotes implements AutoCloseable {

    /** How long the candidate may take to answer. */
    static final Duration BOUND = Duration.ofSeconds(10);

    private final PrintStream err;
    private Shadow shadow;

    ShadowNotes(PrintStream err) {
        this.err = err;
    }

    /** @return the shadow, made on first use */
    synchronized Shadow shadow() {
        if (shadow == null) {
            shadow = new Shadow(this::note, BOUND, 2, 16);
        }
        return shadow;
    }

    private void note(ShadowReport report) {
        String what = switch (report.outcome()) {
            case COMPARED -> report.differences().isEmpty() ? "agrees with " + report.primary()
                    : "differs from " + report.primary() + " on " + report.differences().size() + " field(s) ("
                    + report.primary() + " <> " + report.candidate() + "):\n" + report.differences().stream()
                    .map(d -> "  " + EscapingOutput.oneLine(d.toString())).collect(Collectors.joining("\n"));
            case TIMED_OUT -> "did not answer within " + BOUND.toSeconds() + " s";
            case SKIPPED -> "was not asked: too many comparisons waiting";
        };
        err.println("note: shadow " + report.operation() + ": " + report.candidate() + " " + what);
    }

    @Override
    public synchronized void close() {
        if (shadow == null) {
            return;
        }
        try {
            shadow.drain(BOUND.plusSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shadow.close();
        }
    }
}
