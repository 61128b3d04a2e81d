package dev.bringport.example;

import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Makes one call of a scenario, checks that it ended the way the scenario says (a value, or a
 * failure of a given type), and hands everything the outcome can show to a {@link SecretSearch}:
 * the value's {@code toString()}, or of the failure its stack trace as printed, and of it, every
 * cause and every suppressed exception the message, {@code toString()} and, for the ports'
 * failures, the {@code Failure} with its errors, the correlation id, Retry-After and violations.
 */
final class Probe {

    private final SecretSearch search;
    private final List<String> outcomes = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private int failures;

    Probe(SecretSearch search) {
        this.search = search;
    }

    /**
     * Makes a call that must succeed.
     *
     * @param where the scenario, e.g. {@code REST JSON / read an order}
     * @param call  the call
     */
    void succeeds(String where, Callable<?> call) {
        fails(where, null, call);
    }

    /**
     * Makes a call that must fail with a type of exception.
     *
     * @param where    the scenario
     * @param expected the type it must fail with; null when it must succeed
     * @param call     the call
     */
    void fails(String where, Class<? extends Throwable> expected, Callable<?> call) {
        String outcome;
        try {
            Object value = call.call();
            search.look(where + ": the value", String.valueOf(value));
            outcome = "a value";
        } catch (Throwable thrown) {
            search.look(where + ": the failure", everything(thrown));
            outcome = thrown.getClass().getSimpleName();
            failures += expected != null && expected.isInstance(thrown) ? 1 : 0;
            if (expected == null || !expected.isInstance(thrown)) {
                mismatches.add(where + ": expected " + (expected == null ? "a value" : expected.getSimpleName())
                        + ", got " + thrown);
            }
        }
        if (expected != null && outcome.equals("a value")) {
            mismatches.add(where + ": expected " + expected.getSimpleName() + ", got a value");
        }
        outcomes.add(where + " -> " + outcome);
    }

    /**
     * Checks something the scan relies on.
     *
     * @param what what must hold
     * @param holds whether it does
     */
    void check(String what, boolean holds) {
        if (!holds) {
            mismatches.add(what + ": it does not hold");
        }
    }

    /**
     * Looks at a configuration object's {@code toString()}.
     *
     * @param what   what it is, e.g. {@code BringRest.Builder}
     * @param object the object
     */
    void looksAt(String what, Object object) {
        search.look("toString() of " + what, String.valueOf(object));
    }

    /** @return every scenario and how it ended, in order */
    List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    /** @return the scenarios that did not end as they should have */
    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** @return how many scenarios failed as they should have */
    int expectedFailures() {
        return failures;
    }

    /**
     * All that a failure shows.
     *
     * @param thrown the failure
     * @return its printed stack trace, then of it and of every cause and suppressed exception the
     *     message, {@code toString()} and what a port's failure carries
     */
    static String everything(Throwable thrown) {
        StringWriter printed = new StringWriter();
        thrown.printStackTrace(new PrintWriter(printed));
        StringBuilder all = new StringBuilder(printed.toString());
        describe(thrown, all, Collections.newSetFromMap(new IdentityHashMap<>()));
        return all.toString();
    }

    private static void describe(Throwable t, StringBuilder all, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        all.append('\n').append(t).append('\n').append(t.getMessage()).append('\n').append(t.getLocalizedMessage());
        if (t instanceof BringException bring) {
            all.append('\n').append(bring.failure()).append('\n').append(bring.failure().describe())
                    .append('\n').append(bring.codes());
        }
        if (t instanceof OutcomeUnknownException unknown) {
            all.append('\n').append(unknown.correlationId());
        }
        if (t instanceof RateLimitedException limited) {
            all.append('\n').append(limited.retryAfter());
        }
        if (t instanceof InvalidRequestException invalid) {
            all.append('\n').append(invalid.violations());
        }
        for (Throwable suppressed : t.getSuppressed()) {
            describe(suppressed, all, seen);
        }
        describe(t.getCause(), all, seen);
    }
}
