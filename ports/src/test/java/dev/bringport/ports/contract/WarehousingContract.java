package dev.bringport.ports.contract;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_004;
import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static dev.bringport.ports.contract.ContractExamples.OTHER_CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.articleBalances;
import static dev.bringport.ports.contract.ContractExamples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What every {@link Warehousing} must do: Bring's "Pull order/article" page. */
public abstract class WarehousingContract extends ContractSupport {

    private Warehousing wh() {
        return bring.warehousing();
    }

    @Override
    protected Transport port() {
        return wh();
    }

    @Override
    protected Map<Operation, ThrowingCallable> callsPerOperation() {
        Map<Operation, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put(Operation.GET_WAREHOUSE_ORDER, () -> wh().order(CUSTOMER, ORDER_ID));
        calls.put(Operation.GET_WAREHOUSE_ORDER_LINES, () -> wh().orderLines(CUSTOMER, ORDER_ID));
        calls.put(Operation.GET_ARTICLE_BALANCES, () -> wh().articleBalances(CUSTOMER));
        calls.put(Operation.STREAM_ARTICLE_BALANCES, () -> wh().eachArticleBalance(CUSTOMER, balance -> { }));
        calls.put(Operation.GET_ARTICLE_BALANCE, () -> wh().articleBalance(CUSTOMER, "5300311"));
        calls.put(Operation.SEARCH_ARTICLE_BALANCES, () -> wh().searchArticleBalances(CUSTOMER, "HD"));
        calls.put(Operation.GET_WAREHOUSING_ERROR_CODES, () -> wh().errorCodes());
        return calls;
    }

    @Test
    void anOrderInTheWarehouseCanBeReadWithItsStatus() {
        assumeSupported(Operation.GET_WAREHOUSE_ORDER);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));

        var read = wh().order(CUSTOMER, ORDER_ID);

        assertThat(read.orderId()).isEqualTo(ORDER_ID);
        assertThat(read.warehouse()).contains(ContractExamples.WAREHOUSE);
        assertThat(read.status()).isPresent();
        assertThat(read.lines()).extracting(OrderLine::articleLineId).containsExactly("1", "2", "3");
    }

    @Test
    void anOrderThatIsNotInTheWarehouseIsNotFound() {
        assumeSupported(Operation.GET_WAREHOUSE_ORDER);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertFails(NotFoundException.class, () -> wh().order(CUSTOMER, "no-such-order"), PO_STATE_001);
    }

    @Test
    void anotherUsersWarehouseOrderIsAccessDenied() {
        assumeSupported(Operation.GET_WAREHOUSE_ORDER);
        bring.givenOrderOfAnotherUser(OTHER_CUSTOMER, order(ORDER_ID));
        assertFails(AccessDeniedException.class, () -> wh().order(OTHER_CUSTOMER, ORDER_ID), PO_STATE_004);
    }

    @Test
    void theLinesOfAWarehouseOrderCanBeRead() {
        assumeSupported(Operation.GET_WAREHOUSE_ORDER_LINES);
        bring.givenOrder(CUSTOMER, order(ORDER_ID));
        assertThat(wh().orderLines(CUSTOMER, ORDER_ID)).extracting(OrderLine::articleLineId).containsExactly("1", "2", "3");
    }

    @Test
    void theLinesOfAnOrderThatIsNotInTheWarehouseAreNotFound() {
        assumeSupported(Operation.GET_WAREHOUSE_ORDER_LINES);
        bring.givenOrderManagementCustomer(CUSTOMER);
        assertThatThrownBy(() -> wh().orderLines(CUSTOMER, "no-such-order"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyArticleBalanceOfTheCustomerCanBeRead() {
        assumeSupported(Operation.GET_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        assertThat(wh().articleBalances(CUSTOMER)).containsExactlyInAnyOrderElementsOf(articleBalances());
    }

    @Test
    void aCustomerWithoutStockHasNoBalances() {
        assumeSupported(Operation.GET_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, List.of());
        assertThat(wh().articleBalances(CUSTOMER)).isEmpty();
    }

    @Test
    void everyArticleBalanceCanBeWalkedOneAtATime() {
        assumeSupported(Operation.STREAM_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        List<ArticleBalance> walked = new ArrayList<>();

        wh().eachArticleBalance(CUSTOMER, walked::add);

        assertThat(walked).containsExactlyInAnyOrderElementsOf(articleBalances());
    }

    @Test
    void walkingTheStockOfACustomerWithoutStockHandsOverNothing() {
        assumeSupported(Operation.STREAM_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, List.of());
        List<ArticleBalance> walked = new ArrayList<>();

        wh().eachArticleBalance(CUSTOMER, walked::add);

        assertThat(walked).isEmpty();
    }

    @Test
    void whatTheActionThrowsEndsTheWalkAndReachesTheCallerUnchanged() {
        assumeSupported(Operation.STREAM_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        IllegalStateException enough = new IllegalStateException("enough");
        List<ArticleBalance> walked = new ArrayList<>();

        assertThatThrownBy(() -> wh().eachArticleBalance(CUSTOMER, balance -> {
            walked.add(balance);
            throw enough;
        })).isSameAs(enough);
        assertThat(walked).hasSize(1);
    }

    @Test
    void aWalkOverABlankCustomerIdIsRejectedBeforeSending() {
        assumeSupported(Operation.STREAM_ARTICLE_BALANCES);
        assertInvalid(() -> wh().eachArticleBalance(" ", balance -> { }), PO_INPUT_001);
    }

    @Test
    void oneArticleBalanceCanBeRead() {
        assumeSupported(Operation.GET_ARTICLE_BALANCE);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        assertThat(wh().articleBalance(CUSTOMER, "5300311")).contains(articleBalances().get(1));
    }

    @Test
    void anArticleTheWarehouseDoesNotHoldHasNoBalance() {
        assumeSupported(Operation.GET_ARTICLE_BALANCE);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        assertThat(wh().articleBalance(CUSTOMER, "9999999")).isEmpty();
    }

    @Test
    void aSearchFindsTheArticlesWhoseNumberOrNameContainsTheText() {
        assumeSupported(Operation.SEARCH_ARTICLE_BALANCES);
        bring.givenArticleBalances(CUSTOMER, articleBalances());
        assertThat(wh().searchArticleBalances(CUSTOMER, "HD")).extracting(ArticleBalance::articleNumber)
                .containsExactlyInAnyOrder("5300311", "5300601");
        assertThat(wh().searchArticleBalances(CUSTOMER, "530036")).extracting(ArticleBalance::articleNumber)
                .containsExactly("5300363");
    }

    @Test
    void aBlankCustomerIdIsRejectedBeforeSending() {
        assumeSupported(Operation.GET_ARTICLE_BALANCES);
        assertInvalid(() -> wh().articleBalances(""), PO_INPUT_001);
    }

    @Test
    void theErrorCodesAreBringsList() {
        assumeSupported(Operation.GET_WAREHOUSING_ERROR_CODES);
        assertThat(wh().errorCodes()).extracting(ErrorDefinition::code).extracting(Object::toString)
                .contains("PO_INPUT_001", "PO_INOUT_016", "PO_STATE_005").hasSize(29);
    }
}
