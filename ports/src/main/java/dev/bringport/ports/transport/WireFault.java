package dev.bringport.ports.transport;

/**
 * What can go wrong on the way to Bring and back, whatever the wire: each adapter maps its HTTP
 * client's or SOAP stack's exceptions onto these, and {@link TransportPolicy#failure} turns them
 * into the ports' failures. Each fault knows whether the request had left the library when it
 * happened: one that had not cannot have been acted on, so even a write may be sent again.
 */
public enum WireFault {

    /** No connection could be made: refused, an unknown host, no route. */
    NO_CONNECTION(false, "no connection could be made"),
    /** No connection within the connect timeout: nothing was sent, as when it is refused. */
    CONNECT_TIMEOUT(false, "no connection within the connect timeout"),
    /** The TLS handshake failed: the request is written only after it succeeds, so nothing was sent. */
    TLS_HANDSHAKE_FAILED(false, "the TLS handshake failed"),
    /** The call was interrupted before its request was sent. */
    INTERRUPTED_BEFORE_SENDING(false, "interrupted before the request was sent"),
    /** The rate budget gave the call no turn in time (or could not be asked): nothing was sent. */
    NO_TURN(false, "no turn under the rate budget"),
    /** The connection closed before a byte of answer. */
    CLOSED_BEFORE_AN_ANSWER(true, "the connection closed before an answer"),
    /** The connection was lost, or reset, once the answer had begun. */
    LOST_MID_ANSWER(true, "the connection was lost in the middle of the answer"),
    /** No complete answer within the request timeout. */
    NO_ANSWER_IN_TIME(true, "no complete answer in time"),
    /** The answer is larger than the bound it is read within. */
    ANSWER_TOO_LARGE(true, "the answer is larger than the bound"),
    /** The answer cannot be read as what was asked for. */
    ANSWER_UNREADABLE(true, "Bring's answer could not be read"),
    /** The call was interrupted after its request was sent. */
    INTERRUPTED_AFTER_SENDING(true, "interrupted while waiting for the answer");

    private final boolean requestSent;
    private final String description;

    WireFault(boolean requestSent, String description) {
        this.requestSent = requestSent;
        this.description = description;
    }

    /**
     * Whether the request had left the library when the fault happened.
     *
     * @return false when nothing was sent, so that Bring provably did not act
     */
    public boolean requestSent() {
        return requestSent;
    }

    /**
     * What happened, for a person: the start of the failure's summary.
     *
     * @return e.g. {@code no connection could be made}
     */
    public String description() {
        return description;
    }
}
