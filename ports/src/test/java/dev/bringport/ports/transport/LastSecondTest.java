package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
    private final LastSecond window = new LastSecond(now::get);

    private LastSecond.Place enterNow() throws InterruptedException {
        return window.enter(2, Duration.ZERO).orElse(null);
    }

    @Test
    void requestsUnderWayHoldTheirPlaces() throws InterruptedException {
        assertThat(enterNow()).isNotNull();
        assertThat(enterNow()).isNotNull();
        assertThat(enterNow()).as("two under way").isNull();
    }

    @Test
    void anAnsweredRequestHoldsItsPlaceForOneSecondAfterItsAnswer() throws InterruptedException {
        LastSecond.Place slow = enterNow();
        enterNow();
        now.addAndGet(5_000 * MILLI); // a slow answer: what counts is when it began
        slow.arrived();

        now.addAndGet(999 * MILLI);
        assertThat(enterNow()).as("answered 999 ms ago").isNull();
        now.addAndGet(MILLI);
        assertThat(enterNow()).as("answered a second ago").isNotNull();
        assertThat(enterNow()).as("the other one is still under way").isNull();
    }

    @Test
    void aSlowAnswerHoldsItsPlaceOnlyTheWayAndASecondAfterItsBodyWasWritten() throws InterruptedException {
        LastSecond.Place one = enterNow();
        LastSecond.Place other = enterNow();
        one.sent(); // a booking's body has gone; Bring will take two seconds to answer it
        other.sent();

        now.addAndGet(LastSecond.WAY.toNanos() + 999 * MILLI);
        assertThat(enterNow()).as("arrived at the latest 999 ms ago").isNull();
        now.addAndGet(MILLI);
        assertThat(enterNow()).as("a second after the way, its answer still to come").isNotNull();
        now.addAndGet(975 * MILLI);
        one.arrived(); // its answer, two seconds after the body: changes nothing
        assertThat(enterNow()).isNotNull();
    }

    @Test
    void anAnswerBeginningSoonAfterTheWayCountsFromItsBeginning() throws InterruptedException {
        LastSecond.Place read = enterNow();
        enterNow().sent();
        read.sent();
        now.addAndGet(300 * MILLI);
        read.arrived(); // a slow server took 300 ms to count and answer it: Bring counted it by now, not by the way's end

        now.addAndGet(999 * MILLI);
        assertThat(enterNow()).as("the other one arrived a second ago at the latest").isNotNull();
        assertThat(enterNow()).as("this one answered 999 ms ago").isNull();
        now.addAndGet(MILLI);
        assertThat(enterNow()).as("answered a second ago").isNotNull();
    }

    @Test
    void anAnswerBeginningWithinTheWayCountsFromItsBeginning() throws InterruptedException {
        LastSecond.Place booking = enterNow();
        LastSecond.Place other = enterNow();
        booking.sent();                     // counts as arrived 25 ms from now
        other.sent();
        now.addAndGet(10 * MILLI);
        booking.arrived();                  // its answer began: arrived now, 15 ms before the other

        now.addAndGet(1_000 * MILLI);
        assertThat(enterNow()).as("the proven arrival freed its place").isNotNull();
        assertThat(enterNow()).as("the body written without an answer counts until the way has passed").isNull();
        now.addAndGet(15 * MILLI);
        assertThat(enterNow()).isNotNull();
    }

    @Test
    void anAnswerAfterHalfASecondIsTakenForBringsSlowWorkNotTheWay() throws InterruptedException {
        LastSecond.Place slow = enterNow();
        enterNow();
        slow.sent();
        now.addAndGet(LastSecond.QUICK_ANSWER.toNanos() + MILLI);
        slow.arrived();

        now.addAndGet(1_000 * MILLI - LastSecond.QUICK_ANSWER.toNanos() + LastSecond.WAY.toNanos() - MILLI);
        assertThat(enterNow()).as("counted from the way's end, a second ago").isNotNull();
    }

    @Test
    void aPlaceCountsOnceWhateverItIsToldAfterwards() throws InterruptedException {
        LastSecond.Place place = enterNow();
        place.arrived();
        place.arrived();
        place.sent();
        enterNow();

        assertThat(enterNow()).as("one arrived, one under way").isNull();
        now.addAndGet(1_000 * MILLI);
        assertThat(enterNow()).isNotNull();
        assertThat(enterNow()).isNull();
    }

    @Test
    void aWaitingRequestGetsThePlaceThatFreesUpWithinItsWait() throws Exception {
        LastSecond realTime = new LastSecond(System::nanoTime);
        realTime.enter(1, Duration.ZERO).orElseThrow().arrived();

        assertThat(realTime.enter(1, Duration.ZERO)).isEmpty();
        assertThat(realTime.enter(1, Duration.ofSeconds(30))).as("free a second after the answer").isPresent();
    }

    @Test
    void eachRequestBringsItsOwnLimitAndAllCountTogether() throws InterruptedException {
        assertThat(window.enter(1, Duration.ZERO)).isPresent();
        assertThat(window.enter(1, Duration.ZERO)).as("one counted: a limit of 1 is reached").isEmpty();
        assertThat(window.enter(3, Duration.ZERO)).as("a limit of 3 is not").isPresent();
        assertThat(window.enter(2, Duration.ZERO)).as("two counted reach a limit of 2, whatever limits they came with").isEmpty();
    }

    @Test
    void aPlaceReleasedBeforeItsRequestLeftCountsForNothing() throws InterruptedException {
        LastSecond.Place unused = window.enter(1, Duration.ZERO).orElseThrow();
        unused.release();
        unused.arrived();

        assertThat(window.enter(1, Duration.ZERO)).isPresent();
    }

    @Test
    void aLimitBelowOneIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> window.enter(0, Duration.ZERO));
    }
}
