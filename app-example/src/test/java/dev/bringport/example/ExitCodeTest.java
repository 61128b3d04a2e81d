package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exit status for each kind of failure. */
class ExitCodeTest {

    private static final Failure FAILURE = Failure.of(Operation.GET_ORDER,
            List.of(BringError.of(ErrorCode.of("PO_STATE_001"), "Purchase order not found")));

    @Test
    void inputRejectedBeforeSendingIsTwoAndRejectedByBringIsThree() {
        assertThat(ExitCode.of(InvalidRequestException.beforeSending(Operation.BOOK,
                List.of(new Violation("f", ErrorCode.of("BOOK-INPUT-002"), "must be given"))))).isEqualTo(2);
        assertThat(ExitCode.of(InvalidRequestException.reportedByBring(FAILURE))).isEqualTo(3);
        assertThat(ExitCode.of(new NotSupportedByTransportException(Operation.GET_ARTICLE_BALANCES, "SOAP", "REST"))).isEqualTo(2);
    }

    @Test
    void bringsAnswersAreThree() {
        assertThat(ExitCode.of(new NotFoundException(FAILURE))).isEqualTo(3);
        assertThat(ExitCode.of(new AccessDeniedException(FAILURE))).isEqualTo(3);
        assertThat(ExitCode.of(new DuplicateException(FAILURE))).isEqualTo(3);
    }

    @Test
    void transportFailuresAreFour() {
        assertThat(ExitCode.of(new TimedOutException(FAILURE, null))).isEqualTo(4);
        assertThat(ExitCode.of(new UnavailableException(FAILURE, null))).isEqualTo(4);
        assertThat(ExitCode.of(new RateLimitedException(FAILURE, Optional.empty()))).isEqualTo(4);
        assertThat(ExitCode.of(new OutcomeUnknownException(FAILURE, Optional.of("c"), null))).isEqualTo(4);
        assertThat(ExitCode.of(new UnexpectedResponseException(FAILURE))).isEqualTo(4);
    }
}
