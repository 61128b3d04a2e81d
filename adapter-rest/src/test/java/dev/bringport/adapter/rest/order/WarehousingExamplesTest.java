package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static dev.bringport.adapter.rest.order.ExampleBring.extension;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden tests of Warehousing ("pull order/article"): each of Bring's documented answers, served
 * byte for byte in JSON and in XML, is read into exactly the values it holds.
 */
class WarehousingExamplesTest {

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private RestWarehousing wh(WireFormat format) {
        bring = new ExampleBring(format);
        return bring.warehousing();
    }

    private void assertAsked(String path, WireFormat format) {
        SimulatedRequest request = bring.onlyRequest();
        assertThat(request.uri().getRawPath()).isEqualTo(path);
        assertThat(request.header("Accept")).contains(format.mediaType());
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theOrderInTheWarehouseIsTheDocumentedOrder(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/order/" + CUSTOMER + "/" + ORDER_ID, "retrieve_order" + extension(format));

        var order = wh.order(CUSTOMER, ORDER_ID);

        assertThat(order).isEqualTo(DocumentedValues.order("  "));
        assertThat(order.warehouse()).contains("BERGER");
        assertAsked(BASE + "/order/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theItemsOfAWarehouseOrderAreTheDocumentedLines(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/items/" + CUSTOMER + "/" + ORDER_ID, "retrieve_orderitems" + extension(format));

        assertThat(wh.orderLines(CUSTOMER, ORDER_ID)).isEqualTo(DocumentedValues.orderItems());
        assertAsked(BASE + "/items/" + CUSTOMER + "/" + ORDER_ID, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void everyArticleBalanceIsTheDocumentedStock(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/articlebalance/" + CUSTOMER, "retrieve_articlebalance_all" + extension(format));

        List<ArticleBalance> balances = wh.articleBalances(CUSTOMER);

        assertThat(balances).isEqualTo(DocumentedValues.allBalances(format));
        assertThat(balances.get(1).physicalBalance()).isEqualByComparingTo("5896.00");
        assertThat(balances.get(1).freeBalance().toPlainString()).isEqualTo("5896");
        assertThat(balances.get(balances.size() - 1).articleName()).contains("ZyXEL strømforsyning til hjemm");
        assertAsked(BASE + "/articlebalance/" + CUSTOMER, format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void oneArticleBalanceIsTheDocumentedOne(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/articlebalance/" + CUSTOMER + "/5300311", "retrieve_articlebalance_one" + extension(format));

        assertThat(wh.articleBalance(CUSTOMER, "5300311")).contains(DocumentedValues.oneBalance());
        assertAsked(BASE + "/articlebalance/" + CUSTOMER + "/5300311", format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aSearchIsTheDocumentedMatches(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/articlebalance/info/" + CUSTOMER + "/HD", "retrieve_articlebalance_search" + extension(format));

        assertThat(wh.searchArticleBalances(CUSTOMER, "HD")).isEqualTo(DocumentedValues.searchedBalances());
        assertAsked(BASE + "/articlebalance/info/" + CUSTOMER + "/HD", format);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void errorCodesAreTheDocumentedList(WireFormat format) {
        RestWarehousing wh = wh(format);
        bring.answer("GET", BASE + "/errorCodes", "error_codes" + extension(format));

        assertThat(wh.errorCodes()).isEqualTo(ErrorCatalogue.orderManagement().definitions());
        assertAsked(BASE + "/errorCodes", format);
    }
}
