package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * No window ever holds more sends than the limit, counted at the moments sends leave: a late
 * send moves the moment the sends after it may leave.
 */
class SendWindowTest {

    private final AtomicLong now = new AtomicLong();
    private final SendWindow window = new SendWindow(2, Duration.ofNanos(1000), now::get);

    private boolean sendAt(long nanos) throws InterruptedException {
        return enterAt(nanos).isPresent();
    }

    private Optional<SendWindow.Send> enterAt(long nanos) throws InterruptedException {
        now.set(nanos);
        return window.enter(Duration.ZERO);
    }

    @Test
    void theLimitLeavesAtOnceAndTheNextOnlyAWindowAfterTheFirst() throws InterruptedException {
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(999)).isFalse();
        assertThat(sendAt(1000)).isTrue();
        assertThat(sendAt(1000)).isTrue();
        assertThat(sendAt(1999)).isFalse();
    }

    @Test
    void aSendLetThroughLateHoldsBackTheSendALimitAfterIt() throws InterruptedException {
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(400)).isTrue();
        assertThat(sendAt(1000)).isTrue();
        assertThat(sendAt(1300)).as("one window after the late send").isFalse();
        assertThat(sendAt(1400)).isTrue();
    }

    @Test
    void aSendThatLeavesAfterItWasLetThroughCountsFromWhenItLeft() throws InterruptedException {
        SendWindow.Send first = enterAt(0).orElseThrow();
        assertThat(sendAt(10)).isTrue();
        now.set(300);
        first.leftNow(); // a new connection to make first
        assertThat(sendAt(1200)).as("one window after it was let through, not after it left").isFalse();
        assertThat(sendAt(1300)).isTrue();
    }

    @Test
    void aSendThatLeavesOnlyAfterTheWindowMovedPastItChangesNothing() throws InterruptedException {
        SendWindow.Send first = enterAt(0).orElseThrow();
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(1000)).isTrue();
        now.set(1100);
        first.leftNow(); // its slot now holds the send at 1000
        assertThat(sendAt(1100)).isTrue();
        assertThat(sendAt(2000)).as("one window after the send at 1000, not after 1100").isTrue();
    }

    @Test
    void aSendThatDoesNotFitWithinTheLongestWaitIsNotCounted() throws InterruptedException {
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(0)).isTrue();
        assertThat(sendAt(500)).isFalse();
        assertThat(sendAt(1000)).isTrue();
        assertThat(sendAt(1000)).isTrue();
    }

    @Test
    void aSendWaitsForRoomInTheWindow() throws InterruptedException {
        SendWindow real = new SendWindow(1, Duration.ofMillis(100), System::nanoTime);
        assertThat(real.enter(Duration.ZERO)).isPresent();
        long start = System.nanoTime();

        assertThat(real.enter(Duration.ofSeconds(5))).isPresent();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
    }
}
