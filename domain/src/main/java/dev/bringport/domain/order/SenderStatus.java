package dev.bringport.domain.order;

import java.util.Collection;
import java.util.Locale;

/**
 * The sender status of an order: {@code OPEN} while it is not fully delivered, {@code LOCKED}
 * once every line is fully packed (GET {@code /senderStatus/{customerId}/{orderId}}).
 */
public enum SenderStatus {
    /** Not fully delivered: at least one line has quantity remaining. */
    OPEN,
    /** Fully delivered: nothing remains on any line. */
    LOCKED;

    /**
     * Derives the sender status from an order's lines: LOCKED when the order has lines and every
     * one is {@linkplain OrderLine#isFullyPacked() fully packed}, OPEN otherwise.
     *
     * @param lines the order's lines
     * @return the sender status
     */
    public static SenderStatus of(Collection<OrderLine> lines) {
        boolean fullyPacked = !lines.isEmpty() && lines.stream().allMatch(OrderLine::isFullyPacked);
        return fullyPacked ? LOCKED : OPEN;
    }

    /**
     * The status for Bring's value ({@code OPEN}, {@code LOCKED}, any case).
     *
     * @param value the value
     * @return the status
     * @throws IllegalArgumentException for another value
     */
    public static SenderStatus fromBring(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
