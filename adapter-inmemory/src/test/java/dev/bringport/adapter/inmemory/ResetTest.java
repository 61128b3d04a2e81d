package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.stockOrder;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.booking;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.pickup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link InMemoryBring#reset()} forgets everything, so one instance can serve a whole test class. */
class ResetTest {

    private final InMemoryBring bring = freshBring();

    @Test
    void resetForgetsCustomersOrdersStockBookingsLabelsWhatWasReceivedAndQueuedFaults() {
        bring.givenStock(CUSTOMER, DemoData.articleBalances()).givenOrder(CUSTOMER, stockOrder(ORDER_ID))
                .givenBookingCustomers(bookingCustomers());
        bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 1));
        bring.orderManagement().sendEvent(TrackingEvent.of(CONSIGNMENT, EventType.COLLECTED, "Bring", NOW));
        URI label = bring.booking().book(booking(NOW)).links().labels().orElseThrow();
        bring.pickups().orderPickup(pickup(NOW).build());
        bring.failNext(Fault.UNAVAILABLE);

        bring.reset();

        assertThat(bring.received().orderMessages()).isEmpty();
        assertThat(bring.received().packingLists()).isEmpty();
        assertThat(bring.received().events()).isEmpty();
        assertThat(bring.received().bookings()).isEmpty();
        assertThat(bring.received().pickupOrders()).isEmpty();
        assertThat(bring.order(CUSTOMER, ORDER_ID)).isEmpty();
        assertThat(bring.stock(CUSTOMER)).isEmpty();
        assertThat(bring.orderManagement().isOrderManagementCustomer(CUSTOMER)).as("the queued fault is gone too").isFalse();
        assertRefused(InvalidRequestException.class, () -> bring.orderManagement().order(CUSTOMER, ORDER_ID), PO_INPUT_001);
        assertThat(bring.booking().customers()).isEmpty();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> bring.booking().label(label));
    }

    @Test
    void aResetBringCanBeSeededAndUsedAgain() {
        bring.givenOrder(CUSTOMER, stockOrder(ORDER_ID)).givenBookingCustomers(bookingCustomers());
        bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4));
        bring.reset();

        bring.givenStock(CUSTOMER, DemoData.articleBalances()).givenOrder(CUSTOMER, stockOrder(ORDER_ID))
                .givenBookingCustomers(bookingCustomers());
        bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4));
        bring.booking().book(booking(NOW));

        assertThat(bring.received().packingLists()).hasSize(1);
        assertThat(bring.received().bookings()).hasSize(1);
        assertThat(bring.orderManagement().orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isZero();
    }
}
