package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transport policy both adapters apply: what each wire fault means, how an answer that is no
 * success is typed, the wait Bring asks for, the key kept out of every failure, and a write that
 * may have happened reported as "outcome unknown" in the same words over every wire.
 */
class TransportPolicyTest {

    private static final String KEY = "Mb+K3y/7f3a9b=e51c4d";
    private static final BringCredentials CREDENTIALS = new BringCredentials("policy@example.com", KEY,
            URI.create("https://shop.example"));
    private static final Optional<String> CORRELATION = Optional.of("BOOKING-1");

    private final List<String> budgetEvents = new ArrayList<>();
    private RateBudget budget = (user, wait) -> Optional.of(new RateBudget.Place() {
        @Override
        public void sent() {
            budgetEvents.add("sent");
        }

        @Override
        public void arrived() {
            budgetEvents.add("arrived");
        }
    });

    private final List<AttemptFinished> finished = new ArrayList<>();

    private TransportPolicy policy() {
        return new TransportPolicy("test", new TransportSettings(CREDENTIALS, TransportSettings.DEFAULT_CONNECT_TIMEOUT,
                TransportSettings.DEFAULT_REQUEST_TIMEOUT, RetryPolicy.DEFAULT, budget, Duration.ofSeconds(3),
                TransportSettings.DEFAULT_MAX_ANSWER_BYTES, Clock.systemUTC(), ClientRules.ON, new CallListener() {
                    @Override
                    public void attemptFinished(AttemptFinished attempt) {
                        finished.add(attempt);
                    }
                }));
    }

    private static <T> T attempt(TransportPolicy policy, Operation operation, Optional<String> correlationId,
                                 Function<Attempt, T> send) {
        return policy.attempt(policy.attempts(operation), correlationId, send);
    }

    private static Failure answer(Operation op, int status) {
        return Failure.of(op, "Bring answered HTTP " + status).withHttpStatus(status);
    }

    @ParameterizedTest
    @EnumSource(WireFault.class)
    void everyWireFaultIsOneFailureTypeWhichSaysWhetherTheRequestLeft(WireFault fault) {
        BringException read = policy().failure(Operation.GET_ORDER, fault, "at http://127.0.0.1:1", Optional.empty(),
                new IOException("wire"));

        Class<? extends BringException> expected = switch (fault) {
            case NO_TURN -> RateLimitedException.class;
            case NO_ANSWER_IN_TIME -> TimedOutException.class;
            case ANSWER_TOO_LARGE, ANSWER_UNREADABLE -> UnexpectedResponseException.class;
            default -> UnavailableException.class;
        };
        assertThat(read).isExactlyInstanceOf(expected);
        assertThat(read.failure().requestSent()).isEqualTo(fault.requestSent());
        assertThat(read.getMessage()).contains(fault.description(), "at http://127.0.0.1:1");
    }

    @Test
    void nothingThatNeverLeftIsOfUnknownOutcomeNotEvenAConnectTimeoutOrAFailedTlsHandshake() {
        for (WireFault fault : List.of(WireFault.NO_CONNECTION, WireFault.CONNECT_TIMEOUT, WireFault.TLS_HANDSHAKE_FAILED,
                WireFault.NO_TURN, WireFault.INTERRUPTED_BEFORE_SENDING)) {
            BringException booking = policy().failure(Operation.BOOK, fault, "", CORRELATION, null);

            assertThat(booking).as("%s", fault).isNotInstanceOf(OutcomeUnknownException.class);
            assertThat(booking.failure().requestSent()).as("%s", fault).isFalse();
        }
        assertThat(policy().failure(Operation.BOOK, WireFault.CONNECT_TIMEOUT, "", CORRELATION, null))
                .as("the same type as a refused connection, on every wire").isInstanceOf(UnavailableException.class);
    }

