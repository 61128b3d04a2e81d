package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Requests go out evenly: each takes the next slot, a fixed spacing after the one before. */
class PaceTest {

    private static final long MILLI = 1_000_000L;

    private final AtomicLong now = new AtomicLong(7 * MILLI);
    private final Pace pace = new Pace(now::get);

    @Test
    void theFirstRequestGoesAtOnceAndTheNextOnesASpacingApart() {
        Duration spacing = Duration.ofMillis(50);

        assertThat(pace.reserve(spacing, Duration.ZERO)).hasValue(now.get());
        assertThat(pace.reserve(spacing, Duration.ofSeconds(1))).hasValue(now.get() + 50 * MILLI);
        assertThat(pace.reserve(spacing, Duration.ofSeconds(1))).hasValue(now.get() + 100 * MILLI);
    }

    @Test
    void aSlotBeyondTheWaitIsNotTakenSoItStaysForTheNext() {
        Duration spacing = Duration.ofMillis(50);
        pace.reserve(spacing, Duration.ZERO);

        assertThat(pace.reserve(spacing, Duration.ofMillis(49))).isEqualTo(OptionalLong.empty());
        assertThat(pace.reserve(spacing, Duration.ofMillis(50))).hasValue(now.get() + 50 * MILLI);
    }

    @Test
    void aQuietSpellSavesNoSlotsForABurst() {
        Duration spacing = Duration.ofMillis(50);
        pace.reserve(spacing, Duration.ZERO);
        now.addAndGet(10_000 * MILLI);

        assertThat(pace.reserve(spacing, Duration.ZERO)).hasValue(now.get());
        assertThat(pace.reserve(spacing, Duration.ZERO)).as("the next one still waits its spacing").isEmpty();
    }
}
