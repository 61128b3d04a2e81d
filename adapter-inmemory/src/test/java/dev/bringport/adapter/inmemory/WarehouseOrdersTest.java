package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.withoutPerformingUnit;
import static dev.bringport.adapter.inmemory.ExampleOrders.withoutWarehouse;
import static dev.bringport.adapter.inmemory.ExampleOrders.withoutWsReference;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_001;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.WAREHOUSE;
import static dev.bringport.ports.contract.ContractExamples.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.warehouse.Warehousing;
import org.junit.jupiter.api.Test;

/**
 * Which orders Warehousing ("Pull order/article") shows: those addressed to a warehouse, by a
 * PerformingUnit party with a party id (as an order is sent) or a WS reference (as Bring reports
 * it), with status Received when they arrive. Others are not found there.
 */
class WarehouseOrdersTest {

    private final InMemoryBring bring = freshBring().givenOrderManagementCustomer(CUSTOMER);
    private final OrderManagement om = bring.orderManagement();
    private final Warehousing warehousing = bring.warehousing();

    @Test
    void anOrderSentWithAPerformingUnitIsInTheWarehouseAsReceived() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, withoutWsReference(order(ORDER_ID))));

        Order inWarehouse = warehousing.order(CUSTOMER, ORDER_ID);

        assertThat(inWarehouse.warehouse()).contains(WAREHOUSE);
        assertThat(inWarehouse.status()).contains(OrderStatus.RECEIVED);
        assertThat(warehousing.orderLines(CUSTOMER, ORDER_ID)).extracting(OrderLine::articleLineId)
                .containsExactly("1", "2", "3");
    }

    @Test
    void anOrderWithOnlyAWsReferenceIsInTheWarehouse() {
        bring.givenOrder(CUSTOMER, withoutPerformingUnit(order(ORDER_ID)));

        assertThat(warehousing.order(CUSTOMER, ORDER_ID).warehouse()).contains(WAREHOUSE);
        assertThat(warehousing.order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.RECEIVED);
    }

    @Test
    void anOrderWithoutAWarehouseIsInOrderManagementButNotFoundInWarehousing() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, withoutWarehouse(order(ORDER_ID))));

        assertThat(om.order(CUSTOMER, ORDER_ID).orderId()).isEqualTo(ORDER_ID);
        assertRefused(NotFoundException.class, () -> warehousing.order(CUSTOMER, ORDER_ID), PO_STATE_001);
        assertRefused(NotFoundException.class, () -> warehousing.orderLines(CUSTOMER, ORDER_ID), PO_STATE_001);
    }

    @Test
    void anUpdateThatDropsTheWarehouseTakesTheOrderOutOfWarehousing() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));

        om.sendOrder(message(UpdateIndicator.UPDATE, withoutWarehouse(order(ORDER_ID))));

        assertRefused(NotFoundException.class, () -> warehousing.order(CUSTOMER, ORDER_ID), PO_STATE_001);
    }

    @Test
    void aDeletedOrderLeavesTheWarehouse() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));

        om.sendOrder(message(UpdateIndicator.DELETION, order(ORDER_ID)));

        assertRefused(NotFoundException.class, () -> warehousing.order(CUSTOMER, ORDER_ID), PO_STATE_001);
    }

    @Test
    void theWarehouseSeesWhatRemainsAfterPacking() {
        om.sendOrder(message(UpdateIndicator.ORIGINAL, order(ORDER_ID)));

        om.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 3));

        assertThat(warehousing.orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isEqualByComparingTo("1");
        assertThat(warehousing.order(CUSTOMER, ORDER_ID)).isEqualTo(om.order(CUSTOMER, ORDER_ID));
    }

    @Test
    void aSeededOrderKeepsTheStatusItWasGiven() {
        bring.givenOrder(CUSTOMER, order(ORDER_ID).toBuilder().status(OrderStatus.PICKED).build());

        assertThat(warehousing.order(CUSTOMER, ORDER_ID).status()).contains(OrderStatus.PICKED);
    }
}
