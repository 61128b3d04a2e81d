package dev.bringport.ports;

import dev.bringport.domain.ErrorKind;
import java.util.Comparator;
import java.util.Optional;

/**
 * Turns what Bring answered into the right {@link BringException}, the same way for every
 * adapter: by the meaning of Bring's codes ({@link dev.bringport.domain.ErrorCode#kind()}), else
 * by the HTTP status.
 */
public final class BringFailures {

    private BringFailures() {
    }

    /**
     * The failure for an answer with Bring errors and/or an HTTP status. When codes of several
     * kinds come together, the one a caller must act on first wins: credentials, access, not
     * found, duplicate, internal, then invalid input.
     *
     * @param failure Bring's errors, HTTP status and request id
     * @return the exception to throw
     */
    public static BringException fromAnswer(Failure failure) {
        Optional<ErrorKind> kind = failure.codes().stream().map(code -> code.kind())
                .min(Comparator.comparingInt(BringFailures::priority));
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case UNAUTHENTICATED -> new UnauthenticatedException(failure);
                case ACCESS_DENIED -> new AccessDeniedException(failure);
                case NOT_FOUND -> new NotFoundException(failure);
                case DUPLICATE -> new DuplicateException(failure);
                case INTERNAL -> new UnavailableException(failure, null);
                case INVALID_INPUT -> InvalidRequestException.reportedByBring(failure);
            };
        }
        int status = failure.httpStatus().orElse(0);
        return switch (status) {
            case 400, 422 -> InvalidRequestException.reportedByBring(failure);
            case 401 -> new UnauthenticatedException(failure);
            case 403 -> new AccessDeniedException(failure);
            case 404 -> new NotFoundException(failure);
            case 409 -> new DuplicateException(failure);
            case 429 -> new RateLimitedException(failure, Optional.empty());
            case 500, 502, 503, 504 -> new UnavailableException(failure, null);
            default -> new UnexpectedResponseException(failure);
        };
    }

    private static int priority(ErrorKind kind) {
        return switch (kind) {
            case UNAUTHENTICATED -> 0;
            case ACCESS_DENIED -> 1;
            case NOT_FOUND -> 2;
            case DUPLICATE -> 3;
            case INTERNAL -> 4;
            case INVALID_INPUT -> 5;
        };
    }
}
