package dev.bringport.adapter.inmemory;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_001;

import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.Operation;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Warehousing (pull order/article) of the in-memory Bring: the customer's own warehouse orders and stock. */
final class InMemoryWarehousing extends InMemoryPort implements Warehousing {

    InMemoryWarehousing(InMemoryBring bring, String user, CallListener listener) {
        super(bring, user, listener);
    }

    @Override
    public Order order(String customerId, String orderId) {
        return warehouseOrder(Operation.GET_WAREHOUSE_ORDER, customerId, orderId);
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        return warehouseOrder(Operation.GET_WAREHOUSE_ORDER_LINES, customerId, orderId).lines();
    }

    /** An order is in Warehousing when it is addressed to a warehouse. */
    private Order warehouseOrder(Operation op, String customerId, String orderId) {
        return call(op, Optional.empty(), OrderRules.identity(customerId, orderId), () -> bring.read(() -> {
            requireCustomer(op, customerId, Orders.Access.OWNER);
            return bring.orders().find(new Orders.Key(customerId, orderId)).map(Orders.Stored::order)
                    .filter(o -> o.warehouse().isPresent())
                    .orElseThrow(() -> Rejections.of(op, PO_STATE_001,
                            "order " + orderId + " of customer " + customerId + " is not in a warehouse"));
        }));
    }

    @Override
    public List<ArticleBalance> articleBalances(String customerId) {
        return stock(Operation.GET_ARTICLE_BALANCES, customerId, List.of(), b -> true);
    }

    /** Hands over a snapshot taken under the lock, outside it: the action may call Bring itself. */
    @Override
    public void eachArticleBalance(String customerId, Consumer<? super ArticleBalance> action) {
        Objects.requireNonNull(action, "action");
        stock(Operation.STREAM_ARTICLE_BALANCES, customerId, List.of(), b -> true).forEach(action);
    }

    @Override
    public Optional<ArticleBalance> articleBalance(String customerId, String articleNumber) {
        return stock(Operation.GET_ARTICLE_BALANCE, customerId,
                new Violations().requireText(articleNumber, "articleNo", PO_INPUT_019).toList(),
                b -> b.articleNumber().equals(articleNumber)).stream().findFirst();
    }

    @Override
    public List<ArticleBalance> searchArticleBalances(String customerId, String searchString) {
        String text = searchString == null ? "" : searchString.strip().toLowerCase(Locale.ROOT);
        return stock(Operation.SEARCH_ARTICLE_BALANCES, customerId,
                new Violations().requireText(searchString, "articleSearchString", PO_INPUT_019).toList(),
                b -> b.articleNumber().toLowerCase(Locale.ROOT).contains(text)
                        || b.articleName().map(n -> n.toLowerCase(Locale.ROOT).contains(text)).orElse(false));
    }

    private List<ArticleBalance> stock(Operation op, String customerId, List<Violation> more, Predicate<ArticleBalance> which) {
        List<Violation> checks = new Violations().requireText(customerId, "customerId", PO_INPUT_001).addAll(more).toList();
        return call(op, Optional.empty(), checks, () -> bring.read(() -> {
            requireCustomer(op, customerId, Orders.Access.OWNER);
            return bring.warehouse().balances(customerId).stream().filter(which).toList();
        }));
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return call(Operation.GET_WAREHOUSING_ERROR_CODES, Optional.empty(), List.of(),
                () -> ErrorCatalogue.orderManagement().definitions());
    }
}
