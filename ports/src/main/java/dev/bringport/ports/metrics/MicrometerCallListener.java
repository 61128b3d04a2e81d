package dev.bringport.ports.metrics;

import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.CallOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;

/**
 * Records the calls to Bring as Micrometer meters: calls and attempts with their latency, retries,
 * Bring's 429 answers, writes of unknown outcome and the waits under the rate budget, per
 * operation, transport and outcome; and each change of a fleet's shared rate budget to the
 * instance's own share and back. Tags take a few values each (23 operations, 3 transports, 13
 * outcomes), never an id, a customer number or a key. Hand it to a transport's builder
 * ({@code callListener(new MicrometerCallListener(registry))}), or bind it in Guice. The meters
 * and their tags are listed in {@code docs/OBSERVABILITY.md}.
 *
 * <p>Needs {@code io.micrometer:micrometer-core} on the class path (an optional dependency of the
 * ports). Thread-safe.
 */
public final class MicrometerCallListener implements CallListener {

    /** Calls, timed from the first attempt's start to the last attempt's end: tags operation, transport, outcome. */
    public static final String CALLS = "bringport.calls";
    /** Attempts, each timed, its wait under the rate budget included: tags operation, transport, outcome. */
    public static final String ATTEMPTS = "bringport.attempts";
    /** Failed attempts that the retry policy sends again: tags operation, transport, outcome. */
    public static final String RETRIES = "bringport.retries";
    /** Attempts Bring answered with HTTP 429: tags operation, transport. */
    public static final String THROTTLED = "bringport.throttled";
    /** Writes whose outcome is unknown (they may have reached Bring): tags operation, transport. */
    public static final String OUTCOME_UNKNOWN = "bringport.outcome.unknown";
    /** The waits for a turn under the rate budget: tags operation, transport. */
    public static final String RATE_BUDGET_WAIT = "bringport.rate.budget.wait";

    /**
     * Changes of the rate budget an instance takes its places from, each counted once: tag budget,
     * {@code local} when the budget the fleet shares cannot be reached, {@code shared} when it is back.
     */
    public static final String RATE_BUDGET_CHANGES = "bringport.rate.budget.changes";

    private final MeterRegistry registry;

    /**
     * Records into a registry.
     *
     * @param registry e.g. the application's {@code MeterRegistry}, or a {@code SimpleMeterRegistry} in a test
     */
    public MicrometerCallListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
        Tags where = Tags.of("operation", attempt.operation().name().toLowerCase(Locale.ROOT),
                "transport", attempt.transport().toLowerCase(Locale.ROOT));
        Tags how = where.and("outcome", attempt.outcome().tag());
        timer(ATTEMPTS, "Attempts of calls to Bring", how).record(attempt.duration());
        attempt.rateBudgetWait().ifPresent(wait -> timer(RATE_BUDGET_WAIT,
                "Waits for a turn under the rate budget before a request leaves", where).record(wait));
        if (attempt.httpStatus().orElse(0) == 429) {
            counter(THROTTLED, "Attempts Bring answered with HTTP 429", where).increment();
        }
        if (attempt.willRetry()) {
            counter(RETRIES, "Failed attempts sent again", how).increment();
            return;
        }
        timer(CALLS, "Calls to Bring, from the first attempt to the last", how).record(attempt.sinceCallBegan());
        if (attempt.outcome() == CallOutcome.OUTCOME_UNKNOWN) {
            counter(OUTCOME_UNKNOWN, "Writes whose outcome is unknown: check at Bring before sending them again", where)
                    .increment();
        }
    }

    @Override
    public void rateBudgetShared(boolean shared) {
        counter(RATE_BUDGET_CHANGES, "Changes of the rate budget this instance takes its places from",
                Tags.of("budget", shared ? "shared" : "local")).increment();
    }

    private Timer timer(String name, String description, Tags tags) {
        return Timer.builder(name).description(description).tags(tags).register(registry);
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    @Override
    public String toString() {
        return "MicrometerCallListener[" + registry.getClass().getSimpleName() + "]";
    }
}