    @Test
    void aWriteThatLeftAndFailedIsOfUnknownOutcomeInTheSameWordsWhateverTheFault() {
        for (WireFault fault : WireFault.values()) {
            if (!fault.requestSent()) {
                continue;
            }
            BringException booking = policy().failure(Operation.BOOK, fault, "", CORRELATION, null);

            assertThat(booking).as("%s", fault).isInstanceOf(OutcomeUnknownException.class);
            assertThat(((OutcomeUnknownException) booking).correlationId()).isEqualTo(CORRELATION);
            assertThat(booking.failure().summary()).as("%s", fault).startsWith("the outcome is unknown: check at Bring"
                    + " before sending it again (correlation id BOOKING-1): " + fault.description());
        }
        BringException withoutId = policy().failure(Operation.SEND_EVENT, WireFault.LOST_MID_ANSWER, "", Optional.empty(),
                null);
        assertThat(withoutId.failure().summary()).startsWith("the outcome is unknown: check at Bring before sending it"
                + " again: ");
    }

    @Test
    void a429IsRateLimitedWithTheWaitBringAskedForInSecondsOrAsADate() {
        RateLimitedException seconds = (RateLimitedException) policy().answered(answer(Operation.BOOK, 429),
                Optional.of("2"), CORRELATION);
        RateLimitedException tooLong = (RateLimitedException) policy().answered(answer(Operation.BOOK, 429),
                Optional.of("99999999999999999999"), CORRELATION);
        RateLimitedException garbage = (RateLimitedException) policy().answered(answer(Operation.BOOK, 429),
                Optional.of("later"), CORRELATION);

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(tooLong.retryAfter()).contains(RetryAfter.LONGEST);
        assertThat(tooLong.getMessage()).contains("Bring asked to wait " + RetryAfter.LONGEST.toSeconds() + " s");
        assertThat(garbage.retryAfter()).isEmpty();
    }

