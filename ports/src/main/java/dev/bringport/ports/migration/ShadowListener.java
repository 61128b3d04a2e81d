package dev.bringport.ports.migration;

import dev.bringport.ports.Operation;
import java.util.Objects;
import java.util.Set;

/** Told of every comparison of a shadowed read. Called on a shadow thread; must not throw. */
@FunctionalInterface
public interface ShadowListener {

    /**
     * A candidate's answer was compared (or could not be).
     *
     * @param report the comparison
     */
    void onReport(ShadowReport report);

    /**
     * This listener, told of a read's reports without the differences the transports are known to
     * have: what one protocol carries and the other does not. Bring's SOAP order, for one,
     * carries the sender status, which REST serves at its own endpoint, so a shadowed order read
     * always differs on {@code senderStatus}.
     *
     * @param operation the read
     * @param paths     the fields to leave out, e.g. {@code senderStatus}
     * @return the listener
     */
    default ShadowListener ignoring(Operation operation, Set<String> paths) {
        Objects.requireNonNull(operation, "operation");
        Set<String> ignored = Set.copyOf(paths);
        return report -> onReport(report.operation() != operation ? report
                : new ShadowReport(report.operation(), report.primary(), report.candidate(), report.outcome(),
                        report.differences().stream().filter(d -> !ignored.contains(d.path())).toList()));
    }
}
