package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.ExampleOrders.message;
import static dev.bringport.adapter.inmemory.ExampleOrders.packing;
import static dev.bringport.adapter.inmemory.ExampleOrders.remaining;
import static dev.bringport.adapter.inmemory.ExampleOrders.stockOrder;
import static dev.bringport.adapter.inmemory.ExampleOrders.withQuantities;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_004;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.OTHER_CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.articleBalances;
import static dev.bringport.ports.contract.ContractExamples.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.warehouse.Warehousing;
import org.junit.jupiter.api.Test;

/**
 * Each Mybring user sees only the Order Management customers it acts for: another user's customer
 * is {@code PO_STATE_004} ("Access is denied to read this purchaseorder"), a customer Bring does not
 * know is {@code PO_INPUT_001} ("Must provide valid customer ID"), and neither changes anything.
 */
class OrderVisibilityPerUserTest {

    private static final String OTHER_USER = "logistikk@selger-norge.example";

    private final InMemoryBring bring = freshBring().givenOrder(CUSTOMER, stockOrder(ORDER_ID))
            .givenStock(CUSTOMER, articleBalances());
    private final OrderManagement otherUsersOrders = bring.ports(OTHER_USER).orderManagement();
    private final Warehousing otherUsersWarehouse = bring.ports(OTHER_USER).warehousing();

    @Test
    void anotherUserCannotReadTheOrderItsLinesPackingListsOrSenderStatus() {
        assertRefused(AccessDeniedException.class, () -> otherUsersOrders.order(CUSTOMER, ORDER_ID), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersOrders.orderLines(CUSTOMER, ORDER_ID), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersOrders.packingLists(CUSTOMER, ORDER_ID), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersOrders.senderStatus(CUSTOMER, ORDER_ID), PO_STATE_004);

        assertThat(bring.orderManagement().order(CUSTOMER, ORDER_ID).orderId()).isEqualTo(ORDER_ID);
    }

    @Test
    void anotherUserCannotPackTheOrderAndNothingChanges() {
        var before = bring.order(CUSTOMER, ORDER_ID).orElseThrow();
        var stockBefore = bring.stock(CUSTOMER);

        assertRefused(AccessDeniedException.class,
                () -> otherUsersOrders.addPackingList(CUSTOMER, ORDER_ID, packing(CONSIGNMENT, "1", 4)), PO_STATE_004);

        assertThat(bring.order(CUSTOMER, ORDER_ID)).contains(before);
        assertThat(remaining(before)).containsExactly("4", "1", "3");
        assertThat(bring.stock(CUSTOMER)).isEqualTo(stockBefore);
        assertThat(bring.received().packingLists()).isEmpty();
    }

    @Test
    void anotherUserCannotUpdateOrDeleteTheCustomersOrder() {
        assertRefused(AccessDeniedException.class, () -> otherUsersOrders.sendOrder(
                message(UpdateIndicator.UPDATE, withQuantities(stockOrder(ORDER_ID), 40, 10, 30))), PO_STATE_004);
        assertRefused(AccessDeniedException.class,
                () -> otherUsersOrders.sendOrder(message(UpdateIndicator.DELETION, stockOrder(ORDER_ID))), PO_STATE_004);

        assertThat(remaining(bring.order(CUSTOMER, ORDER_ID).orElseThrow())).containsExactly("4", "1", "3");
        assertThat(bring.received().orderMessages()).isEmpty();
    }

    @Test
    void anotherUserCannotReadTheOrderInTheWarehouseNorTheCustomersStock() {
        assertRefused(AccessDeniedException.class, () -> otherUsersWarehouse.order(CUSTOMER, ORDER_ID), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersWarehouse.orderLines(CUSTOMER, ORDER_ID), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersWarehouse.articleBalances(CUSTOMER), PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersWarehouse.articleBalance(CUSTOMER, "5300311"),
                PO_STATE_004);
        assertRefused(AccessDeniedException.class, () -> otherUsersWarehouse.searchArticleBalances(CUSTOMER, "HD"),
                PO_STATE_004);
    }

    @Test
    void eachUserActsOnlyForItsOwnCustomers() {
        bring.givenOrderManagementCustomer(OTHER_CUSTOMER, OTHER_USER).givenOrder(OTHER_CUSTOMER, order("20000000000-1"));

        assertThat(otherUsersOrders.order(OTHER_CUSTOMER, "20000000000-1").orderId()).isEqualTo("20000000000-1");
        assertRefused(AccessDeniedException.class, () -> bring.orderManagement().order(OTHER_CUSTOMER, "20000000000-1"),
                PO_STATE_004);
    }

    @Test
    void anyUserMayAskWhetherACustomerUsesOrderManagement() {
        // The page's usage pattern: "suppliers will first check whether a customer is a Order Management customer".
        assertThat(otherUsersOrders.isOrderManagementCustomer(CUSTOMER)).isTrue();
        assertThat(otherUsersOrders.isOrderManagementCustomer("99999999999")).isFalse();
    }

    @Test
    void aCustomerBringDoesNotKnowIsRefusedWithPO_INPUT_001ByEveryOrderCall() {
        String unknown = "99999999999";
        OrderManagement om = bring.orderManagement();

        assertRefused(InvalidRequestException.class, () -> om.order(unknown, ORDER_ID), PO_INPUT_001);
        assertRefused(InvalidRequestException.class, () -> om.orderLines(unknown, ORDER_ID), PO_INPUT_001);
        assertRefused(InvalidRequestException.class, () -> om.senderStatus(unknown, ORDER_ID), PO_INPUT_001);
        assertRefused(InvalidRequestException.class,
                () -> om.addPackingList(unknown, ORDER_ID, packing(CONSIGNMENT, "1", 1)), PO_INPUT_001);
        assertRefused(InvalidRequestException.class, () -> om.sendOrder(
                OrderMessage.of(OrderType.PURCHASE_ORDER, unknown, ExampleOrders.NOW, order(ORDER_ID))), PO_INPUT_001);
        assertRefused(InvalidRequestException.class, () -> bring.warehousing().articleBalances(unknown), PO_INPUT_001);

        assertThat(bring.order(unknown, ORDER_ID)).isEmpty();
        assertThat(bring.received().orderMessages()).isEmpty();
        assertThat(bring.received().packingLists()).isEmpty();
    }

    @Test
    void anUnknownCustomerIsFoundOutByBringNotBeforeSending() {
        InvalidRequestException e = assertRefused(InvalidRequestException.class,
                () -> bring.orderManagement().order("99999999999", ORDER_ID), PO_INPUT_001);

        assertThat(e.detectedBeforeSending()).isFalse();
    }
}
