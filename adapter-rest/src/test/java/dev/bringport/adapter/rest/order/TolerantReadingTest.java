package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.Contact;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnexpectedResponseException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers that differ from the documented ones in ways Bring's own documents differ among
 * themselves are read all the same; what cannot be read fails as an unexpected answer, never as a
 * wrong value.
 */
class TolerantReadingTest {

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private ExampleBring serving(String path, String body, WireFormat format) {
        bring = new ExampleBring(format).answer("GET", BASE + path, 200, body.getBytes(StandardCharsets.UTF_8), format);
        return bring;
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aLoginPageInASuccessfulAnswerIsNeverReadAsEmptyStockOrNoOrder(WireFormat format) {
        // A proxy or an expired session answers 200 with an XHTML page, which an XML reader parses.
        SimulatedAnswer loginPage = SimulatedAnswer.text(200, "text/html; charset=UTF-8",
                "<html><head><title>Mybring</title></head><body><p>Log in</p></body></html>");
        bring = new ExampleBring(format)
                .answer("GET", BASE + "/articlebalance/" + CUSTOMER, loginPage)
                .answer("GET", BASE + "/packaginglist/" + CUSTOMER + "/" + ORDER_ID, loginPage);

        assertThatThrownBy(() -> bring.warehousing().articleBalances(CUSTOMER))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> bring.orderManagement().packingLists(CUSTOMER, ORDER_ID))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("text/html");
    }

    @Test
    void anOrderInTheRequestsJsonSpellingIsReadToo() {
        // camel-case values, ISO Date and Time, a quantity with its unit, a bare-text description, the SOAP Mail
        serving("/omorder/" + CUSTOMER + "/" + ORDER_ID, """
                {"OrderSet": {"updateIndicator": "Update",
                  "Order": {"orderId": "11873875-status_med_2", "SenderStatus": " LOCKED ",
                    "DateAndTimes": [{"subClass": "DocumentDate", "Date": "2017-11-19+01:00", "Time": "19:22:51.355+01:00"},
                                     {"subClass": "DeliveryDateRequested", "Date": "2017-11-26"}]},
                  "Party": [{"subClass": "DeliveryParty", "Name": "Selger Norge AS",
                             "Contact": [{"ContactName": "Ola", "Mail": "ola@example.com"}]},
                            {"Name": "a party without a role"}],
                  "OrderLineSet": [{"orderLineId": "A", "OrderItem": [{"articleLineId": "1", "ArticleQuantity": 4,
                    "Description": {"Text": "HD dekoder"}}]},
                    {"orderLineId": "B", "OrderItem": [{"articleLineId": "1",
                      "ArticleQuantity": {"unitCode": "STK", "value": 2.5}}]}]}}
                """, WireFormat.JSON);

        Order order = bring.orderManagement().order(CUSTOMER, ORDER_ID);

        assertThat(order.updateIndicator()).isEqualTo(UpdateIndicator.UPDATE);
        assertThat(order.senderStatus()).contains(SenderStatus.LOCKED);
        assertThat(order.dates()).containsExactly(new OrderDate("DocumentDate", Instant.parse("2017-11-19T18:22:51.355Z")),
                new OrderDate("DeliveryDateRequested", Instant.parse("2017-11-25T23:00:00Z")));
        assertThat(order.parties()).hasSize(1);
        assertThat(order.party(PartyRole.DELIVERY_PARTY).orElseThrow().contacts())
                .containsExactly(Contact.builder().name("Ola").email("ola@example.com").build());
        assertThat(order.lines()).extracting(OrderLine::orderLineId).containsExactly(Optional.of("A"), Optional.of("B"));
        assertThat(order.lines().get(0).quantity()).contains(new Quantity(new BigDecimal("4"), Optional.empty()));
        assertThat(order.lines().get(0).description()).contains(new Description("HD dekoder", Optional.empty()));
        assertThat(order.lines().get(1).quantity()).contains(Quantity.of(new BigDecimal("2.5"), "STK"));
    }

    @Test
    void anOrderWithoutItsIdIsTheOrderAskedFor() {
        serving("/omorder/" + CUSTOMER + "/" + ORDER_ID,
                "<GetOrderResponse><OrderSet><Order><OrderStatus>Received</OrderStatus></Order></OrderSet></GetOrderResponse>",
                WireFormat.XML);

        assertThat(bring.orderManagement().order(CUSTOMER, ORDER_ID).orderId()).isEqualTo(ORDER_ID);
    }

    @Test
    void anItemsAnswerWithQuantityUnitsAndAnotherNamespaceIsReadToo() {
        serving("/items/" + CUSTOMER + "/" + ORDER_ID, """
                <po:GetPurchaseOrderItemResponse xmlns:po="urn:some-other-namespace">
                  <po:PurchaseOrderItem><po:OrderLineSet orderLineId="7">
                    <po:OrderItem articleLineId="10"><po:ArticleQuantity unitCode="STK">4</po:ArticleQuantity>
                      <po:RemainingArticleQuantity> 1.50 </po:RemainingArticleQuantity></po:OrderItem>
                  </po:OrderLineSet></po:PurchaseOrderItem>
                </po:GetPurchaseOrderItemResponse>""", WireFormat.XML);

        List<OrderLine> lines = bring.orderManagement().orderLines(CUSTOMER, ORDER_ID);

        assertThat(lines).containsExactly(OrderLine.builder("10").orderLineId("7")
                .quantity(new Quantity(new BigDecimal("4"), Optional.empty())).remainingQuantity(new BigDecimal("1.5")).build());
    }

