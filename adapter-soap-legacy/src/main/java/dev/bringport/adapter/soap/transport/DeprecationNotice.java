package dev.bringport.adapter.soap.transport;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one warning a JVM logs when it first uses the SOAP adapter: what is deprecated, since when
 * and what to migrate to. Logged through {@link System.Logger} (java.util.logging unless the
 * application routes it elsewhere), so the adapter needs no logging library.
 */
public final class DeprecationNotice {

    /** What the warning says. */
    static final String MESSAGE = "bringport: Bring's SOAP services are deprecated. Bring rate limits its SOAP"
            + " endpoints from 1 September 2024, with a gradually reduced request rate, so requests are likely to"
            + " be rejected; Bring asks every integration to migrate to its JSON/XML over HTTP APIs. Migrate from"
            + " BringSoap (bringport-adapter-soap-legacy) to the REST adapter (bringport-adapter-rest), one"
            + " operation at a time if need be: the ports stay the same.";

    /** The JVM's notice. */
    public static final DeprecationNotice JVM = new DeprecationNotice(System.getLogger("dev.bringport.adapter.soap.BringSoap"));

    private final Logger logger;
    private final AtomicBoolean logged = new AtomicBoolean();

    public DeprecationNotice(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /** Logs the warning, the first time only. */
    public void firstUse() {
        if (logged.compareAndSet(false, true)) {
            logger.log(Level.WARNING, MESSAGE);
        }
    }

    /** @return whether the warning has been logged */
    public boolean hasLogged() {
        return logged.get();
    }
}
