package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The moments one user's requests leave, evenly spaced: each request takes the first slot a
 * spacing after the one before, however many wait, and a quiet spell saves no slots for a burst.
 * Thread-safe.
 */
final class Pace {

    private final LongSupplier nanoTime;
    private boolean started;
    private long last;

    /** @param nanoTime the clock, {@code System::nanoTime} */
    Pace(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Takes the next slot, if it comes within the wait.
     *
     * @param spacing     how long after the previous request this one may leave
     * @param longestWait how long it may wait for its slot
     * @return the slot, on the clock; empty when it would come too late (and it is not taken)
     */
    synchronized OptionalLong reserve(Duration spacing, Duration longestWait) {
        long now = nanoTime.getAsLong();
        long slot = started ? Math.max(now, last + spacing.toNanos()) : now;
        if (slot - now > longestWait.toNanos()) {
            return OptionalLong.empty();
        }
        started = true;
        last = slot;
        return OptionalLong.of(slot);
    }
}
