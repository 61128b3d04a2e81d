package dev.bringport.adapter.inmemory;

import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.util.List;

/** The failures the in-memory Bring answers with: Bring's code and catalogue message, typed like Bring's. */
final class Rejections {

    private Rejections() {
    }

    /**
     * Bring's answer for a code, with its catalogue message and a detail.
     *
     * @param operation the operation
     * @param code      the code
     * @param detail    what was wrong, for the message
     * @return the failure to throw
     */
    static BringException of(Operation operation, ErrorCode code, String detail) {
        String message = ErrorCatalogue.orderManagement().find(code)
                .or(() -> ErrorCatalogue.booking().find(code))
                .map(ErrorDefinition::message)
                .orElse(code.value());
        return BringFailures.fromAnswer(Failure.of(operation, List.of(BringError.of(code, message + ": " + detail))));
    }
}
