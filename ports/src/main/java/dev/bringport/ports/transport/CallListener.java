package dev.bringport.ports.transport;

import java.util.List;
import java.util.Objects;

/**
 * Told when each attempt of a call to Bring starts and finishes, whatever the transport: the
 * REST and SOAP adapters tell it of every attempt (a retry is an attempt of its own), the
 * in-memory Bring of every call that passed the checks made before sending. A call refused before
 * sending (a rule of Bring broken) makes no attempt. {@link dev.bringport.ports.metrics.MicrometerCallListener}
 * records them as metrics.
 *
 * <p>A listener is called on the thread that makes the call, so it must be quick and thread-safe.
 * What it throws is caught and logged (once for each listener, under
 * {@code dev.bringport.ports.transport.CallListener}): a listener never breaks a call.
 */
public interface CallListener {

    /** A listener that does nothing: the default of every transport. */
    CallListener NONE = new CallListener() {
        @Override
        public String toString() {
            return "CallListener.NONE";
        }
    };

    /**
     * An attempt begins, before it waits for its turn under the rate budget.
     *
     * @param attempt what it is
     */
    default void attemptStarted(AttemptStarted attempt) {
    }

    /**
     * An attempt has ended: with a value or a failure.
     *
     * @param attempt how it went
     */
    default void attemptFinished(AttemptFinished attempt) {
    }

    /**
     * The rate budget this instance takes its places from has changed: a budget a fleet shares
     * (on Redis) could not be reached and the instance goes on at its own share of the rate
     * ({@code shared} false), or it is back and shared again ({@code shared} true). Told once for
     * each change, on the thread of the call that found it, by the budget the listener was handed
     * to ({@code RedisRateBudget.callListener}).
     *
     * @param shared whether the instance now takes its places from the budget the fleet shares
     */
    default void rateBudgetShared(boolean shared) {
    }

    /**
     * Several listeners as one: each is told in turn, and one that throws does not keep the
     * others from being told.
     *
     * @param listeners the listeners, in order
     * @return one listener telling them all; {@link #NONE} for none, the listener itself for one
     */
    static CallListener all(List<? extends CallListener> listeners) {
        List<CallListener> each = List.copyOf(listeners).stream().filter(listener -> listener != NONE)
                .map(CallListener.class::cast).toList();
        if (each.isEmpty()) {
            return NONE;
        }
        if (each.size() == 1) {
            return each.get(0);
        }
        return new CallListener() {
            @Override
            public void attemptStarted(AttemptStarted attempt) {
                each.forEach(listener -> Listening.tell(listener, l -> l.attemptStarted(attempt)));
            }

            @Override
            public void attemptFinished(AttemptFinished attempt) {
                each.forEach(listener -> Listening.tell(listener, l -> l.attemptFinished(attempt)));
            }

            @Override
            public void rateBudgetShared(boolean shared) {
                each.forEach(listener -> Listening.tell(listener, l -> l.rateBudgetShared(shared)));
            }

            @Override
            public String toString() {
                return "CallListener.all" + each;
            }
        };
    }

    /**
     * This listener and then another.
     *
     * @param next told after this one
     * @return both as one
     */
    default CallListener andThen(CallListener next) {
        return all(List.of(this, Objects.requireNonNull(next, "next")));
    }
}
