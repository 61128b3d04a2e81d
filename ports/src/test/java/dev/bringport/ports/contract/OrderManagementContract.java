package dev.bringport.ports.contract;

import static dev.bringport.domain.order.OrderManagementCodes.*;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.OTHER_CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.order;
import static dev.bringport.ports.contract.ContractExamples.originalOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderManagement} must do: Bring's Order Management page, its typical usage
 * pattern and its documented failures.
 */
public abstract class OrderManagementContract extends ContractSupport {

    private OrderManagement om() {
        return bring.orderManagement();
    }

    @Override
    protected Transport port() {
        return om();
    }

    @Override
    protected Map<Operation, ThrowingCallable> callsPerOperation() {
        PackingList list = PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE)));
        Map<Operation, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put(Operation.IS_ORDER_MANAGEMENT_CUSTOMER, () -> om().isOrderManagementCustomer(CUSTOMER));
        calls.put(Operation.SEND_ORDER, () -> om().sendOrder(originalOrder(ORDER_ID, bring.now())));
        calls.put(Operation.GET_ORDER, () -> om().order(CUSTOMER, ORDER_ID));
        calls.put(Operation.GET_ORDER_LINES, () -> om().orderLines(CUSTOMER, ORDER_ID));
        calls.put(Operation.GET_PACKING_LISTS, () -> om().packingLists(CUSTOMER, ORDER_ID));
        calls.put(Operation.ADD_PACKING_LIST, () -> om().addPackingList(CUSTOMER, ORDER_ID, list));
        calls.put(Operation.CREATE_TRANSPORT_ORDER, () -> om().createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(list)));
        calls.put(Operation.GET_SENDER_STATUS, () -> om().senderStatus(CUSTOMER, ORDER_ID));
        calls.put(Operation.SEND_EVENT, () -> om().sendEvent(event("70438101268018539", EventType.DELIVERED)));
        calls.put(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES, () -> om().errorCodes());
        return calls;
    }

    private TrackingEvent event(String consignmentId, EventType type) {
        return TrackingEvent.of(consignmentId, type, "Selger Norge AS", bring.now());
    }

    /** The order as any transport reads it back: without the state Bring keeps (status, remaining quantities). */
    private static Order content(Order order) {
        return order.toBuilder().build().withLines(order.lines().stream()
                .map(l -> new OrderLine(l.orderLineId(), l.articleLineId(), l.articleIds(), l.articleName(),
                        l.description(), l.quantity(), Optional.empty(), l.unitPrice(), l.dates())).toList());
    }

    private static void assertSameContent(Order actual, Order expected) {
        assertThat(content(actual)).usingRecursiveComparison()
                .ignoringFields("status", "senderStatus")
                .isEqualTo(content(expected));
    }

    // --- is customer -------------------------------------------------------------------------

    @Test
    void aSupplierLearnsThatTheCustomerUsesOrderManagement() {
        assumeSupported(Operation.IS_ORDER_MANAGEMENT_CUSTOMER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertThat(om().isOrderManagementCustomer(CUSTOMER)).isTrue();
    }

    @Test
    void aCustomerBringDoesNotKnowIsNoOrderManagementCustomer() {
        assumeSupported(Operation.IS_ORDER_MANAGEMENT_CUSTOMER);
        assertThat(om().isOrderManagementCustomer("99999999999")).isFalse();
    }

    @Test
    void aBlankCustomerIdIsRejectedBeforeSending() {
        assumeSupported(Operation.IS_ORDER_MANAGEMENT_CUSTOMER);
        assertInvalid(() -> om().isOrderManagementCustomer(" "), PO_INPUT_001);
    }

    // --- send order --------------------------------------------------------------------------

    @Test
    void anOriginalOrderCanBeReadBackWithItsPartiesAndLines() {
        assumeSupported(Operation.SEND_ORDER);
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        om().sendOrder(originalOrder(ORDER_ID, bring.now()));

        Order read = om().order(CUSTOMER, ORDER_ID);
        assertSameContent(read, order(ORDER_ID));
        assertThat(read.party(PartyRole.DELIVERY_PARTY).flatMap(p -> p.name())).contains("Selger Norge AS");
    }

    @Test
    void anOriginalForAnOrderThatExistsIsADuplicate() {
        assumeSupported(Operation.SEND_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertFails(DuplicateException.class, () -> om().sendOrder(originalOrder(ORDER_ID, bring.now())), PO_INPUT_024);
    }

    @Test
    void anUpdateReplacesTheOrder() {
        assumeSupported(Operation.SEND_ORDER);
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        Order changed = order(ORDER_ID).toBuilder().updateIndicator(UpdateIndicator.UPDATE).build();
        changed = changed.withLines(changed.lines().subList(0, 2));

        om().sendOrder(new OrderMessage(OrderType.PURCHASE_ORDER, "update-1", CUSTOMER, bring.now(), changed));

        assertThat(om().order(CUSTOMER, ORDER_ID).lines()).extracting(OrderLine::articleLineId).containsExactly("1", "2");
    }

    @Test
    void anUpdateOfAnOrderThatDoesNotExistIsNotFound() {
        assumeSupported(Operation.SEND_ORDER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        Order update = order(ORDER_ID).toBuilder().updateIndicator(UpdateIndicator.UPDATE).build();
        assertThatThrownBy(() -> om().sendOrder(new OrderMessage(OrderType.PURCHASE_ORDER, "u", CUSTOMER, bring.now(), update)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletionRemovesTheOrderAndADeletionOfAMissingOrderIsNotFound() {
        assumeSupported(Operation.SEND_ORDER);
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        Order deletion = order(ORDER_ID).toBuilder().updateIndicator(UpdateIndicator.DELETION).build();
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, "d", CUSTOMER, bring.now(), deletion);

        om().sendOrder(message);

        assertThatThrownBy(() -> om().order(CUSTOMER, ORDER_ID)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> om().sendOrder(message)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOrderWithoutItsRequiredFieldsIsRejectedWithEveryViolationBeforeSending() {
        assumeSupported(Operation.SEND_ORDER);
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        Order incomplete = Order.builder(ORDER_ID).build();

        InvalidRequestException e = assertInvalid(() -> om().sendOrder(
                new OrderMessage(OrderType.ORDER, "m", CUSTOMER, bring.now(), incomplete)), PO_INPUT_019);

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(namesField(e, "Party[DeliveryParty]")).isTrue();
        assertThat(namesField(e, "Party[OrderingParty]")).isTrue();
        assertThat(namesField(e, "OrderLineSet")).isTrue();
        assertThatThrownBy(() -> om().order(CUSTOMER, ORDER_ID)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOrderFromADemoCustomerNumberIsRejected() {
        assumeSupported(Operation.SEND_ORDER);
        assertInvalid(() -> om().sendOrder(new OrderMessage(OrderType.ORDER, "m", "5", bring.now(), order(ORDER_ID))),
                PO_INPUT_001);
    }

    @Test
    void aLineWithANegativeQuantityIsRejected() {
        assumeSupported(Operation.SEND_ORDER);
        Order negative = order(ORDER_ID);
        OrderLine bad = OrderLine.builder("9").articleId(ArticleId.customerItemNo("X"))
                .quantity(Quantity.of(-1, "STK")).build();
        negative = negative.withLines(List.of(negative.lines().get(0), bad));
        Order finalNegative = negative;
        assertInvalid(() -> om().sendOrder(new OrderMessage(OrderType.ORDER, "m", CUSTOMER, bring.now(), finalNegative)),
                PO_INPUT_011);
    }

    // --- read order --------------------------------------------------------------------------

    @Test
    void anOrderPlacedAtBringCanBeRead() {
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertSameContent(om().order(CUSTOMER, ORDER_ID), order(ORDER_ID));
    }

    @Test
    void readingAnOrderThatDoesNotExistIsNotFound() {
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertFails(NotFoundException.class, () -> om().order(CUSTOMER, "no-such-order"), PO_STATE_001);
    }

    @Test
    void readingAnotherUsersOrderIsAccessDenied() {
        assumeSupported(Operation.GET_ORDER);
        bring.givenOrderOfAnotherUser(OTHER_CUSTOMER, order(ORDER_ID));
        assertFails(AccessDeniedException.class, () -> om().order(OTHER_CUSTOMER, ORDER_ID), PO_STATE_004);
    }

    @Test
    void aBlankOrderIdIsRejectedBeforeSending() {
        assumeSupported(Operation.GET_ORDER);
        assertInvalid(() -> om().order(CUSTOMER, ""), PO_INPUT_002);
    }

    @Test
    void theLinesOfAnOrderShowWhatRemainsToPack() {
        assumeSupported(Operation.GET_ORDER_LINES);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));

        List<OrderLine> lines = om().orderLines(CUSTOMER, ORDER_ID);

        assertThat(lines).extracting(OrderLine::articleLineId).containsExactly("1", "2", "3");
        assertThat(lines).extracting(OrderLine::remaining)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), BigDecimal.ONE, new BigDecimal("3"));
    }

    @Test
    void theLinesOfAnOrderThatDoesNotExistAreNotFound() {
        assumeSupported(Operation.GET_ORDER_LINES);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertThatThrownBy(() -> om().orderLines(CUSTOMER, "no-such-order")).isInstanceOf(NotFoundException.class);
    }

    // --- packing lists and sender status ------------------------------------------------------

    @Test
    void packingEveryLineLocksTheOrder() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        assumeSupported(Operation.GET_SENDER_STATUS);
        assumeSupported(Operation.GET_PACKING_LISTS);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertThat(om().packingLists(CUSTOMER, ORDER_ID)).isEmpty();
        assertThat(om().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);

        PackingList first = PackingList.of("70438101268018539", List.of(
                PackingListItem.of("1", new BigDecimal("4")), PackingListItem.of("2", BigDecimal.ONE)));
        om().addPackingList(CUSTOMER, ORDER_ID, first);
        assertThat(om().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);

        PackingList second = PackingList.of("70438101268018546", List.of(PackingListItem.of("3", new BigDecimal("3"))));
        om().addPackingList(CUSTOMER, ORDER_ID, second);

        assertThat(om().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
        assertThat(om().packingLists(CUSTOMER, ORDER_ID)).extracting(PackingList::consignmentId)
                .containsExactly("70438101268018539", "70438101268018546");
    }

    @Test
    void aPackingListReducesWhatRemainsOnItsLines() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        assumeSupported(Operation.GET_ORDER_LINES);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));

        om().addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70438101268018539",
                List.of(PackingListItem.of("1", new BigDecimal("3")))));

        assertThat(om().orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isEqualByComparingTo("1");
    }

    @Test
    void aPackingListWithoutConsignmentIdIsRejected() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertInvalid(() -> om().addPackingList(CUSTOMER, ORDER_ID,
                PackingList.of("", List.of(PackingListItem.of("1", BigDecimal.ONE)))), PO_INPUT_007);
    }

    @Test
    void aPackingListWithANegativeQuantityIsRejected() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertInvalid(() -> om().addPackingList(CUSTOMER, ORDER_ID,
                PackingList.of("70438101268018539", List.of(PackingListItem.of("1", new BigDecimal("-1"))))), PO_INPUT_011);
    }

    @Test
    void packingALineThatIsNotOnTheOrderIsRejectedAndChangesNothing() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        assumeSupported(Operation.GET_ORDER_LINES);
        assumeSupported(Operation.GET_PACKING_LISTS);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));

        assertInvalid(() -> om().addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70438101268018539", List.of(
                PackingListItem.of("1", BigDecimal.ONE), PackingListItem.of("99", BigDecimal.ONE)))), PO_INPUT_012);

        assertThat(om().packingLists(CUSTOMER, ORDER_ID)).isEmpty();
        assertThat(om().orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isEqualByComparingTo("4");
    }

    @Test
    void packingMoreThanRemainsIsRefused() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        om().addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70438101268018539",
                List.of(PackingListItem.of("2", BigDecimal.ONE))));

        assertInvalid(() -> om().addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70438101268018546",
                List.of(PackingListItem.of("2", BigDecimal.ONE)))), PO_INPUT_017);
    }

    @Test
    void aPackingListForAnOrderThatDoesNotExistIsNotFound() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertFails(NotFoundException.class, () -> om().addPackingList(CUSTOMER, "no-such-order",
                PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE)))), PO_INPUT_010);
    }

    @Test
    void packingAnotherUsersOrderIsAccessDenied() {
        assumeSupported(Operation.ADD_PACKING_LIST);
        bring.givenOrderOfAnotherUser(OTHER_CUSTOMER, order(ORDER_ID));
        assertFails(AccessDeniedException.class, () -> om().addPackingList(OTHER_CUSTOMER, ORDER_ID,
                PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE)))), PO_STATE_004);
    }

    @Test
    void theSenderStatusOfAnOrderThatDoesNotExistIsNotFound() {
        assumeSupported(Operation.GET_SENDER_STATUS);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertThatThrownBy(() -> om().senderStatus(CUSTOMER, "no-such-order")).isInstanceOf(NotFoundException.class);
    }

    // --- transport orders ---------------------------------------------------------------------

    @Test
    void aTransportOrderIsAcceptedForLinesOfTheOrder() {
        assumeSupported(Operation.CREATE_TRANSPORT_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        om().createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(PackingList.of("70438101268018539",
                List.of(PackingListItem.of("1", new BigDecimal("4"))))));
    }

    @Test
    void aTransportOrderFollowsThePackingListRules() {
        assumeSupported(Operation.CREATE_TRANSPORT_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertInvalid(() -> om().createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(
                PackingList.of("", List.of(PackingListItem.of("1", BigDecimal.ONE))))), PO_INPUT_007);
        assertInvalid(() -> om().createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(
                PackingList.of("70438101268018539", List.of(PackingListItem.of("99", BigDecimal.ONE))))), PO_INPUT_012);
        assertThatThrownBy(() -> om().createTransportOrder(CUSTOMER, "no-such-order", new TransportOrder(
                PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE))))))
                .isInstanceOf(NotFoundException.class);
    }

    // --- events --------------------------------------------------------------------------------

    @Test
    void aTrackingEventIsAccepted() {
        assumeSupported(Operation.SEND_EVENT);
        om().sendEvent(event("70438101268018539", EventType.DELIVERED));
    }

    @Test
    void anEventWithoutConsignmentIdIsRejected() {
        assumeSupported(Operation.SEND_EVENT);
        assertInvalid(() -> om().sendEvent(event(" ", EventType.DELIVERED)), PO_INPUT_007);
    }

    @Test
    void anEventOfATypeBringDoesNotKnowIsRejected() {
        assumeSupported(Operation.SEND_EVENT);
        assertInvalid(() -> om().sendEvent(event("70438101268018539", new EventType("TELEPORTED"))), PO_INPUT_008);
        assertInvalid(() -> om().sendEvent(event("70438101268018539", new EventType(""))), PO_INPUT_008);
    }

    @Test
    void anEventWithoutTimestampIsRejected() {
        assumeSupported(Operation.SEND_EVENT);
        assertInvalid(() -> om().sendEvent(new TrackingEvent("70438101268018539", EventType.DELIVERED,
                Optional.empty(), Optional.empty())), PO_INPUT_009);
    }

    // --- error codes ---------------------------------------------------------------------------

    @Test
    void theErrorCodesAreBringsList() {
        assumeSupported(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES);
        List<ErrorDefinition> codes = om().errorCodes();
        assertThat(codes).hasSize(29);
        assertThat(codes).filteredOn(d -> d.code().equals(ErrorCode.of("PO_INPUT_007")))
                .extracting(ErrorDefinition::message).containsExactly("Consignment ID is required");
    }
}
