package dev.bringport.ports.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each failure of the ports behind a simulated Bring, as its wire answers it. */
class ServedFailuresTest {

    private static final Failure PLAIN = Failure.of(Operation.BOOK, "injected");
    private static final Failure WITH_ERRORS = Failure.of(Operation.BOOK, List.of(BringError.of(
            ErrorCode.of("BOOK-INTERNAL-002"), "A required external service is unavailable")));

    @Test
    void eachFailureHasBringsStatus() {
        assertThat(ServedFailures.httpStatus(InvalidRequestException.reportedByBring(WITH_ERRORS))).isEqualTo(400);
        assertThat(ServedFailures.httpStatus(new DuplicateException(PLAIN))).isEqualTo(400);
        assertThat(ServedFailures.httpStatus(new UnauthenticatedException(PLAIN))).isEqualTo(401);
        assertThat(ServedFailures.httpStatus(new AccessDeniedException(PLAIN))).isEqualTo(403);
        assertThat(ServedFailures.httpStatus(new NotFoundException(PLAIN))).isEqualTo(404);
        assertThat(ServedFailures.httpStatus(new RateLimitedException(PLAIN, Optional.empty()))).isEqualTo(429);
        assertThat(ServedFailures.httpStatus(new UnavailableException(PLAIN, null))).isEqualTo(503);
        assertThat(ServedFailures.httpStatus(new TimedOutException(PLAIN, null))).isEqualTo(504);
        assertThat(ServedFailures.httpStatus(new OutcomeUnknownException(PLAIN, Optional.of("c-1"), null))).isEqualTo(504);
        assertThat(ServedFailures.httpStatus(new UnexpectedResponseException(PLAIN))).isEqualTo(500);
    }

    @Test
    void throttlingUnavailableWithoutErrorsAndTimeoutsShowOnTheWireBringsErrorsInsideTheAnswer() {
        assertThat(ServedFailures.onTheWire(new RateLimitedException(PLAIN, Optional.empty()))).isTrue();
        assertThat(ServedFailures.onTheWire(new UnavailableException(PLAIN, null))).isTrue();
        assertThat(ServedFailures.onTheWire(new TimedOutException(PLAIN, null))).isTrue();
        assertThat(ServedFailures.onTheWire(new OutcomeUnknownException(PLAIN, Optional.empty(), null))).isTrue();
        assertThat(ServedFailures.onTheWire(new UnavailableException(WITH_ERRORS, null))).as("Bring's own error").isFalse();
        assertThat(ServedFailures.onTheWire(InvalidRequestException.reportedByBring(WITH_ERRORS))).isFalse();
        assertThat(ServedFailures.onTheWire(new NotFoundException(PLAIN))).isFalse();
    }
}
