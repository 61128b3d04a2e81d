package dev.bringport.adapter.soap.transport;

import jakarta.xml.ws.WebServiceFeature;
import java.time.Duration;

/**
 * The limits within which the adapter's SOAP clients read an answer: its size, and the time the
 * whole of it may take. Given to every port the adapter creates, it makes Metro build the port
 * with {@link LimitedTransportFactory}'s transport; other Metro clients in the JVM keep Metro's own.
 */
final class AnswerLimits extends WebServiceFeature {

    /** The feature's id. */
    static final String ID = "https://bringport.dev/soap/answer-limits";

    private final long maxBytes;
    private final Duration deadline;

    /**
     * @param maxBytes the largest answer read
     * @param deadline the longest an attempt may take, from opening its connection to the answer's last byte
     */
    AnswerLimits(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.enabled = true;
    }

    @Override
    public String getID() {
        return ID;
    }

    /** @return the largest answer read */
    long maxBytes() {
        return maxBytes;
    }

    /** @return the longest an attempt may take */
    Duration deadline() {
        return deadline;
    }
}
