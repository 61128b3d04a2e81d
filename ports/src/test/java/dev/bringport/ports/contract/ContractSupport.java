package dev.bringport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every contract shares: a fresh fixture per test, skipping operations the transport does
 * not offer, and the check that those operations say so in a typed way.
 */
abstract class ContractSupport {

    /** The fixture of the current test. */
    protected BringFixture bring;

    /**
     * Creates a fixture with an empty Bring for one test.
     *
     * @return the fixture
     */
    protected abstract BringFixture newFixture();

    /**
     * The port under test of this contract.
     *
     * @return the port
     */
    protected abstract Transport port();

    /**
     * One call of each operation of this contract's capability, for the not-supported check.
     *
     * @return a call per operation
     */
    protected abstract Map<Operation, ThrowingCallable> callsPerOperation();

    @BeforeEach
    void createFixture() {
        bring = newFixture();
    }

    @AfterEach
    void closeFixture() throws Exception {
        bring.close();
    }

    /**
     * Skips the test (reported as skipped, not passed) if the transport does not offer the operation.
     *
     * @param operation the operation the test is about
     */
    protected void assumeSupported(Operation operation) {
        assumeTrue(port().supports(operation), () -> port().transport() + " does not offer " + operation);
    }

    @Test
    void operationsTheTransportDoesNotOfferFailWithNotSupportedWithoutSending() {
        callsPerOperation().forEach((operation, call) -> {
            if (!port().supports(operation)) {
                NotSupportedByTransportException e = catchThrowableOfType(NotSupportedByTransportException.class, call);
                assertThat(e).as("%s is declared unsupported and must say so", operation).isNotNull();
                assertThat(e.operation()).isEqualTo(operation);
                assertThat(e.alternative()).isNotBlank();
            }
        });
    }

    /**
     * Runs a call that must be rejected as invalid and returns the failure.
     *
     * @param call  the call
     * @param codes Bring codes the failure must carry
     * @return the failure
     */
    protected static InvalidRequestException assertInvalid(ThrowingCallable call, ErrorCode... codes) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
        assertThat(e).as("expected an InvalidRequestException with %s", (Object) codes).isNotNull();
        assertThat(e.codes()).contains(codes);
        return e;
    }

    /**
     * Runs a call that must fail with a type of failure and a Bring code.
     *
     * @param type the failure type
     * @param call the call
     * @param code the Bring code it must carry
     * @param <E>  the failure type
     * @return the failure
     */
    protected static <E extends BringException> E assertFails(Class<E> type, ThrowingCallable call, ErrorCode code) {
        E e = catchThrowableOfType(type, call);
        assertThat(e).as("expected %s with %s", type.getSimpleName(), code).isNotNull();
        assertThat(e.codes()).contains(code);
        return e;
    }

    /**
     * Whether a failure names a field among its violations (when the library found them).
     *
     * @param e     the failure
     * @param field the start of the field path
     * @return whether some violation is about that field
     */
    protected static boolean namesField(InvalidRequestException e, String field) {
        return e.violations().stream().map(Violation::field).anyMatch(f -> f.startsWith(field))
                || e.failure().errors().stream().anyMatch(err -> err.message().contains(field));
    }
}
