package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.stockOrder;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_004;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.articleBalances;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.migration.BringPorts;
import org.junit.jupiter.api.Test;

/**
 * Bring's usage pattern: "a customer creates order and lets all of its suppliers get the order
 * and order details from Order Management". A supplier reads and packs the customer's orders;
 * sending the customer's orders and reading its stock stay the customer's.
 */
class SupplierAccessTest {

    private static final String SUPPLIER = "logistikk@selger-norge.example";

    private final InMemoryBring bring = freshBring().givenOrder(CUSTOMER, stockOrder(ORDER_ID))
            .givenStock(CUSTOMER, articleBalances()).givenSupplier(CUSTOMER, SUPPLIER);
    private final BringPorts supplier = bring.ports(SUPPLIER);

    @Test
    void aSupplierReadsTheCustomersOrderAndPacksIt() {
        assertThat(supplier.orderManagement().order(CUSTOMER, ORDER_ID).orderId()).isEqualTo(ORDER_ID);
        assertThat(supplier.orderManagement().orderLines(CUSTOMER, ORDER_ID)).hasSize(3);

        supplier.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4, "2", 1, "3", 3));

        assertThat(bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
        assertThat(bring.received().packingLists()).singleElement()
                .satisfies(received -> assertThat(received.userId()).isEqualTo(SUPPLIER));
    }

    @Test
    void aSupplierMayNotSendTheCustomersOrdersNorReadItsStock() {
        assertRefused(AccessDeniedException.class, () -> supplier.orderManagement().sendOrder(
                message(UpdateIndicator.DELETION, stockOrder(ORDER_ID))), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> supplier.warehousing().articleBalances(CUSTOMER), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> supplier.warehousing().order(CUSTOMER, ORDER_ID), PO_STATE_004);

        assertThat(bring.order(CUSTOMER, ORDER_ID)).isPresent();
    }

    @Test
    void beingASupplierOfOneCustomerGivesNoAccessToAnother() {
        bring.givenOrderManagementCustomer("30000000000").givenOrder("30000000000", stockOrder("other-order"));
        assertRefused(AccessDeniedException.class,
                () -> supplier.orderManagement().order("30000000000", "other-order"), PO_STATE_004);
    }
}
