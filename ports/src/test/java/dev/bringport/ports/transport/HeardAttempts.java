package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link CallListener} that keeps what it is told, for the adapters' tests of their listeners
 * and metrics: the attempts started ({@code GET_ORDER #1}) and those finished. What every adapter
 * must report for the same events is asserted here once.
 */
public final class HeardAttempts implements CallListener {

    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<AttemptFinished> finished = new CopyOnWriteArrayList<>();

    @Override
    public void attemptStarted(AttemptStarted attempt) {
        started.add(attempt.operation() + " #" + attempt.attempt());
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
        finished.add(attempt);
    }

    /**
     * The attempts started, in order.
     *
     * @return each as its operation and number, e.g. {@code GET_ORDER #2}
     */
    public List<String> started() {
        return started;
    }

    /**
     * The attempts finished, in order.
     *
     * @return what the listener was told of each
     */
    public List<AttemptFinished> finished() {
        return finished;
    }

    /**
     * Asserts what a read of an order, answered 429 once and then answered, told this listener and
     * the Micrometer binding recording the same calls: two attempts, the first retried, one call,
     * one retry, one 429, and a wait under the rate budget before each attempt.
     *
     * @param transport the adapter's transport name, e.g. {@code REST}
     * @param registry  where a {@code MicrometerCallListener} told of the same attempts recorded them
     */
    public void assertAReadThrottledOnceThenAnswered(String transport, MeterRegistry registry) {
        assertThat(started).containsExactly("GET_ORDER #1", "GET_ORDER #2");
        assertThat(finished).extracting(AttemptFinished::outcome).containsExactly(CallOutcome.RATE_LIMITED,
                CallOutcome.SUCCESS);
        assertThat(finished).extracting(a -> a.httpStatus().orElse(0)).containsExactly(429, 200);
        assertThat(finished).extracting(AttemptFinished::willRetry).containsExactly(true, false);
        assertThat(finished).allSatisfy(a -> {
            assertThat(a.transport()).isEqualTo(transport);
            assertThat(a.rateBudgetWait()).isPresent();
        });
        String tag = transport.toLowerCase(Locale.ROOT);
        assertThat(registry.get("bringport.calls").tags("operation", "get_order", "transport", tag, "outcome", "success")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("bringport.attempts").tags("operation", "get_order", "transport", tag).timers()).hasSize(2);
        assertThat(registry.get("bringport.retries").tags("operation", "get_order", "outcome", "rate_limited").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("bringport.throttled").tags("operation", "get_order", "transport", tag).counter().count())
                .isEqualTo(1);
        assertThat(registry.get("bringport.rate.budget.wait").tags("operation", "get_order", "transport", tag).timer()
                .count()).isEqualTo(2);
    }
}
