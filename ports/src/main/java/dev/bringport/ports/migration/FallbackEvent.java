package dev.bringport.ports.migration;

import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import java.util.Objects;

/**
 * A call that went to the secondary transport because the primary provably did not act on it.
 *
 * @param operation the operation
 * @param primary   the primary transport's name
 * @param secondary the secondary transport's name
 * @param reason    how the primary failed
 */
public record FallbackEvent(Operation operation, String primary, String secondary, BringException reason) {

    /**
     * Requires every part.
     *
     * @param operation the operation
     * @param primary   the primary transport's name
     * @param secondary the secondary transport's name
     * @param reason    how the primary failed
     */
    public FallbackEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return operation + " fell back from " + primary + " to " + secondary + ": " + reason.getClass().getSimpleName()
                + " " + reason.failure().summary();
    }
}
