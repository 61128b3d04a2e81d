package dev.bringport.ports.transport;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a {@link CallListener} something without letting it break the call: what it throws is
 * caught, and logged the first time for each listener.
 */
final class Listening {

    private static final Logger LOG = LoggerFactory.getLogger(CallListener.class);
    /** The listeners that have failed already, weakly held: a listener that is dropped is forgotten. */
    private static final Set<CallListener> FAILED = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>(Map.of())));

    private Listening() {
    }

    static void tell(CallListener listener, Consumer<CallListener> news) {
        try {
            news.accept(listener);
        } catch (RuntimeException failed) {
            if (FAILED.add(listener)) {
                LOG.warn("a CallListener failed and is ignored (logged once for each listener): {}", listener, failed);
            }
        }
    }
}
