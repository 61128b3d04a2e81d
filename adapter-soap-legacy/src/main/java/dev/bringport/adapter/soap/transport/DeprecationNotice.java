package dev.bringport.adapter.soap.transport;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one warning a JVM logs when it first calls one of Bring's SOAP services: what is deprecated,
 * since when and what to migrate to. At the first call, not when an adapter is built: an
 * application that builds the SOAP adapter as a fallback and never needs it hears nothing. Logged
 * through SLF4J under {@code dev.bringport.adapter.soap.BringSoap}.
 */
final class DeprecationNotice {

    /** What the warning says. */
    static final String MESSAGE = "bringport: Bring's SOAP services are deprecated. Bring rate limits its SOAP"
            + " endpoints from 1 September 2024, with a gradually reduced request rate, so requests are likely to"
            + " be rejected; Bring asks every integration to migrate to its JSON/XML over HTTP APIs. Migrate from"
            + " BringSoap (bringport-adapter-soap-legacy) to the REST adapter (bringport-adapter-rest), one"
            + " operation at a time if need be: the ports stay the same.";

    /** The JVM's notice: every SOAP call tells it. */
    static final DeprecationNotice JVM = new DeprecationNotice(LoggerFactory.getLogger("dev.bringport.adapter.soap.BringSoap"));

    private final Logger logger;
    private final AtomicBoolean logged = new AtomicBoolean();

    DeprecationNotice(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /** A SOAP call is about to be made: logs the warning, the first time only. */
    void call() {
        if (!logged.get() && logged.compareAndSet(false, true)) {
            logger.warn(MESSAGE);
        }
    }
}
