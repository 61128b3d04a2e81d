package dev.bringport.adapter.rest.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Violations;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bring Warehousing, "pull order/article", over REST ({@code https://api.bring.com/po/api/v1}),
 * in JSON or XML. Blank ids are rejected before sending ({@code PO_INPUT_001} for the customer,
 * {@code PO_INPUT_002} for the order, {@code PO_INPUT_019} for an article number or search text).
 *
 * <p>{@link #articleBalance(String, String)} answers empty when the warehouse does not hold the
 * article: when Bring answers with an empty {@code ArticleBalanceSet}, and when it answers
 * not found (HTTP 404 or a not-found code) for GET {@code /articlebalance/{customerId}/{articleNo}}.
 *
 * <p>{@link #articleBalances(String)} holds the whole answer, within the transport's answer bound
 * ({@code maxAnswerBytes}, 32 MiB by default: some 100,000 balances); {@link #eachArticleBalance}
 * streams it, one balance at a time, whatever its length, so that bound does not apply to it.
 * Thread-safe.
 */
public final class RestWarehousing implements Warehousing {

    private final PoApi api;

    /**
     * Warehousing over a transport.
     *
     * @param http    the transport
     * @param baseUrl the API's base URL, e.g. {@code https://api.bring.com/po/api/v1}
     * @param format  the wire format
     */
    public RestWarehousing(BringHttp http, URI baseUrl, WireFormat format) {
        this.api = new PoApi(http, baseUrl, format);
    }

    @Override
    public String transport() {
        return BringHttp.TRANSPORT;
    }

    @Override
    public Order order(String customerId, String orderId) {
        Operation op = Operation.GET_WAREHOUSE_ORDER;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetOrderResponse.class, answer -> OrderResponseMapper.order(answer, orderId),
                "order", customerId, orderId);
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        Operation op = Operation.GET_WAREHOUSE_ORDER_LINES;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetPurchaseOrderItemResponse.class, OrderResponseMapper::lines, "items", customerId, orderId);
    }

    @Override
    public List<ArticleBalance> articleBalances(String customerId) {
        Operation op = Operation.GET_ARTICLE_BALANCES;
        InvalidRequestException.throwIfAny(op, new Violations().requireText(customerId, "customerId", PO_INPUT_001).toList());
        return api.get(op, GetArticleBalanceResponse.class, ArticleBalanceMapper::balances, "articlebalance", customerId);
    }

    @Override
    public void eachArticleBalance(String customerId, Consumer<? super ArticleBalance> action) {
        Operation op = Operation.STREAM_ARTICLE_BALANCES;
        InvalidRequestException.throwIfAny(op, new Violations().requireText(customerId, "customerId", PO_INPUT_001).toList());
        api.stream(op, new ArticleBalanceStream(op), action, "articlebalance", customerId);
    }

    @Override
    public Optional<ArticleBalance> articleBalance(String customerId, String articleNumber) {
        Operation op = Operation.GET_ARTICLE_BALANCE;
        InvalidRequestException.throwIfAny(op, new Violations()
                .requireText(customerId, "customerId", PO_INPUT_001)
                .requireText(articleNumber, "articleNo", PO_INPUT_019).toList());
        try {
            return api.get(op, GetArticleBalanceResponse.class,
                    answer -> ArticleBalanceMapper.balance(answer, articleNumber), "articlebalance", customerId, articleNumber);
        } catch (NotFoundException notHeld) {
            return Optional.empty();
        }
    }

    @Override
    public List<ArticleBalance> searchArticleBalances(String customerId, String searchString) {
        Operation op = Operation.SEARCH_ARTICLE_BALANCES;
        InvalidRequestException.throwIfAny(op, new Violations()
                .requireText(customerId, "customerId", PO_INPUT_001)
                .requireText(searchString, "articleSearchString", PO_INPUT_019).toList());
        return api.get(op, GetArticleBalanceResponse.class, ArticleBalanceMapper::balances,
                "articlebalance", "info", customerId, searchString);
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return api.get(Operation.GET_WAREHOUSING_ERROR_CODES, ErrorList.class, ErrorListMapper::definitions, "errorCodes");
    }
}
