package dev.bringport.adapter.soap.transport;

import dev.bringport.ports.transport.RateBudget;

/**
 * How far one attempt got on the wire, told by the adapter's HTTP transport under Metro
 * ({@link LimitedConnection}), which finds it in the request context: whether the request had
 * been written when the attempt failed, and whether the answer had begun. It passes on to the
 * attempt's place under the rate budget when the request was sent and when its answer began.
 */
final class Progress {

    /** Where the attempt's progress travels, in the port's request context and so in Metro's packet. */
    static final String KEY = Progress.class.getName();

    private final RateBudget.Place place;
    private volatile boolean sent;
    private volatile boolean answerBegan;

    Progress(RateBudget.Place place) {
        this.place = place;
    }

    /** The request has been written whole; its answer is awaited. */
    void sent() {
        sent = true;
        place.sent();
    }

    /** The answer's status line and headers have arrived. */
    void answerBegan() {
        answerBegan = true;
        place.arrived();
    }

    /** @return whether the request had been written whole */
    boolean wasSent() {
        return sent;
    }

    /** @return whether the answer had begun */
    boolean answerHadBegun() {
        return answerBegan;
    }
}
