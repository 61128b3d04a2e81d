package dev.bringport.ports.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt of a call under way, as the transport making it sees it: its place under the rate
 * budget (told when the request was sent and its answer began), and what Bring's answer said, for
 * the {@link CallListener}. Made by {@link Attempts}; thread-safe.
 */
public final class Attempt implements RateBudget.Place {

    private static final RateBudget.Place NO_PLACE = new RateBudget.Place() {
        @Override
        public void sent() {
        }

        @Override
        public void arrived() {
        }
    };

    private final int number;
    private volatile RateBudget.Place place = NO_PLACE;
    private volatile Optional<Duration> rateBudgetWait = Optional.empty();
    private volatile OptionalInt httpStatus = OptionalInt.empty();
    private volatile Optional<String> requestId = Optional.empty();

    Attempt(int number) {
        this.number = number;
    }

    /**
     * Which attempt of its call this is.
     *
     * @return from 1
     */
    public int number() {
        return number;
    }

    /**
     * Bring answered: its HTTP status and request id, told to the listener when the attempt ends
     * (a failure's own status and request id are read from the failure).
     *
     * @param status    the HTTP status
     * @param requestId Bring's request id, when the answer carried one
     */
    public void answered(int status, Optional<String> requestId) {
        this.httpStatus = OptionalInt.of(status);
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public void sent() {
        place.sent();
    }

    @Override
    public void arrived() {
        place.arrived();
    }

    /** The attempt waited this long under the rate budget, and took this place (null: none). */
    void waited(Duration wait, RateBudget.Place taken) {
        rateBudgetWait = Optional.of(wait);
        if (taken != null) {
            place = taken;
        }
    }

    Optional<Duration> rateBudgetWait() {
        return rateBudgetWait;
    }

    OptionalInt httpStatus() {
        return httpStatus;
    }

    Optional<String> requestId() {
        return requestId;
    }
}
