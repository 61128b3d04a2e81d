package dev.bringport.adapter.soap.order;

import dev.bringport.adapter.soap.transport.SoapTransport;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.Operation;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Warehousing over SOAP: Bring's SOAP services carry none of it (no warehouse orders, no article
 * balances), so every operation names its REST alternative without sending anything.
 */
public final class SoapWarehousing implements Warehousing {

    /** Warehousing over SOAP, which offers nothing. */
    public SoapWarehousing() {
    }

    @Override
    public String transport() {
        return SoapTransport.NAME;
    }

    @Override
    public boolean supports(Operation operation) {
        return SoapTransport.supports(operation);
    }

    @Override
    public Order order(String customerId, String orderId) {
        throw SoapTransport.notSupported(Operation.GET_WAREHOUSE_ORDER);
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        throw SoapTransport.notSupported(Operation.GET_WAREHOUSE_ORDER_LINES);
    }

    @Override
    public List<ArticleBalance> articleBalances(String customerId) {
        throw SoapTransport.notSupported(Operation.GET_ARTICLE_BALANCES);
    }

    @Override
    public void eachArticleBalance(String customerId, Consumer<? super ArticleBalance> action) {
        throw SoapTransport.notSupported(Operation.STREAM_ARTICLE_BALANCES);
    }

    @Override
    public Optional<ArticleBalance> articleBalance(String customerId, String articleNumber) {
        throw SoapTransport.notSupported(Operation.GET_ARTICLE_BALANCE);
    }

    @Override
    public List<ArticleBalance> searchArticleBalances(String customerId, String searchString) {
        throw SoapTransport.notSupported(Operation.SEARCH_ARTICLE_BALANCES);
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw SoapTransport.notSupported(Operation.GET_WAREHOUSING_ERROR_CODES);
    }
}
