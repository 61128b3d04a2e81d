package dev.bringport.adapter.inmemory;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the in-memory Bring takes the serial numbers of the consignment and package numbers it
 * gives out. Tests that want the same numbers every run use {@link #sequential(long)}.
 */
@FunctionalInterface
public interface IdGenerator {

    /** The largest serial: consignment and package numbers have nine serial digits. */
    long MAX_SERIAL = 999_999_999L;

    /**
     * A serial number not given out before, between 0 and {@link #MAX_SERIAL}. Called
     * concurrently, so implementations must be thread-safe.
     *
     * @return the serial
     */
    long nextSerial();

    /**
     * Serials counting up from a first one (wrapping after {@link #MAX_SERIAL}): deterministic.
     *
     * @param first the first serial
     * @return the generator
     */
    static IdGenerator sequential(long first) {
        AtomicLong next = new AtomicLong(first);
        return () -> Math.floorMod(next.getAndIncrement(), MAX_SERIAL + 1);
    }

    /**
     * Serials counting up from a random start, so that separate runs give different numbers.
     *
     * @return the generator
     */
    static IdGenerator random() {
        return sequential(new SecureRandom().nextLong(MAX_SERIAL / 2));
    }
}
