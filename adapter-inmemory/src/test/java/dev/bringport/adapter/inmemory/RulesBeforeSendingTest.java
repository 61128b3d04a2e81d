package dev.bringport.adapter.inmemory;

import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_002;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_006;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_007;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_012;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.contract.ContractExamples;
import org.junit.jupiter.api.Test;

/**
 * Like the REST and SOAP adapters, the in-memory Bring refuses a request that breaks several of
 * Bring's rules before it is received, listing every violation with its field and code.
 */
class RulesBeforeSendingTest {

    private final InMemoryBring bring = InMemoryBring.withDemoData();

    @Test
    void aBookingBreakingFourRulesIsRefusedWithEveryViolationAndNotReceived() {
        BookingRequest fourRulesBroken = ContractExamples.bookingBreakingFourRules();

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking().book(fourRulesBroken));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.violations()).containsExactlyElementsOf(BookingRules.violations(fourRulesBroken, bring.now()))
                .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("consignments[0].shippingDateTime", BOOK_INPUT_012),
                        tuple("consignments[0].parties.sender", BOOK_INPUT_006),
                        tuple("consignments[0].parties.recipient", BOOK_INPUT_007),
                        tuple("consignments[0].packages[0].weightInKg", BOOK_INPUT_002));
        assertThat(bring.received().bookings()).isEmpty();
    }
}
