package dev.bringport.ports.migration;

/** Told of every fallback, to count, alert or log it. Called on the caller's thread; must not throw. */
@FunctionalInterface
public interface FallbackListener {

    /** Does nothing (fallbacks are still logged). */
    FallbackListener NONE = event -> { };

    /**
     * A call fell back.
     *
     * @param event what fell back and why
     */
    void onFallback(FallbackEvent event);
}
