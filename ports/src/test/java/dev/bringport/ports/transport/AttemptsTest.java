package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Logged;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The attempts of a call, told to a listener with one name for each way they end, whatever the transport. */
class AttemptsTest {

    private final List<String> told = new ArrayList<>();
    private final List<AttemptFinished> finished = new ArrayList<>();
    private final CallListener recording = new CallListener() {
        @Override
        public void attemptStarted(AttemptStarted attempt) {
            told.add("started " + attempt.operation() + " #" + attempt.attempt() + " over " + attempt.transport());
        }

        @Override
        public void attemptFinished(AttemptFinished attempt) {
            told.add("finished #" + attempt.attempt() + " " + attempt.outcome());
            finished.add(attempt);
        }
    };

    static Stream<Arguments> everyFailure() {
        Operation op = Operation.GET_ORDER;
        return Stream.of(
                Arguments.of((Supplier<BringException>) () -> InvalidRequestException.reportedByBring(
                        Failure.of(op, List.of(BringError.of(ErrorCode.of("PO_INPUT_001"), "no such customer")))),
                        CallOutcome.INVALID_REQUEST),
                Arguments.of((Supplier<BringException>) () -> InvalidRequestException.beforeSending(op,
                        List.of(new Violation("orderId", ErrorCode.of("PO_INPUT_003"), "must be given"))),
                        CallOutcome.INVALID_REQUEST),
                Arguments.of((Supplier<BringException>) () -> new NotFoundException(Failure.of(op, "404")), CallOutcome.NOT_FOUND),
                Arguments.of((Supplier<BringException>) () -> new UnauthenticatedException(Failure.of(op, "401")),
                        CallOutcome.UNAUTHENTICATED),
                Arguments.of((Supplier<BringException>) () -> new AccessDeniedException(Failure.of(op, "403")),
                        CallOutcome.ACCESS_DENIED),
                Arguments.of((Supplier<BringException>) () -> new DuplicateException(Failure.of(op, "409")), CallOutcome.DUPLICATE),
                Arguments.of((Supplier<BringException>) () -> new RateLimitedException(Failure.of(op, "429"), Optional.empty()),
                        CallOutcome.RATE_LIMITED),
                Arguments.of((Supplier<BringException>) () -> new UnavailableException(Failure.of(op, "503"), null),
                        CallOutcome.UNAVAILABLE),
                Arguments.of((Supplier<BringException>) () -> new TimedOutException(Failure.of(op, "slow"), null),
                        CallOutcome.TIMED_OUT),
                Arguments.of((Supplier<BringException>) () -> new UnexpectedResponseException(Failure.of(op, "html"), null),
                        CallOutcome.UNEXPECTED_RESPONSE),
                Arguments.of((Supplier<BringException>) () -> new OutcomeUnknownException(Failure.of(Operation.BOOK, "?"),
                        Optional.empty(), null), CallOutcome.OUTCOME_UNKNOWN),
                Arguments.of((Supplier<BringException>) () -> new NotSupportedByTransportException(op, "SOAP", "REST"),
                        CallOutcome.NOT_SUPPORTED));
    }

    @ParameterizedTest
    @MethodSource("everyFailure")
    void everyFailureTypeHasItsOutcomeAndTag(Supplier<BringException> failure, CallOutcome outcome) {
        assertThat(CallOutcome.of(failure.get())).isEqualTo(outcome);
        assertThat(outcome.tag()).isEqualTo(outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void everyOutcomeButSuccessAndAbandonedIsTheOutcomeOfAFailureType() {
        assertThat(everyFailure().map(arguments -> arguments.get()[1])).containsAll(Stream.of(CallOutcome.values())
                .filter(o -> o != CallOutcome.SUCCESS && o != CallOutcome.ABANDONED).toList());
    }

    @Test
    void theAttemptsOfACallAreNumberedAndTheLastSaysItEndsTheCall() {
        Attempts attempts = new Attempts("REST", Operation.GET_ORDER, RetryPolicy.DEFAULT, recording);

        assertThatThrownBy(() -> attempts.next(attempt -> {
            throw new UnavailableException(Failure.of(Operation.GET_ORDER, "503").withHttpStatus(503), null);
        })).isInstanceOf(UnavailableException.class);
        String value = attempts.next(attempt -> {
            attempt.answered(200, Optional.of("req-9"));
            return "order";
        });

        assertThat(value).isEqualTo("order");
        assertThat(told).containsExactly("started GET_ORDER #1 over REST", "finished #1 UNAVAILABLE",
                "started GET_ORDER #2 over REST", "finished #2 SUCCESS");
        assertThat(finished.get(0).willRetry()).isTrue();
        assertThat(finished.get(0).httpStatus()).hasValue(503);
        assertThat(finished.get(1).endsTheCall()).isTrue();
        assertThat(finished.get(1).httpStatus()).hasValue(200);
        assertThat(finished.get(1).requestId()).contains("req-9");
        assertThat(finished.get(1).failure()).isEmpty();
        assertThat(finished.get(1).codes()).isEmpty();
        assertThat(finished.get(1).rateBudgetWait()).as("no budget was asked").isEmpty();
    }

    @Test
    void theLastAttemptThePolicyAllowsIsNotRetriedWhateverItsFailure() {
        Attempts attempts = new Attempts("SOAP", Operation.GET_ORDER, new RetryPolicy(2, java.time.Duration.ZERO,
                java.time.Duration.ZERO, 0, java.time.Duration.ZERO), recording);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> attempts.next(attempt -> {
                throw new TimedOutException(Failure.of(Operation.GET_ORDER, "slow"), null);
            })).isInstanceOf(TimedOutException.class);
        }

        assertThat(finished).extracting(AttemptFinished::willRetry).containsExactly(true, false);
    }

