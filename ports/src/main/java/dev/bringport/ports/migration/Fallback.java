package dev.bringport.ports.migration;

import dev.bringport.ports.BringException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Transport;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port that tries a primary transport and turns to a secondary one only when the primary
 * provably did not act: it was rate limited (HTTP 429), the request never left (a connection
 * that was never made), or the transport does not offer the operation. Never after anything
 * that may have reached Bring, above all never after "outcome unknown" on a write: a booking is
 * never made twice. Every fallback is logged and told to a {@link FallbackListener}.
 */
public final class Fallback {

    private static final Logger LOG = LoggerFactory.getLogger(Fallback.class);

    private Fallback() {
    }

    /**
     * Composes a primary and a secondary transport of a port.
     *
     * @param port      the port interface, e.g. {@code Booking.class}
     * @param primary   tried first
     * @param secondary tried when the primary provably did not act
     * @param listener  told of every fallback
     * @param <P>       the port
     * @return the composed port
     */
    public static <P extends Transport> P of(Class<P> port, P primary, P secondary, FallbackListener listener) {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(listener, "listener");
        String name = primary.transport() + " then " + secondary.transport();
        return PortProxy.create(port, name, operation -> primary.supports(operation) || secondary.supports(operation),
                (operation, call) -> {
                    try {
                        return call.on(primary);
                    } catch (BringException e) {
                        if (!primaryDidNotAct(e)) {
                            throw e;
                        }
                        FallbackEvent event = new FallbackEvent(operation, primary.transport(), secondary.transport(), e);
                        LOG.warn("{}", event);
                        listener.onFallback(event);
                        return call.on(secondary);
                    }
                });
    }

    /**
     * Whether a failure proves that Bring did not act on the request
     * ({@link BringException#bringMayHaveActed()}) and another transport may succeed where the
     * primary failed: the primary does not offer the operation, or failed for a passing reason
     * (rate limited, unavailable or timed out before sending). Bring's refusals go to the caller:
     * another transport would be refused the same way.
     *
     * @param failure how the primary failed
     * @return true for not supported, rate limited, and unavailable or timed out before sending
     */
    public static boolean primaryDidNotAct(BringException failure) {
        return !failure.bringMayHaveActed()
                && (failure.isTransient() || failure instanceof NotSupportedByTransportException);
    }
}
