package dev.bringport.ports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallOutcome;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the Micrometer binding records for each kind of attempt, and docs/OBSERVABILITY.md listing
 * exactly the meters and tags it registers. The adapters' own tests drive it through real calls.
 */
class MicrometerCallListenerTest {

    private static final Path DOCUMENT = Path.of("").toAbsolutePath().getParent().resolve("docs/OBSERVABILITY.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(bringport\\.[a-z.]+)` \\| (timer|counter) \\| ([^|]*) \\|",
            Pattern.MULTILINE);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerCallListener listener = new MicrometerCallListener(registry);

    private static AttemptFinished attempt(Operation operation, int number, CallOutcome outcome, int status, boolean willRetry,
                                           Duration duration, Duration sinceCallBegan) {
        Optional<dev.bringport.ports.BringException> failure = switch (outcome) {
            case RATE_LIMITED -> Optional.of(new RateLimitedException(Failure.of(operation, "429").withHttpStatus(429),
                    Optional.empty()));
            case OUTCOME_UNKNOWN -> Optional.of(new OutcomeUnknownException(Failure.of(operation, "?"), Optional.empty(), null));
            default -> Optional.empty();
        };
        return new AttemptFinished(operation, "REST", number, outcome, failure,
                status == 0 ? OptionalInt.empty() : OptionalInt.of(status), List.of(), Optional.empty(), duration,
                Optional.of(Duration.ofMillis(5)), willRetry, sinceCallBegan);
    }

    /** A booking throttled once, then of unknown outcome; a read that succeeds at once. */
    private void record() {
        listener.attemptFinished(attempt(Operation.BOOK, 1, CallOutcome.RATE_LIMITED, 429, true, Duration.ofMillis(40),
                Duration.ofMillis(40)));
        listener.attemptFinished(attempt(Operation.BOOK, 2, CallOutcome.OUTCOME_UNKNOWN, 0, false, Duration.ofMillis(60),
                Duration.ofMillis(300)));
        listener.attemptFinished(attempt(Operation.GET_ORDER, 1, CallOutcome.SUCCESS, 200, false, Duration.ofMillis(20),
                Duration.ofMillis(20)));
    }

    @Test
    void callsAttemptsRetriesThrottlingUnknownOutcomesAndBudgetWaitsAreRecordedPerOperationTransportAndOutcome() {
        record();

        Timer booking = registry.get("bringport.calls").tags("operation", "book", "transport", "rest",
                "outcome", "outcome_unknown").timer();
        assertThat(booking.count()).isEqualTo(1);
        assertThat(booking.totalTime(TimeUnit.MILLISECONDS)).as("the whole call, the wait between attempts included")
                .isEqualTo(300);
        assertThat(registry.get("bringport.attempts").tags("operation", "book").timers()).hasSize(2);
        assertThat(registry.get("bringport.retries").tags("operation", "book", "outcome", "rate_limited").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("bringport.throttled").tags("operation", "book").counter().count()).isEqualTo(1);
        assertThat(registry.get("bringport.outcome.unknown").tags("operation", "book", "transport", "rest").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("bringport.rate.budget.wait").timers()).extracting(Timer::count).containsOnly(2L, 1L);
        assertThat(registry.get("bringport.calls").tags("operation", "get_order", "outcome", "success").timer().count())
                .isEqualTo(1);
    }

    @Test
    void eachChangeOfTheRateBudgetToTheInstancesOwnShareAndBackIsCountedOnce() {
        listener.rateBudgetShared(false);
        listener.rateBudgetShared(true);
        listener.rateBudgetShared(false);

        assertThat(registry.get("bringport.rate.budget.changes").tag("budget", "local").counter().count()).isEqualTo(2);
        assertThat(registry.get("bringport.rate.budget.changes").tag("budget", "shared").counter().count()).isEqualTo(1);
    }

    @Test
    void noTagHoldsMoreThanAFewValues() {
        for (Operation operation : Operation.values()) {
            for (CallOutcome outcome : CallOutcome.values()) {
                listener.attemptFinished(attempt(operation, 1, outcome, 0, false, Duration.ZERO, Duration.ZERO));
            }
        }

        Set<String> keys = registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream())
                .map(tag -> tag.getKey()).collect(Collectors.toSet());
        assertThat(keys).containsExactlyInAnyOrder("operation", "transport", "outcome");
        assertThat(registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream())
                .filter(tag -> tag.getKey().equals("outcome")).map(tag -> tag.getValue()).distinct())
                .hasSize(CallOutcome.values().length);
    }

    @Test
    void observabilityDocumentListsEveryMeterWithItsTypeAndTagsAndNoOther() throws IOException {
        record();
        listener.attemptFinished(attempt(Operation.GET_ORDER, 1, CallOutcome.SUCCESS, 200, false, Duration.ZERO,
                Duration.ZERO));
        listener.rateBudgetShared(false);

        Set<String> registered = registry.getMeters().stream().map(MicrometerCallListenerTest::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(DOCUMENT));
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3).replace("`", "").strip());
        }

        assertThat(documented).as("the meters docs/OBSERVABILITY.md lists").isEqualTo(registered);
    }

    /** {@code name type tag, tag} */
    private static String describe(Meter meter) {
        return meter.getId().getName() + " " + meter.getId().getType().name().toLowerCase(Locale.ROOT) + " "
                + meter.getId().getTags().stream().map(tag -> tag.getKey()).sorted(MicrometerCallListenerTest::byRole)
                .collect(Collectors.joining(", "));
    }

    /** operation, transport, outcome: the order the document lists them in. */
    private static int byRole(String a, String b) {
        List<String> order = List.of("operation", "transport", "outcome");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }
}
