package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static dev.bringport.adapter.rest.order.ExampleBring.extension;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.UpdateIndicator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden tests of Order Management: each of Bring's documented answers, served byte for byte in
 * JSON and in XML, is read into exactly the values it holds.
 */
class OrderManagementExamplesTest {

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private RestOrderManagement om(WireFormat format) {
        bring = new ExampleBring(format);
        return bring.orderManagement();
    }

    private void assertAsked(String path, WireFormat format) {
        SimulatedRequest request = bring.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri().getRawPath()).isEqualTo(path);
        assertThat(request.header("Accept")).contains(format.mediaType());
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void verifyCustomerSaysTheCustomerUsesOrderManagement(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/purchaseorderCustomer/" + CUSTOMER, "verify_customer" + extension(format));

        assertThat(om.isOrderManagementCustomer(CUSTOMER)).isTrue();
        assertAsked(BASE + "/purchaseorderCustomer/" + CUSTOMER, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void retrieveOrderIsTheDocumentedOrderValueByValue(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID, "retrieve_order" + extension(format));

        Order order = om.order(CUSTOMER, ORDER_ID);

        assertThat(order).isEqualTo(DocumentedValues.order("  "));
        assertThat(order.orderId()).isEqualTo("11873875-status_med_2");
        assertThat(order.updateIndicator()).isEqualTo(UpdateIndicator.ORIGINAL);
        assertThat(order.status()).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo("Picked"));
        assertThat(order.date("DocumentDate")).contains(Instant.ofEpochMilli(1511115771355L));
        assertThat(order.warehouse()).contains("BERGER");
        assertThat(order.party(PartyRole.DELIVERY_PARTY).flatMap(p -> p.partyId())).contains("104520");
        assertThat(order.party(PartyRole.ORDERING_PARTY).flatMap(p -> p.partyId())).isEmpty();
        assertThat(order.party(PartyRole.TRANSPORT_COMPANY).map(p -> p.addresses())).contains(List.of());
        assertThat(order.lines()).extracting(l -> l.unitPrice().orElseThrow().amount().toPlainString())
                .containsExactly("23", "42", "55");
        assertAsked(BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theOrderAsTheOrderManagementPagePrintsItIsReadToo(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID, "get_order_page" + extension(format));

        assertThat(om.order(CUSTOMER, ORDER_ID)).isEqualTo(DocumentedValues.order(" "));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void retrieveOrderItemsAreTheDocumentedLines(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/items/" + CUSTOMER + "/" + ORDER_ID, "retrieve_orderitems" + extension(format));

        List<OrderLine> lines = om.orderLines(CUSTOMER, ORDER_ID);

        assertThat(lines).isEqualTo(DocumentedValues.orderItems());
        assertThat(lines).extracting(OrderLine::isFullyPacked).containsOnly(true);
        assertThat(lines).extracting(l -> l.description().orElseThrow().usageCode()).containsOnly(Optional.empty());
        assertAsked(BASE + "/items/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void retrievePackingListIsTheDocumentedPackingList(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/packaginglist/" + CUSTOMER + "/" + ORDER_ID, "retrieve_packinglist" + extension(format));

        assertThat(om.packingLists(CUSTOMER, ORDER_ID)).isEqualTo(DocumentedValues.packingLists());
        assertAsked(BASE + "/packaginglist/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void checkStatusIsOpen(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/senderStatus/" + CUSTOMER + "/" + ORDER_ID, "check_status" + extension(format));

        assertThat(om.senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);
        assertAsked(BASE + "/senderStatus/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void errorCodesAreTheDocumentedList(WireFormat format) {
        RestOrderManagement om = om(format);
        bring.answer("GET", BASE + "/errorCodes", "error_codes" + extension(format));

        List<ErrorDefinition> codes = om.errorCodes();

        // the catalogue is the library's copy of the same list: every code and description, in order
        assertThat(codes).isEqualTo(ErrorCatalogue.orderManagement().definitions());
        assertThat(codes).hasSize(29);
        assertThat(codes.get(0)).isEqualTo(new ErrorDefinition(ErrorCode.of("PO_INPUT_001"),
                "Must provide valid customer ID", Optional.empty()));
        assertThat(codes).extracting(d -> d.code().value()).contains("PO_INOUT_016").endsWith("PO_STATE_005");
        assertThat(codes.get(28).message()).isEqualTo("Transport order not found");
        assertAsked(BASE + "/errorCodes", format);
    }
}
