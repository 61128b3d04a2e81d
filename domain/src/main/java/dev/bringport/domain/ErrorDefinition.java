package dev.bringport.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a Bring error-code catalogue.
 *
 * @param code        the code
 * @param message     Bring's message for the code
 * @param suffixable  whether Bring may append a suffix to the code (the Booking catalogue gives
 *                    this flag; Order Management's does not, hence empty there)
 */
public record ErrorDefinition(ErrorCode code, String message, Optional<Boolean> suffixable) {

    /**
     * Requires a code, a message and a (possibly empty) suffixable flag.
     *
     * @param code       the code
     * @param message    Bring's message for the code
     * @param suffixable whether Bring may append a suffix to the code (the Booking catalogue gives
     *                   this flag; Order Management's does not, hence empty there)
     */
    public ErrorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suffixable, "suffixable");
    }
}
