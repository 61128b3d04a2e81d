package dev.bringport.adapter.rest.simulator;

import dev.bringport.adapter.rest.server.SimulatedAnswer;
import java.time.Duration;

/** A fault the simulator answers the next request with, instead of (or before) the route's answer. */
public sealed interface SimulatedFault {

    /**
     * Answer with this instead of the route's answer; the route does not run.
     *
     * @param answer the answer
     */
    record Answer(SimulatedAnswer answer) implements SimulatedFault {
    }

    /**
     * Wait before answering normally (to go past the client's timeout); the route runs.
     *
     * @param delay how long
     */
    record Slow(Duration delay) implements SimulatedFault {
    }

    /** Close the connection without answering; the route does not run. */
    record Drop() implements SimulatedFault {
    }

    /**
     * Answer normally but cut the body after some bytes; the route runs.
     *
     * @param bytes how many bytes of the body are sent
     */
    record Truncate(int bytes) implements SimulatedFault {
    }
}
