package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static dev.bringport.adapter.rest.order.ExampleBring.example;
import static dev.bringport.adapter.rest.order.ExampleBring.extension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.UnauthenticatedException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bring's error answers ({@code ResponseProperties/Error} with {@code Code} and
 * {@code Description}, as Bring's SOAP examples show them, in XML and in JSON) become the typed
 * failures of the ports with Bring's code, message and HTTP status; unknown codes pass through
 * intact; and an answer with an error is a failure even when its HTTP status is 200.
 */
class ErrorAnswersTest {

    private static final PackingList LIST = PackingList.of("70438101268018539",
            List.of(PackingListItem.of("1", BigDecimal.ONE)));

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private ExampleBring serving(String method, String path, int status, String error, WireFormat format) {
        return serving(method, path, status, example("errors/" + error + extension(format)), format);
    }

    private ExampleBring serving(String method, String path, int status, byte[] body, WireFormat format) {
        bring = new ExampleBring(format).answer(method, path, status, body, format);
        return bring;
    }

    private static <E extends BringException> E assertFailure(Class<E> type, ThrowingCallable call, Operation operation,
                                                              String code, String message, int status) {
        E e = catchThrowableOfType(type, call);
        assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(e.operation()).isEqualTo(operation);
        assertThat(e.failure().errors()).containsExactly(BringError.of(ErrorCode.of(code), message));
        assertThat(e.failure().httpStatus()).hasValue(status);
        assertThat(e.failure().requestSent()).isTrue();
        assertThat(e.getMessage()).contains(code, message, "HTTP " + status);
        return e;
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anOrderThatDoesNotExistIsNotFound(WireFormat format) {
        serving("GET", BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID, 404, "get_purchase_order_not_found_response", format);

        assertFailure(NotFoundException.class, () -> bring.orderManagement().order(CUSTOMER, ORDER_ID),
                Operation.GET_ORDER, "PO_STATE_001", "Order not found", 404);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anotherUsersOrderIsAccessDenied(WireFormat format) {
        serving("GET", BASE + "/order/" + CUSTOMER + "/" + ORDER_ID, 403, "get_purchase_order_access_denied_response", format);

        assertFailure(AccessDeniedException.class, () -> bring.warehousing().order(CUSTOMER, ORDER_ID),
                Operation.GET_WAREHOUSE_ORDER, "PO_STATE_004", "Access is denied", 403);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aCustomerIdBringRejectsIsAnInvalidRequestBringFound(WireFormat format) {
        serving("GET", BASE + "/purchaseorderCustomer/" + CUSTOMER, 400, "get_purchase_order_invalid_customer_number_response",
                format);

        InvalidRequestException e = assertFailure(InvalidRequestException.class,
                () -> bring.orderManagement().isOrderManagementCustomer(CUSTOMER), Operation.IS_ORDER_MANAGEMENT_CUSTOMER,
                "PO_INPUT_001", "Must provide valid customer ID", 400);
        assertThat(e.detectedBeforeSending()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPackingListBringRejectsIsInvalidNotOfUnknownOutcome(WireFormat format) {
        serving("POST", BASE + "/packaginglist", 400, "create_packaging_list_missing_consignment_id_response", format);

        assertFailure(InvalidRequestException.class, () -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, LIST),
                Operation.ADD_PACKING_LIST, "PO_INPUT_007", "Consignment ID is required", 400);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPackingListForAMissingOrderIsNotFound(WireFormat format) {
        serving("POST", BASE + "/packaginglist", 404, "create_packaging_list_order_not_found_response", format);

        assertFailure(NotFoundException.class, () -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, LIST),
                Operation.ADD_PACKING_LIST, "PO_INPUT_010",
                "Order not found. You can not have orderlines to a non-existing order. Found at OrderLineId  and ArticleLineId",
                404);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aCreateAnsweredWith200AndStatusFailedIsAFailure(WireFormat format) {
        // Bring's SOAP interface answers so: HTTP 200, an Error and Status FAILED
        serving("POST", BASE + "/packaginglist", 200, "create_packaging_list_access_denied_response", format);

        assertFailure(AccessDeniedException.class, () -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, LIST),
                Operation.ADD_PACKING_LIST, "PO_STATE_004", "Access is denied", 200);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aReadAnsweredWith200AndAnErrorIsAFailureNotAValue(WireFormat format) {
        serving("GET", BASE + "/senderStatus/" + CUSTOMER + "/" + ORDER_ID, 200, "get_purchase_order_not_found_response", format);

        assertFailure(NotFoundException.class, () -> bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID),
                Operation.GET_SENDER_STATUS, "PO_STATE_001", "Order not found", 200);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aCreateAnsweredWithStatusOkSucceeds(WireFormat format) {
        serving("POST", BASE + "/packaginglist", 200, "create_packaging_list_response", format);

        assertThatCode(() -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, LIST)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anUnknownCodePassesThroughIntact(WireFormat format) {
        String known = new String(example("errors/get_purchase_order_not_found_response" + extension(format)),
                StandardCharsets.UTF_8);
        byte[] unknown = known.replace("PO_STATE_001", "PO_WAREHOUSE_042").replace("Order not found", "Lageret er stengt")
                .getBytes(StandardCharsets.UTF_8);
        serving("GET", BASE + "/order/" + CUSTOMER + "/" + ORDER_ID, 409, unknown, format);

        assertFailure(InvalidRequestException.class, () -> bring.warehousing().order(CUSTOMER, ORDER_ID),
                Operation.GET_WAREHOUSE_ORDER, "PO_WAREHOUSE_042", "Lageret er stengt", 409);
    }

    @Test
    void everyErrorOfAnAnswerIsKeptInBringsOrder() {
        String json = "{\"ResponseProperties\":{\"SchemaVersion\":1,\"Error\":[{\"Code\":\"PO_INPUT_011\",\"Description\":"
                + "\"Negative quantity not allowed.\"},{\"Code\":\"PO_INPUT_012\",\"Description\":\"Item on transport order "
                + "does not exist on purchase order.\"}]},\"Status\":\"FAILED\"}";
        serving("POST", BASE + "/packaginglist", 400, json.getBytes(StandardCharsets.UTF_8), WireFormat.JSON);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, LIST));

        assertThat(e.codes()).containsExactly(ErrorCode.of("PO_INPUT_011"), ErrorCode.of("PO_INPUT_012"));
    }

    @Test
    void bringsPlainTextRefusalOfCredentialsIsUnauthenticated() {
        bring = new ExampleBring(WireFormat.JSON).answer("GET", BASE + "/articlebalance/" + CUSTOMER,
                SimulatedAnswer.text(401, "text/plain", "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 7c1d)"));

        UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class,
                () -> bring.warehousing().articleBalances(CUSTOMER));

        assertThat(e.codes()).containsExactly(ErrorCode.of("CT_2_ACCESS_DENIED"));
        assertThat(e.failure().requestId()).contains("7c1d");
    }

    @Test
    void anArticleBringAnswersNotFoundForIsOneTheWarehouseDoesNotHold() {
        serving("GET", BASE + "/articlebalance/" + CUSTOMER + "/9999999", 404, new byte[0], WireFormat.JSON);

        assertThat(bring.warehousing().articleBalance(CUSTOMER, "9999999")).isEmpty();
    }

    @Test
    void anEmptyArticleBalanceSetIsNoBalance() {
        String json = "{\"ResponseProperties\":{\"SchemaVersion\":1},\"ArticleBalanceSet\":{\"ArticleBalance\":[]}}";
        serving("GET", BASE + "/articlebalance/" + CUSTOMER + "/9999999", 200, json.getBytes(StandardCharsets.UTF_8),
                WireFormat.JSON);

        assertThat(bring.warehousing().articleBalance(CUSTOMER, "9999999")).isEmpty();
    }

    @Test
    void anEmptyArticleBalanceSetElementIsNoBalance() {
        String xml = "<GetArticleBalanceResponse xmlns=\"http://api.bring.com/po\"><ArticleBalanceSet/></GetArticleBalanceResponse>";
        serving("GET", BASE + "/articlebalance/" + CUSTOMER, 200, xml.getBytes(StandardCharsets.UTF_8), WireFormat.XML);

        assertThat(bring.warehousing().articleBalances(CUSTOMER)).isEmpty();
    }
}