    @Test
    void bringsCodesAreTold() {
        Attempts attempts = new Attempts("in-memory", Operation.GET_ORDER, RetryPolicy.NEVER, recording);

        assertThatThrownBy(() -> attempts.next(attempt -> {
            throw InvalidRequestException.reportedByBring(Failure.of(Operation.GET_ORDER, List.of(
                    BringError.of(ErrorCode.of("PO_INPUT_001"), "a"), BringError.of(ErrorCode.of("PO_STATE_004"), "b"))));
        })).isInstanceOf(InvalidRequestException.class);

        assertThat(finished).singleElement().satisfies(attempt -> {
            assertThat(attempt.codes()).extracting(ErrorCode::value).containsExactly("PO_INPUT_001", "PO_STATE_004");
            assertThat(attempt.willRetry()).isFalse();
        });
    }

    @Test
    void aFailureCarriedPastTheRetryInsideAnotherExceptionIsToldAsItselfAndTheCallersOwnExceptionAsAbandoned() {
        Attempts attempts = new Attempts("REST", Operation.STREAM_ARTICLE_BALANCES, RetryPolicy.DEFAULT, recording);
        UnexpectedResponseException cut = new UnexpectedResponseException(Failure.of(Operation.STREAM_ARTICLE_BALANCES,
                "cut"), null);

        assertThatThrownBy(() -> attempts.next(attempt -> {
            throw new IllegalStateException("carrier", cut);
        })).hasCause(cut);
        assertThatThrownBy(() -> attempts.next(attempt -> {
            throw new IllegalArgumentException("the caller's action failed");
        })).hasMessage("the caller's action failed");

        assertThat(finished).extracting(AttemptFinished::outcome).containsExactly(CallOutcome.UNEXPECTED_RESPONSE,
                CallOutcome.ABANDONED);
        assertThat(finished.get(1).failure()).isEmpty();
    }

    @Test
    void aListenerThatThrowsNeverBreaksACallAndIsLoggedOnce() {
        CallListener broken = new CallListener() {
            @Override
            public void attemptStarted(AttemptStarted attempt) {
                throw new IllegalStateException("the metrics backend is down");
            }

            @Override
            public void attemptFinished(AttemptFinished attempt) {
                throw new IllegalStateException("still down");
            }

            @Override
            public String toString() {
                return "the broken listener";
            }
        };
        try (Logged log = Logged.by(CallListener.class)) {
            Attempts attempts = new Attempts("REST", Operation.GET_ORDER, RetryPolicy.DEFAULT,
                    CallListener.all(List.of(broken, recording)));

            assertThat(attempts.<String>next(attempt -> "one")).isEqualTo("one");
            assertThat(attempts.<String>next(attempt -> "two")).isEqualTo("two");

            assertThat(told).as("a listener after the broken one is still told").hasSize(4);
            assertThat(log.lines()).singleElement().asString()
                    .startsWith("WARNING a CallListener failed and is ignored (logged once for each listener): the broken"
                            + " listener")
                    .contains("the metrics backend is down");
        }
    }

    @Test
    void allOfNoneIsNoneAndOfOneIsThatOne() {
        assertThat(CallListener.all(List.of())).isSameAs(CallListener.NONE);
        assertThat(CallListener.all(List.of(CallListener.NONE, recording))).isSameAs(recording);
        assertThat(recording.andThen(CallListener.NONE)).isSameAs(recording);
    }
}
