package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The JVM's rate budget: one per Mybring user, whichever adapter (REST or SOAP) and however many
 * instances take turns from it, in real time.
 */
class InProcessRateBudgetTest {

    private static String user() {
        return "budget-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void everyBudgetOfTheJvmCountsTheSameUsersRequestsTogether() throws InterruptedException {
        String user = user();
        RateBudget rest = InProcessRateBudget.perSecond(2);
        RateBudget soap = InProcessRateBudget.perSecond(2);

        Optional<RateBudget.Place> first = rest.enter(user, Duration.ofSeconds(1));
        Optional<RateBudget.Place> second = soap.enter(user, Duration.ofSeconds(1));

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(rest.enter(user, Duration.ofMillis(700))).as("two under way for this user, whichever budget").isEmpty();
        assertThat(soap.enter(user(), Duration.ofSeconds(1))).as("another user has a budget of their own").isPresent();
    }

    @Test
    void aRequestGetsItsTurnOnceOneArrivedASecondAgo() throws InterruptedException {
        String user = user();
        RateBudget budget = InProcessRateBudget.perSecond(1);
        budget.enter(user, Duration.ZERO).orElseThrow().arrived();
        long arrived = System.nanoTime();

        assertThat(budget.enter(user, Duration.ofSeconds(5))).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - arrived)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void requestsLeaveEvenlyAtTheirBudgetsPace() throws InterruptedException {
        String user = user();
        RateBudget budget = InProcessRateBudget.perSecond(10);
        long start = System.nanoTime();
        List<Long> leaving = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            budget.enter(user, Duration.ofSeconds(5)).orElseThrow().arrived();
            leaving.add(System.nanoTime());
        }

        for (int i = 1; i < leaving.size(); i++) {
            assertThat(Duration.ofNanos(leaving.get(i) - start)).as("request %d leaves a tenth of a second after the one"
                    + " before at the earliest", i + 1).isGreaterThanOrEqualTo(Duration.ofMillis(100L * i));
        }
    }

    @Test
    void aLowerRateLeavesRoomOnlyBelowItsOwnLimitWhileAHigherOneMayUseTheRest() throws InterruptedException {
        String user = user();
        RateBudget one = InProcessRateBudget.perSecond(1);
        RateBudget three = InProcessRateBudget.perSecond(3);
        one.enter(user, Duration.ZERO).orElseThrow();

        assertThat(one.enter(user, Duration.ZERO)).isEmpty();
        assertThat(three.enter(user, Duration.ofSeconds(1))).isPresent();
    }

    @Test
    void oneJvmBooksAtLeast17ASecondWhenBringTakesTwoSecondsToAnswerAndBringThrottlesNone() throws Exception {
        CountingBring bring = CountingBring.book(user(), List.of(InProcessRateBudget.perSecond(18)), 40,
                Duration.ofSeconds(2), Duration.ofSeconds(6));

        assertThat(bring.throttled()).as("requests Bring throttled").isZero();
        assertThat(bring.peak()).as("the most arrivals in any second").isLessThanOrEqualTo(CountingBring.BRING_LIMIT);
        assertThat(bring.perSecond()).as("bookings a second").isGreaterThanOrEqualTo(17);
    }

    @Test
    void aRateBelowOneIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> InProcessRateBudget.perSecond(0))
                .withMessage("requestsPerSecond must be at least 1, was 0");
    }
}
