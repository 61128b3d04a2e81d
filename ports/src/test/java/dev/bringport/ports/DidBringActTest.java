package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The library's one answer to "did Bring act on it?" ({@link BringException#bringMayHaveActed()}),
 * which the retry policy, the fallback and both adapters' "outcome unknown" all follow.
 */
class DidBringActTest {

    private static final Operation BOOK = Operation.BOOK;

    private static Failure answered(int status) {
        return Failure.of(BOOK, "HTTP " + status).withHttpStatus(status);
    }

    @Test
    void nothingThatNeverLeftTheLibraryCanHaveBeenActedOn() {
        assertThat(new UnavailableException(Failure.notSent(BOOK, "connection refused"), null).bringMayHaveActed()).isFalse();
        assertThat(new TimedOutException(Failure.notSent(BOOK, "no turn"), null).bringMayHaveActed()).isFalse();
        assertThat(new RateLimitedException(Failure.notSent(BOOK, "no turn"), Optional.empty()).bringMayHaveActed()).isFalse();
        assertThat(new NotSupportedByTransportException(BOOK, "SOAP", "REST").bringMayHaveActed()).isFalse();
        assertThat(InvalidRequestException.beforeSending(BOOK, List.of(new Violation("consignments",
                ErrorCode.of("BOOK-INPUT-001"), "missing"))).bringMayHaveActed()).isFalse();
    }

    @Test
    void bringsThrottlingAndRefusalsProveItDidNotAct() {
        assertThat(new RateLimitedException(answered(429), Optional.empty()).bringMayHaveActed()).isFalse();
        assertThat(new UnauthenticatedException(answered(401)).bringMayHaveActed()).isFalse();
        assertThat(new AccessDeniedException(answered(403)).bringMayHaveActed()).isFalse();
        assertThat(new NotFoundException(answered(404)).bringMayHaveActed()).isFalse();
        assertThat(new DuplicateException(answered(409)).bringMayHaveActed()).isFalse();
        assertThat(InvalidRequestException.reportedByBring(answered(400)).bringMayHaveActed()).isFalse();
    }

    @Test
    void anythingElseAfterTheRequestLeftMayHaveBeenActedOn() {
        assertThat(new UnavailableException(answered(503), null).bringMayHaveActed()).isTrue();
        assertThat(new UnavailableException(Failure.of(BOOK, List.of(BringError.of(ErrorCode.of("BOOK-INTERNAL-001"),
                "internal error"))).withHttpStatus(400), null).bringMayHaveActed()).as("Bring's own internal error").isTrue();
        assertThat(new TimedOutException(Failure.of(BOOK, "no answer in time"), null).bringMayHaveActed()).isTrue();
        assertThat(new UnexpectedResponseException(answered(302)).bringMayHaveActed()).as("a redirect").isTrue();
        assertThat(new UnexpectedResponseException(answered(200)).bringMayHaveActed()).as("an HTML page").isTrue();
        assertThat(new OutcomeUnknownException(Failure.of(BOOK, "reset"), Optional.empty(), null).bringMayHaveActed())
                .isTrue();
    }
}
