package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.Violation;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.Capability;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.warehouse.Warehousing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every client checks are checked before sending: a call that breaks one fails with
 * every violation and its Bring code, says that nothing was sent, and nothing reaches the server.
 */
class RulesBeforeSendingTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final PackingList VALID_LIST = PackingList.of("70438101268018539",
            List.of(PackingListItem.of("1", BigDecimal.ONE)));

    private final ExampleBring bring = new ExampleBring(WireFormat.JSON);

    @AfterEach
    void stop() {
        bring.close();
    }

    private record Call(String name, Operation operation, Function<ExampleBring, ThrowingCallable> call, List<String> codes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Call om(String name, Operation op, Function<OrderManagement, ThrowingCallable> call, String... codes) {
        return new Call(name, op, b -> call.apply(b.orderManagement()), List.of(codes));
    }

    private static Call wh(String name, Operation op, Function<Warehousing, ThrowingCallable> call, String... codes) {
        return new Call(name, op, b -> call.apply(b.warehousing()), List.of(codes));
    }

    private static Order validOrder() {
        return CreateOrderRequestTest.message().order();
    }

    static Stream<Arguments> brokenRules() {
        Order negative = validOrder().withLines(List.of(OrderLine.builder("9").articleId(ArticleId.customerItemNo("X"))
                .quantity(Quantity.of(-1, "STK")).build()));
        return Stream.of(
                om("blank customer of isOrderManagementCustomer", Operation.IS_ORDER_MANAGEMENT_CUSTOMER,
                        om -> () -> om.isOrderManagementCustomer(" "), "PO_INPUT_001"),
                om("an order without its required fields", Operation.SEND_ORDER,
                        om -> () -> om.sendOrder(new OrderMessage(OrderType.ORDER, "m", CUSTOMER, NOW, Order.builder("1").build())),
                        "PO_INPUT_019"),
                om("an order from a demo customer", Operation.SEND_ORDER,
                        om -> () -> om.sendOrder(new OrderMessage(OrderType.ORDER, "m", "5", NOW, validOrder())), "PO_INPUT_001"),
                om("an order with a negative quantity", Operation.SEND_ORDER,
                        om -> () -> om.sendOrder(new OrderMessage(OrderType.ORDER, "m", CUSTOMER, NOW, negative)), "PO_INPUT_011"),
                om("an order read without customer and order id", Operation.GET_ORDER,
                        om -> () -> om.order("", " "), "PO_INPUT_001", "PO_INPUT_002"),
                om("lines read without order id", Operation.GET_ORDER_LINES,
                        om -> () -> om.orderLines(CUSTOMER, ""), "PO_INPUT_002"),
                om("packing lists read without customer", Operation.GET_PACKING_LISTS,
                        om -> () -> om.packingLists(" ", ORDER_ID), "PO_INPUT_001"),
                om("sender status without order id", Operation.GET_SENDER_STATUS,
                        om -> () -> om.senderStatus(CUSTOMER, "\t"), "PO_INPUT_002"),
                om("a packing list without consignment for a blank customer", Operation.ADD_PACKING_LIST,
                        om -> () -> om.addPackingList("", ORDER_ID, PackingList.of(" ", List.of(PackingListItem.of("1",
                                BigDecimal.ONE)))), "PO_INPUT_001", "PO_INPUT_007"),
                om("a packing list with a negative quantity and no article line", Operation.ADD_PACKING_LIST,
                        om -> () -> om.addPackingList(CUSTOMER, ORDER_ID, PackingList.of("70438101268018539", List.of(
                                PackingListItem.of("1", new BigDecimal("-1")), PackingListItem.of(" ", BigDecimal.ONE)))),
                        "PO_INPUT_011", "PO_INPUT_019"),
                om("an event without consignment", Operation.SEND_EVENT,
                        om -> () -> om.sendEvent(TrackingEvent.of(" ", EventType.DELIVERED, null, NOW)), "PO_INPUT_007"),
                om("an event without type", Operation.SEND_EVENT,
                        om -> () -> om.sendEvent(TrackingEvent.of("70438101268018539", new EventType(""), null, NOW)),
                        "PO_INPUT_008"),
                om("an event without timestamp", Operation.SEND_EVENT,
                        om -> () -> om.sendEvent(new TrackingEvent("70438101268018539", EventType.DELIVERED, Optional.empty(),
                                Optional.empty())), "PO_INPUT_009"),
                wh("a warehouse order without ids", Operation.GET_WAREHOUSE_ORDER,
                        wh -> () -> wh.order(" ", ""), "PO_INPUT_001", "PO_INPUT_002"),
                wh("warehouse lines without customer", Operation.GET_WAREHOUSE_ORDER_LINES,
                        wh -> () -> wh.orderLines("", ORDER_ID), "PO_INPUT_001"),
                wh("balances of a blank customer", Operation.GET_ARTICLE_BALANCES,
                        wh -> () -> wh.articleBalances(" "), "PO_INPUT_001"),
                wh("a balance without customer and article number", Operation.GET_ARTICLE_BALANCE,
                        wh -> () -> wh.articleBalance("", " "), "PO_INPUT_001", "PO_INPUT_019"),
                wh("a search without text", Operation.SEARCH_ARTICLE_BALANCES,
                        wh -> () -> wh.searchArticleBalances(CUSTOMER, ""), "PO_INPUT_019"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleFailsWithEveryViolationAndNothingIsSent(Call call) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call.call().apply(bring));

        assertThat(e).isNotNull();
        assertThat(e.operation()).isEqualTo(call.operation());
        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.codes()).containsAll(call.codes().stream().map(ErrorCode::of).toList());
        assertThat(e.violations()).isNotEmpty();
        assertThat(bring.requests()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(WireFormat.class)
    void anOrderBreakingManyRulesListsEveryViolationWithItsFieldAndNothingIsSent(WireFormat format) {
        try (ExampleBring inFormat = new ExampleBring(format)) {
            OrderMessage empty = new OrderMessage(OrderType.ORDER, " ", CUSTOMER, NOW, Order.builder("1").build());

            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> inFormat.orderManagement().sendOrder(empty));

            assertThat(e.failure().requestSent()).isFalse();
            assertThat(e.violations()).as("every violation, not only the first")
                    .containsExactlyElementsOf(OrderRules.violations(empty)).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(v -> assertThat(v.field()).isNotBlank())
                    .extracting(Violation::field).contains("messageId", "Party[DeliveryParty]", "TransportLeg")
                    .doesNotHaveDuplicates();
            assertThat(inFormat.requests()).isEmpty();
        }
    }

    @Test
    void aTransportOrderIsNotSupportedOverRestAndNothingIsSent() {
        RestOrderManagement om = bring.orderManagement();

        NotSupportedByTransportException e = catchThrowableOfType(NotSupportedByTransportException.class,
                () -> om.createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(VALID_LIST)));

        assertThat(om.supports(Operation.CREATE_TRANSPORT_ORDER)).isFalse();
        assertThat(e.operation()).isEqualTo(Operation.CREATE_TRANSPORT_ORDER);
        assertThat(e.transport()).isEqualTo("REST");
        assertThat(e.alternative()).isEqualTo("the SOAP legacy adapter (CreateTransportOrder)");
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(bring.requests()).isEmpty();
    }

    @Test
    void everyOtherOperationIsSupportedOverRest() {
        assertThat(Stream.of(Operation.values()).filter(op -> op.capability() == Capability.ORDER_MANAGEMENT)
                .filter(op -> !bring.orderManagement().supports(op))).containsExactly(Operation.CREATE_TRANSPORT_ORDER);
        assertThat(bring.orderManagement().transport()).isEqualTo("REST");
        assertThat(bring.warehousing().transport()).isEqualTo("REST");
    }

    @Test
    void anEventTypeBringDoesNotKnowIsBringsToRejectSoItIsSent() {
        bring.answer("POST", ExampleBring.BASE + "/event", 200, new byte[0], WireFormat.XML);

        bring.orderManagement().sendEvent(TrackingEvent.of("70438101268018539", new EventType("TELEPORTED"), null, NOW));

        assertThat(bring.onlyRequest().text()).contains("<EventType>TELEPORTED</EventType>");
    }

    @Test
    void anEventWhoseTextXmlCannotCarryIsRefusedBeforeSendingNamingItsField() {
        bring.answer("POST", ExampleBring.BASE + "/event", 200, new byte[0], WireFormat.XML);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> bring.orderManagement()
                .sendEvent(TrackingEvent.of("70438101268018539", EventType.DELIVERED, "Driver\u001b[31m", NOW)));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).endsWith("PerformedBy");
            assertThat(v.code().value()).isEqualTo("PO_INPUT_018");
            assertThat(v.message()).contains("U+001B");
        });
        assertThat(bring.requests()).isEmpty();
    }
}
