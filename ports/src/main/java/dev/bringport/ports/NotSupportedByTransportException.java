package dev.bringport.ports;

import java.util.Objects;

/**
 * The chosen transport cannot carry this operation (for example Bring's SOAP services have no
 * article balances; REST has no transport orders). Nothing was sent. The message names the
 * alternative.
 */
public final class NotSupportedByTransportException extends BringException {

    /** The transport that cannot carry the operation (part of the serialized form). */
    private final String transport;
    /** What can carry it (part of the serialized form). */
    private final String alternative;

    /**
     * Creates the failure.
     *
     * @param operation   the operation
     * @param transport   the transport that cannot carry it, e.g. {@code SOAP}
     * @param alternative what can, e.g. {@code REST GET /articlebalance/{customerId}}
     */
    public NotSupportedByTransportException(Operation operation, String transport, String alternative) {
        super(Failure.notSent(operation, "not supported by the " + transport + " transport; use " + alternative), null);
        this.transport = Objects.requireNonNull(transport, "transport");
        this.alternative = Objects.requireNonNull(alternative, "alternative");
    }

    /**
     * The transport that cannot carry the operation.
     *
     * @return e.g. {@code SOAP}
     */
    public String transport() {
        return transport;
    }

    /**
     * What can carry it.
     *
     * @return e.g. {@code REST GET /articlebalance/{customerId}}
     */
    public String alternative() {
        return alternative;
    }
}
