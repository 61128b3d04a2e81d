package dev.bringport.ports.faults;

import dev.bringport.ports.BringException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.faults.FaultProxy.Attempt;
import java.util.List;
import java.util.Optional;

/**
 * What one call of the matrix did.
 *
 * @param value    its value, when it returned
 * @param failure  its failure, when it failed with one of the ports' failures
 * @param broken   what went wrong otherwise: a raw exception, or a deadline outlived
 * @param attempts the attempts that reached Bring (the connection attempts, where nothing listened)
 * @param requests the requests the fault proxy received, in order
 * @param writes   the writes of the call's kind Bring carried out
 * @param offered  whether the transport offers the call
 */
record Observation(Optional<Object> value, Optional<BringException> failure, Optional<Throwable> broken, int attempts,
                   List<Attempt> requests, int writes, boolean offered) {

    /** @return whether the caller heard that the outcome of its write is unknown */
    boolean outcomeUnknown() {
        return failure.filter(OutcomeUnknownException.class::isInstance).isPresent();
    }

    /** @return the requests that came after one Bring saw and could have acted on */
    int sentAfterBringCouldHaveActed() {
        int first = 0;
        while (first < requests.size() && !requests.get(first).forwarded()) {
            first++;
        }
        return Math.max(0, requests.size() - first - 1);
    }

    @Override
    public String toString() {
        return attempts + "× → " + broken.map(b -> "broken: " + b).orElseGet(() -> failure.map(f -> name(f)
                + " (" + name(f.getCause()) + ") " + f.codes() + ": " + f.getMessage()).orElse("value"))
                + ", Bring carried out " + writes;
    }

    /**
     * A failure's name as the matrix writes it.
     *
     * @param failure the failure, may be null
     * @return its simple class name without {@code Exception}
     */
    static String name(Throwable failure) {
        return failure == null ? "none" : failure.getClass().getSimpleName().replaceFirst("Exception$", "");
    }
}