    @Test
    void a503CarriesItsRetryAfterAndAWriteAnswered503IsStillOfUnknownOutcome() {
        BringException read = policy().answered(answer(Operation.GET_ORDER, 503), Optional.of("1"), Optional.empty());
        BringException write = policy().answered(answer(Operation.BOOK, 503), Optional.of("1"), CORRELATION);
        BringException other = policy().answered(answer(Operation.GET_ORDER, 500), Optional.of("1"), Optional.empty());

        assertThat(read).isInstanceOf(UnavailableException.class);
        assertThat(read.failure().retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(write).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(UnavailableException.class);
        assertThat(other.failure().retryAfter()).as("Retry-After means nothing on a 500").isEmpty();
    }

    @Test
    void aRedirectIsNeverFollowedAnUnexpectedAnswerToAReadAndOfUnknownOutcomeForAWrite() {
        BringException read = policy().answered(answer(Operation.GET_ORDER, 302), Optional.empty(), Optional.empty());
        BringException write = policy().answered(answer(Operation.SEND_ORDER, 301), Optional.empty(), Optional.empty());

        assertThat(read).isInstanceOf(UnexpectedResponseException.class);
        assertThat(read.getMessage()).contains("a redirect, which the library never follows");
        assertThat(write).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void bringsRefusalOfAWriteIsNotOfUnknownOutcome() {
        BringException refused = policy().answered(answer(Operation.BOOK, 401), Optional.empty(), CORRELATION);

        assertThat(refused).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void theKeyIsMaskedInEveryFailureAndEveryCauseWhateverFormItCameIn() {
        BringException fromAnswer = policy().answered(Failure.of(Operation.GET_ORDER, List.of(BringError.of(
                ErrorCode.of("PO_INPUT_001"), "unknown key mb+k3y/7f3a9b=e51c4d"))).withHttpStatus(400)
                .withRequestId("&#77;b+K3y/7f3a9b=e51c4d"), Optional.empty(), Optional.empty());
        BringException fromTheWire = policy().failure(Operation.BOOK, WireFault.ANSWER_UNREADABLE,
                "Unrecognized token 'Mb\\u002bK3y': was expecting JSON", CORRELATION,
                new IOException("at 'Mb+K3y/7f3a9b=e51c4d'", new IllegalStateException("MB+K3Y/7F3A9B=E51C4D")));

        for (BringException failure : List.of(fromAnswer, fromTheWire)) {
            List<String> texts = new ArrayList<>(List.of(failure.getMessage(), failure.failure().toString()));
            for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
            assertThat(texts).allSatisfy(text -> assertThat(CREDENTIALS.mask(text)).isEqualTo(text));
        }
        assertThat(fromTheWire.getCause().getCause().getMessage()).contains("at '****'");
    }

    @Test
    void aFailureAReaderTypedFromAnAnswerThatRepeatsTheKeyIsMaskedAndKeepsItsType() {
        BringException fromReader = BringFailures.fromAnswer(Failure.of(Operation.BOOK, List.of(BringError.of(
                ErrorCode.of("BOOK-INPUT-002"), "key " + KEY))).withHttpStatus(200));

        BringException settled = policy().settled(CORRELATION, fromReader);

        assertThat(settled).isExactlyInstanceOf(fromReader.getClass());
        assertThat(settled.getMessage()).doesNotContain(KEY).contains("key ****");
        assertThat(policy().settled(CORRELATION, settled)).isSameAs(settled);
    }

    @Test
    void aFailureOfAnyTypeWhoseTextRepeatsTheKeyKeepsItsTypeOnceMasked() {
        Failure fault = new Failure(Operation.GET_ORDER, "a SOAP fault (Client): Invalid API key " + KEY, List.of(),
                OptionalInt.of(500), Optional.empty(), true);
        List<BringException> failures = List.of(InvalidRequestException.reportedByBring(fault),
                new UnavailableException(fault, new IOException("echo " + KEY)), new TimedOutException(fault, null),
                new UnexpectedResponseException(fault), new NotFoundException(fault), new UnauthenticatedException(fault));

        for (BringException failure : failures) {
            BringException settled = policy().settled(Optional.empty(), failure);

            assertThat(settled).isExactlyInstanceOf(failure.getClass());
            assertThat(settled.getMessage()).contains("Invalid API key ****");
            assertThat(String.valueOf(settled.getCause())).doesNotContain(KEY);
        }
    }

    @Test
    void anAttemptHoldsAPlaceInTheRateBudgetUntilItEndsAndItsFailureIsSettled() {
        TransportPolicy policy = policy();
        String value = attempt(policy, Operation.GET_ORDER, Optional.empty(), place -> {
            place.sent();
            return "read";
        });
        BringException failed = catchThrowableOfType(BringException.class, () -> attempt(policy, Operation.BOOK, CORRELATION,
                place -> {
                    throw new UnavailableException(answer(Operation.BOOK, 502), null);
                }));

        assertThat(value).isEqualTo("read");
        assertThat(failed).isInstanceOf(OutcomeUnknownException.class);
        assertThat(budgetEvents).containsExactly("sent", "arrived", "arrived");
    }

    @Test
    void noTurnUnderTheRateBudgetIsRateLimitedAndNothingIsSent() {
        budget = (user, wait) -> Optional.empty();
        List<String> sent = new ArrayList<>();

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> attempt(policy(), Operation.BOOK,
                CORRELATION, place -> sent.add("sent")));

        assertThat(sent).isEmpty();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.getMessage()).contains("policy@example.com", "rate budget", "3000 ms");
        assertThat(finished).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(CallOutcome.RATE_LIMITED);
            assertThat(attempt.rateBudgetWait()).as("it waited, and got no turn").isPresent();
            assertThat(attempt.willRetry()).as("nothing was sent: the retry policy sends it again").isTrue();
        });
    }

    @Test
    void everyAttemptIsToldToTheListenerWithItsWaitUnderTheBudgetItsStatusAndItsSettledOutcome() {
        budget = (user, wait) -> {
            Thread.sleep(30);
            return Optional.of(new RateBudget.Place() {
                @Override
                public void sent() {
                }

                @Override
                public void arrived() {
                }
            });
        };
        TransportPolicy policy = policy();
        Attempts attempts = policy.attempts(Operation.BOOK);

        BringException first = catchThrowableOfType(BringException.class, () -> policy.attempt(attempts, CORRELATION,
                attempt -> {
                    throw policy.answered(answer(Operation.BOOK, 429).withRequestId("req-1"), Optional.empty(), CORRELATION);
                }));
        BringException second = catchThrowableOfType(BringException.class, () -> policy.attempt(attempts, CORRELATION,
                attempt -> {
                    attempt.answered(502, Optional.of("req-2"));
                    throw new UnavailableException(answer(Operation.BOOK, 502), null);
                }));

        assertThat(first).isInstanceOf(RateLimitedException.class);
        assertThat(second).isInstanceOf(OutcomeUnknownException.class);
        assertThat(finished).hasSize(2);
        assertThat(finished.get(0)).satisfies(attempt -> {
            assertThat(attempt.transport()).isEqualTo("test");
            assertThat(attempt.attempt()).isEqualTo(1);
            assertThat(attempt.outcome()).isEqualTo(CallOutcome.RATE_LIMITED);
            assertThat(attempt.httpStatus()).hasValue(429);
            assertThat(attempt.requestId()).contains("req-1");
            assertThat(attempt.willRetry()).as("429: Bring did not act, so even a booking is sent again").isTrue();
            assertThat(attempt.rateBudgetWait()).hasValueSatisfying(wait -> assertThat(wait).isGreaterThanOrEqualTo(
                    Duration.ofMillis(30)));
            assertThat(attempt.duration()).isGreaterThanOrEqualTo(attempt.rateBudgetWait().orElseThrow());
        });
        assertThat(finished.get(1)).satisfies(attempt -> {
            assertThat(attempt.attempt()).isEqualTo(2);
            assertThat(attempt.outcome()).as("the failure as the caller gets it").isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
            assertThat(attempt.failure()).containsSame(second);
            assertThat(attempt.httpStatus()).hasValue(502);
            assertThat(attempt.requestId()).contains("req-2");
            assertThat(attempt.willRetry()).as("a booking that may have been made is never sent again").isFalse();
            assertThat(attempt.sinceCallBegan()).isGreaterThanOrEqualTo(finished.get(0).duration().plus(attempt.duration()));
        });
    }

    @Test
    void aRateBudgetThatFailsOrAnInterruptedWaitSendsNothing() {
        budget = (user, wait) -> {
            throw new IllegalStateException("the budget's store is down");
        };
        BringException broken = catchThrowableOfType(BringException.class, () -> attempt(policy(), Operation.BOOK,
                CORRELATION, place -> "sent"));
        budget = (user, wait) -> {
            throw new InterruptedException();
        };
        BringException interrupted = catchThrowableOfType(BringException.class, () -> attempt(policy(), Operation.BOOK,
                CORRELATION, place -> "sent"));
        boolean flagKept = Thread.interrupted();

        assertThat(broken).isInstanceOf(RateLimitedException.class);
        assertThat(broken.failure().requestSent()).isFalse();
        assertThat(interrupted).isInstanceOf(UnavailableException.class);
        assertThat(interrupted.failure().requestSent()).isFalse();
        assertThat(flagKept).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void httpStatusAndBringsErrorsOfAnAnswerAreKept() {
        BringException failure = policy().answered(new Failure(Operation.GET_ORDER, "Bring answered HTTP 404",
                List.of(BringError.of(ErrorCode.of("PO_STATE_001"), "Order not found")), OptionalInt.of(404),
                Optional.of("req-1"), true), Optional.empty(), Optional.empty());

        assertThat(failure.failure().httpStatus()).hasValue(404);
        assertThat(failure.codes()).containsExactly(ErrorCode.of("PO_STATE_001"));
        assertThat(failure.failure().requestId()).contains("req-1");
    }
}
