package dev.bringport.adapter.inmemory;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_001;

import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Violations;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.Operation;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Warehousing (pull order/article) of the in-memory Bring. */
final class InMemoryWarehousing extends InMemoryPort implements Warehousing {

    InMemoryWarehousing(InMemoryBring bring, String user) {
        super(bring, user);
    }

    @Override
    public Order order(String customerId, String orderId) {
        return call(Operation.GET_WAREHOUSE_ORDER, Optional.empty(),
                () -> warehouseOrder(Operation.GET_WAREHOUSE_ORDER, customerId, orderId));
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        return call(Operation.GET_WAREHOUSE_ORDER_LINES, Optional.empty(),
                () -> warehouseOrder(Operation.GET_WAREHOUSE_ORDER_LINES, customerId, orderId).lines());
    }

    /** An order is in Warehousing when it is addressed to a warehouse. */
    private Order warehouseOrder(Operation op, String customerId, String orderId) {
        checkBeforeSending(op, OrderRules.identity(customerId, orderId));
        return bring.read(() -> {
            requireCustomer(op, customerId);
            return bring.orders().find(new Orders.Key(customerId, orderId)).map(Orders.Stored::order)
                    .filter(o -> o.warehouse().isPresent())
                    .orElseThrow(() -> Rejections.of(op, PO_STATE_001,
                            "order " + orderId + " of customer " + customerId + " is not in a warehouse"));
        });
    }

    @Override
    public List<ArticleBalance> articleBalances(String customerId) {
        return call(Operation.GET_ARTICLE_BALANCES, Optional.empty(),
                () -> stock(Operation.GET_ARTICLE_BALANCES, customerId));
    }

    @Override
    public Optional<ArticleBalance> articleBalance(String customerId, String articleNumber) {
        Operation op = Operation.GET_ARTICLE_BALANCE;
        return call(op, Optional.empty(), () -> {
            checkBeforeSending(op, new Violations().requireText(articleNumber, "articleNo", PO_INPUT_019).toList());
            return stock(op, customerId).stream().filter(b -> b.articleNumber().equals(articleNumber)).findFirst();
        });
    }

    @Override
    public List<ArticleBalance> searchArticleBalances(String customerId, String searchString) {
        Operation op = Operation.SEARCH_ARTICLE_BALANCES;
        return call(op, Optional.empty(), () -> {
            checkBeforeSending(op, new Violations().requireText(searchString, "articleSearchString", PO_INPUT_019).toList());
            String text = searchString.strip().toLowerCase(Locale.ROOT);
            return stock(op, customerId).stream().filter(b -> b.articleNumber().toLowerCase(Locale.ROOT).contains(text)
                    || b.articleName().map(n -> n.toLowerCase(Locale.ROOT).contains(text)).orElse(false)).toList();
        });
    }

    private List<ArticleBalance> stock(Operation op, String customerId) {
        checkBeforeSending(op, new Violations().requireText(customerId, "customerId", PO_INPUT_001).toList());
        return bring.read(() -> {
            requireCustomer(op, customerId);
            return bring.warehouse().balances(customerId);
        });
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return call(Operation.GET_WAREHOUSING_ERROR_CODES, Optional.empty(),
                () -> ErrorCatalogue.orderManagement().definitions());
    }
}
