package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A request takes a place while fewer than the limit are under way or arrived within the last
 * second, by a clock the test moves.
 */
class LastSecondTest {

    private static final long MILLI = 1_000_000L;

    private final AtomicLong now = new AtomicLong(42 * MILLI);
    private final LastSecond window = new LastSecond(2, now::get);

    private boolean enterNow() throws InterruptedException {
        return window.enter(Duration.ZERO);
    }

    @Test
    void requestsUnderWayHoldTheirPlaces() throws InterruptedException {
        assertThat(enterNow()).isTrue();
        assertThat(enterNow()).isTrue();
        assertThat(enterNow()).as("two under way").isFalse();
    }

    @Test
    void anAnsweredRequestHoldsItsPlaceForOneSecondAfterItsAnswer() throws InterruptedException {
        enterNow();
        enterNow();
        now.addAndGet(5_000 * MILLI); // a slow answer: what counts is when it ended
        window.leave();

        now.addAndGet(999 * MILLI);
        assertThat(enterNow()).as("answered 999 ms ago").isFalse();
        now.addAndGet(MILLI);
        assertThat(enterNow()).as("answered a second ago").isTrue();
        assertThat(enterNow()).as("the other one is still under way").isFalse();
    }

    @Test
    void aRequestWhoseBodyIsWrittenHoldsItsPlaceTheMarginAndASecondHoweverSlowItsAnswer() throws InterruptedException {
        enterNow();
        enterNow();
        window.sent(); // a booking's body has gone; its answer will take seconds
        window.sent();

        now.addAndGet(LastSecond.ARRIVAL_MARGIN.toNanos() + 999 * MILLI);
        assertThat(enterNow()).as("arrived at the latest 999 ms ago").isFalse();
        now.addAndGet(MILLI);
        assertThat(enterNow()).as("a second after the margin, answer or not").isTrue();
        assertThat(enterNow()).isTrue();
    }

    @Test
    void placesFreeInTheOrderOfArrivalWhateverTheOrderTheyWereGivenUp() throws InterruptedException {
        LastSecond one = new LastSecond(2, now::get);
        one.enter(Duration.ZERO);
        one.enter(Duration.ZERO);
        one.sent();                         // counts as arrived 500 ms from now
        now.addAndGet(100 * MILLI);
        one.leave();                        // its answer began: arrived now, 400 ms before the other

        now.addAndGet(1_000 * MILLI);
        assertThat(one.enter(Duration.ZERO)).as("the earlier arrival freed its place").isTrue();
        assertThat(one.enter(Duration.ZERO)).as("the body written first counts until its margin has passed").isFalse();
    }

    @Test
    void aWaitingRequestGetsThePlaceThatFreesUpWithinItsWait() throws Exception {
        LastSecond realTime = new LastSecond(1, System::nanoTime);
        realTime.enter(Duration.ZERO);
        realTime.leave();

        assertThat(realTime.enter(Duration.ZERO)).isFalse();
        assertThat(realTime.enter(Duration.ofSeconds(30))).as("free a second after the answer").isTrue();
    }

    @Test
    void leavingWithoutEnteringIsAMistake() {
        assertThatIllegalStateException().isThrownBy(window::leave);
    }
}
