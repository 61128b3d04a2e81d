package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Exactly what Bring's SOAP services carry is offered; every other operation says, without
 * sending anything, that SOAP cannot carry it and names the REST endpoint that can.
 */
@SuppressWarnings("deprecation")
class NotSupportedBySoapTest {

    @Test
    void theSoapServicesCarryReadOrderPackingListTransportOrderBookCustomersAndPickups() {
        BringSoap soap = BringSoap.builder().credentials(TestSoap.CREDENTIALS).build();
        List<Transport> ports = List.of(soap.orderManagement(), soap.warehousing(), soap.booking(), soap.pickups());

        assertThat(Arrays.stream(Operation.values()).filter(op -> ports.stream().anyMatch(p -> p.supports(op))))
                .containsExactlyInAnyOrder(Operation.GET_ORDER, Operation.ADD_PACKING_LIST,
                        Operation.CREATE_TRANSPORT_ORDER, Operation.BOOK, Operation.GET_CUSTOMERS, Operation.ORDER_PICKUP);
        assertThat(ports).extracting(Transport::transport).containsOnly("SOAP");
    }

    @Test
    void everyOtherOperationNamesItsRestAlternativeAndSendsNothing() {
        try (CannedSoapServer server = new CannedSoapServer()) {
            BringSoap soap = TestSoap.soap(server.host()).build();
            Map<Operation, ThrowingCallable> calls = new EnumMap<>(Operation.class);
            calls.put(Operation.IS_ORDER_MANAGEMENT_CUSTOMER, () -> soap.orderManagement().isOrderManagementCustomer("1"));
            calls.put(Operation.SEND_ORDER, () -> soap.orderManagement().sendOrder(
                    ContractExamples.originalOrder("1", Instant.now())));
            calls.put(Operation.GET_ORDER_LINES, () -> soap.orderManagement().orderLines("1", "2"));
            calls.put(Operation.GET_PACKING_LISTS, () -> soap.orderManagement().packingLists("1", "2"));
            calls.put(Operation.GET_SENDER_STATUS, () -> soap.orderManagement().senderStatus("1", "2"));
            calls.put(Operation.SEND_EVENT, () -> soap.orderManagement().sendEvent(
                    TrackingEvent.of("70438101268018539", EventType.DELIVERED, "Selger Norge AS", Instant.now())));
            calls.put(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES, () -> soap.orderManagement().errorCodes());
            calls.put(Operation.GET_WAREHOUSE_ORDER, () -> soap.warehousing().order("1", "2"));
            calls.put(Operation.GET_WAREHOUSE_ORDER_LINES, () -> soap.warehousing().orderLines("1", "2"));
            calls.put(Operation.GET_ARTICLE_BALANCES, () -> soap.warehousing().articleBalances("1"));
            calls.put(Operation.STREAM_ARTICLE_BALANCES, () -> soap.warehousing().eachArticleBalance("1", balance -> { }));
            calls.put(Operation.GET_ARTICLE_BALANCE, () -> soap.warehousing().articleBalance("1", "2"));
            calls.put(Operation.SEARCH_ARTICLE_BALANCES, () -> soap.warehousing().searchArticleBalances("1", "x"));
            calls.put(Operation.GET_WAREHOUSING_ERROR_CODES, () -> soap.warehousing().errorCodes());
            calls.put(Operation.GET_BOOKING_ERROR_CODES, () -> soap.booking().errorCodes());
            calls.put(Operation.GET_LABEL, () -> soap.booking().label(URI.create("https://api.bring.com/labels/id/x.pdf")));

            calls.forEach((operation, call) -> {
                NotSupportedByTransportException e = catchThrowableOfType(NotSupportedByTransportException.class, call);
                assertThat(e).as(operation.name()).isNotNull();
                assertThat(e.operation()).isEqualTo(operation);
                assertThat(e.transport()).isEqualTo("SOAP");
                assertThat(e.alternative()).contains("bringport-adapter-rest").contains("REST " + operation.endpoint());
                assertThat(e.getMessage()).contains("not supported by the SOAP transport").contains(operation.endpoint());
                assertThat(e.failure().requestSent()).isFalse();
            });
            assertThat(calls).hasSize(Operation.values().length - 6);
            assertThat(server.received()).isEmpty();
        }
    }
}
