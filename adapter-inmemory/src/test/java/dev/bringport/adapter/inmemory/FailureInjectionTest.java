package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.remaining;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.order;
import static dev.bringport.ports.contract.ContractExamples.pickup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnavailableException;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Injected failures, to test how an application copes with Bring: throttling (429, one second
 * Retry-After) and unavailability (503) happen before Bring acts, so nothing changes; a timeout
 * fails a read, and a write is carried out before its caller learns only that the outcome is
 * unknown. Each injected fault is used by exactly one call, first queued first used.
 */
class FailureInjectionTest {

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers())
            .givenOrder(CUSTOMER, order(ORDER_ID));

    @Test
    void aRateLimitedBookingSaysWhenToRetryAndBooksNothing() {
        bring.failNext(Fault.RATE_LIMITED);

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> bring.booking().book(booking(NOW)));

        assertThat(e).isNotNull();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(429));
        assertThat(e.operation()).isEqualTo(Operation.BOOK);
        assertThat(e.isTransient()).isTrue();
        assertThat(bring.received().bookings()).isEmpty();
        assertThat(bring.booking().book(booking(NOW)).consignmentNumber()).as("the throttled call used no number")
                .isEqualTo("70438100000000016");
    }

    @Test
    void aRequestRejectedBeforeSendingMeetsNoFaultTheFaultWaitsForTheNextCallThatIsSent() {
        bring.failNext(Fault.RATE_LIMITED);
        var withoutSender = BookingRequest.test(consignment(NOW).build());

        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> bring.booking().book(withoutSender))).isNotNull();
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> bring.booking().book(booking(NOW)))).isNotNull();
        assertThat(bring.received().bookings()).isEmpty();
    }

    @Test
    void aRateLimitedPackingListChangesNothing() {
        bring.failNext(Fault.RATE_LIMITED);

        assertThatExceptionOfType(RateLimitedException.class)
                .isThrownBy(() -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4)));

        assertThat(remaining(bring.order(CUSTOMER, ORDER_ID).orElseThrow())).containsExactly("4", "1", "3");
        assertThat(bring.received().packingLists()).isEmpty();
    }

    @Test
    void anUnavailableBringAnswers503AndDoesNothing() {
        bring.failNext(Fault.UNAVAILABLE);

        UnavailableException e = catchThrowableOfType(UnavailableException.class,
                () -> bring.orderManagement().sendOrder(message(UpdateIndicator.ORIGINAL, order("11873875-new"))));

        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(e.isTransient()).isTrue();
        assertThat(bring.order(CUSTOMER, "11873875-new")).isEmpty();
        assertThat(bring.received().orderMessages()).isEmpty();
    }

    @Test
    void aReadThatTimesOutFailsWithATimeout() {
        bring.failNext(Fault.TIMEOUT);

        TimedOutException e = catchThrowableOfType(TimedOutException.class,
                () -> bring.orderManagement().order(CUSTOMER, ORDER_ID));

        assertThat(e.operation()).isEqualTo(Operation.GET_ORDER);
        assertThat(e.isTransient()).isTrue();
        assertThat(bring.orderManagement().order(CUSTOMER, ORDER_ID).orderId()).isEqualTo(ORDER_ID);
    }

    @Test
    void aBookingThatTimesOutIsCarriedOutAndItsOutcomeIsUnknownToTheCaller() {
        bring.failNext(Fault.TIMEOUT);

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> bring.booking().book(booking(NOW)));

        assertThat(e.correlationId()).contains("INTERNAL-123456");
        assertThat(e.operation()).isEqualTo(Operation.BOOK);
        assertThat(bring.received().bookings()).singleElement().satisfies(booked -> {
            assertThat(booked.request()).isEqualTo(booking(NOW));
            assertThat(booked.confirmation().correlationId()).contains("INTERNAL-123456");
        });
        BookingConfirmation madeAnyway = bring.received().bookings().get(0).confirmation();
        assertThat(bring.booking().label(madeAnyway.links().labels().orElseThrow())).startsWith("%PDF-".getBytes());
    }

    @Test
    void aPackingListThatTimesOutIsAddedAndItsOutcomeIsUnknownToTheCaller() {
        bring.failNext(Operation.ADD_PACKING_LIST, Fault.TIMEOUT);

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4)));

        assertThat(e.correlationId()).contains(CONSIGNMENT);
        assertThat(remaining(bring.order(CUSTOMER, ORDER_ID).orElseThrow())).containsExactly("0", "1", "3");
        assertThat(bring.received().packingLists()).hasSize(1);
    }

    @Test
    void aPickupThatTimesOutIsOrdered() {
        bring.failNext(Operation.ORDER_PICKUP, Fault.TIMEOUT);

        assertThatExceptionOfType(OutcomeUnknownException.class)
                .isThrownBy(() -> bring.pickups().orderPickup(pickup(NOW).build()));

        assertThat(bring.received().pickupOrders()).hasSize(1);
    }

    @Test
    void aFaultForOneOperationLeavesEveryOtherOperationAlone() {
        bring.failNext(Operation.GET_SENDER_STATUS, Fault.UNAVAILABLE);

        bring.booking().book(booking(NOW));
        bring.orderManagement().order(CUSTOMER, ORDER_ID);
        bring.orderManagement().orderLines(CUSTOMER, ORDER_ID);
        bring.pickups().orderPickup(pickup(NOW).build());

        assertThatExceptionOfType(UnavailableException.class)
                .isThrownBy(() -> bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID));
        assertThatNoException().isThrownBy(() -> bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID));
    }

    @Test
    void eachFaultIsUsedOnceInTheOrderItWasQueued() {
        bring.failNext(Fault.RATE_LIMITED).failNext(Fault.UNAVAILABLE).failNext(Fault.TIMEOUT);

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> bring.booking().customers())).isNotNull();
        assertThat(catchThrowableOfType(UnavailableException.class, () -> bring.booking().customers())).isNotNull();
        assertThat(catchThrowableOfType(TimedOutException.class, () -> bring.booking().customers())).isNotNull();
        assertThat(bring.booking().customers()).isEqualTo(bookingCustomers());
    }

    @Test
    void aFaultForAnOperationWaitsForItWhileOtherFaultsHitOtherCalls() {
        bring.failNext(Operation.BOOK, Fault.TIMEOUT).failNext(Fault.UNAVAILABLE);

        assertThat(catchThrowableOfType(UnavailableException.class, () -> bring.orderManagement().order(CUSTOMER, ORDER_ID)))
                .isNotNull();
        assertThatNoException().isThrownBy(() -> bring.orderManagement().order(CUSTOMER, ORDER_ID));
        assertThat(catchThrowableOfType(OutcomeUnknownException.class, () -> bring.booking().book(booking(NOW))))
                .isNotNull();
        assertThatNoException().isThrownBy(() -> bring.booking().book(booking(NOW)));
    }

    @Test
    void faultsHitEveryUsersCallsBecauseTheyShareOneBring() {
        bring.failNext(Operation.GET_CUSTOMERS, Fault.UNAVAILABLE);

        assertThat(catchThrowableOfType(UnavailableException.class,
                () -> bring.ports("another-user@example.com").booking().customers())).isNotNull();
        assertThat(bring.booking().customers()).isEqualTo(bookingCustomers());
    }
}
