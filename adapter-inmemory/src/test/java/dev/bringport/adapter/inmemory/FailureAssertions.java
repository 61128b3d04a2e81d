package dev.bringport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringException;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserting how the in-memory Bring refuses a call: the type of failure and Bring's codes. */
final class FailureAssertions {

    private FailureAssertions() {
    }

    /**
     * Runs a call that must fail with a type of failure carrying exactly the given Bring codes.
     *
     * @param type  the failure type
     * @param call  the call
     * @param codes every code the failure must carry, in Bring's order
     * @param <E>   the failure type
     * @return the failure, for further assertions
     */
    static <E extends BringException> E assertRefused(Class<E> type, ThrowingCallable call, ErrorCode... codes) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s with %s", type.getSimpleName(), Arrays.toString(codes))
                .isInstanceOf(type);
        E failure = type.cast(thrown);
        assertThat(failure.codes()).containsExactly(codes);
        return failure;
    }
}
