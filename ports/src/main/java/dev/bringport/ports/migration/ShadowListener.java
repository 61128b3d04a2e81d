package dev.bringport.ports.migration;

/** Told of every comparison of a shadowed read. Called on a shadow thread; must not throw. */
@FunctionalInterface
public interface ShadowListener {

    /**
     * A candidate's answer was compared (or could not be).
     *
     * @param report the comparison
     */
    void onReport(ShadowReport report);
}