    @Test
    void anOrderWithAKindOfAddressBringDoesNotDocumentKeepsTheAddressUnderItsOwnKind() {
        serving("/omorder/" + CUSTOMER + "/" + ORDER_ID, """
                {"OrderSet": {"Order": {"orderId": "1"}, "Party": [{"subClass": "DELIVERY_PARTY",
                  "Address": [{"subClass": "HOLIDAY_ADDRESS", "City": "Oslo"}]}]}}""", WireFormat.JSON);

        Order order = bring.orderManagement().order(CUSTOMER, ORDER_ID);

        Address address = order.parties().get(0).addresses().get(0);
        assertThat(address.type()).isEqualTo(new AddressType("HOLIDAY_ADDRESS"));
        assertThat(address.type().isDocumented()).isFalse();
        assertThat(address.city()).contains("Oslo");
    }

    @Test
    void aBalanceWithoutAFigureFailsRatherThanPassingForZero() {
        serving("/articlebalance/" + CUSTOMER, """
                {"ArticleBalanceSet": {"ArticleBalance": [{"ArticleNumber": "5300311", "PhysicalBalance": 5896,
                  "AllocatedBalance": 0, "InOrderBalance": 0}]}}""", WireFormat.JSON);

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.warehousing().articleBalances(CUSTOMER));

        assertThat(e.getMessage()).contains("ArticleBalance 5300311 has no FreeBalance");
    }

    @Test
    void theOnlyBalanceOfAnArticleAnswerIsTheArticlesEvenIfBringSpellsItsNumberOtherwise() {
        serving("/articlebalance/" + CUSTOMER + "/5300311", """
                {"ArticleBalanceSet": {"ArticleBalance": [{"ArticleNumber": "05300311", "PhysicalBalance": 1,
                  "AllocatedBalance": 0, "InOrderBalance": 0, "FreeBalance": 1}]}}""", WireFormat.JSON);

        assertThat(bring.warehousing().articleBalance(CUSTOMER, "5300311")).map(ArticleBalance::articleNumber)
                .contains("05300311");
    }

    @Test
    void ofSeveralBalancesTheOneWithTheArticleNumberIsTaken() {
        serving("/articlebalance/" + CUSTOMER + "/5300311", """
                {"ArticleBalanceSet": {"ArticleBalance": [
                  {"ArticleNumber": "53003111", "PhysicalBalance": 1, "AllocatedBalance": 0, "InOrderBalance": 0, "FreeBalance": 1},
                  {"ArticleNumber": "5300311", "PhysicalBalance": 2, "AllocatedBalance": 0, "InOrderBalance": 0, "FreeBalance": 2}]}}""",
                WireFormat.JSON);

        assertThat(bring.warehousing().articleBalance(CUSTOMER, "5300311")).map(ArticleBalance::freeBalance)
                .contains(new BigDecimal("2"));
    }

    @Test
    void ofSeveralBalancesNoneOfWhichIsTheArticleNoneIsTaken() {
        serving("/articlebalance/" + CUSTOMER + "/5300311", """
                {"ArticleBalanceSet": {"ArticleBalance": [
                  {"ArticleNumber": "53003111", "PhysicalBalance": 1, "AllocatedBalance": 0, "InOrderBalance": 0, "FreeBalance": 1},
                  {"ArticleNumber": "53003112", "PhysicalBalance": 2, "AllocatedBalance": 0, "InOrderBalance": 0, "FreeBalance": 2}]}}""",
                WireFormat.JSON);

        assertThat(bring.warehousing().articleBalance(CUSTOMER, "5300311")).isEmpty();
    }

    @Test
    void anEmptySuccessfulAnswerToAReadIsUnexpected() {
        serving("/senderStatus/" + CUSTOMER + "/" + ORDER_ID, "", WireFormat.JSON);

        assertThat(catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID))).isNotNull();
    }

    @Test
    void aCutOffDocumentAnsweringACreateIsNoProofOfSuccessItsOutcomeIsUnknown() {
        bring = new ExampleBring(WireFormat.XML).answer("POST", BASE + "/event", 200,
                "<CreateEventResponse><ResponseProperties><Status>FAI".getBytes(StandardCharsets.UTF_8), WireFormat.XML);

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> bring.orderManagement()
                .sendEvent(TrackingEvent.of("70438101268018539", EventType.DELIVERED, null, Instant.parse("2026-01-15T09:00:00Z"))));

        assertThat(e.getCause()).isInstanceOf(UnexpectedResponseException.class);
        assertThat(bring.requests()).hasSize(1);
    }
}
