package dev.bringport.ports.warehouse;

import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bring Warehousing, "pull order/article" ({@code https://api.bring.com/po/api/v1}): orders while
 * Bring's warehouse processes them, and live stock balances per article.
 *
 * <p>Every method can also fail with {@link dev.bringport.ports.UnauthenticatedException},
 * {@link dev.bringport.ports.RateLimitedException}, {@link dev.bringport.ports.UnavailableException},
 * {@link dev.bringport.ports.TimedOutException}, {@link dev.bringport.ports.UnexpectedResponseException}
 * and {@link dev.bringport.ports.NotSupportedByTransportException}; a blank customer id is rejected
 * before sending ({@code PO_INPUT_001}).
 */
public interface Warehousing extends Transport {

    /**
     * Reads an order in the warehouse, with its status. GET {@code /order/{customerId}/{orderId}}.
     *
     * @param customerId the customer number
     * @param orderId    the order id
     * @return the order
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_WAREHOUSE_ORDER)
    Order order(String customerId, String orderId);

    /**
     * Reads the lines of an order in the warehouse. GET {@code /items/{customerId}/{orderId}}.
     *
     * @param customerId the customer number
     * @param orderId    the order id
     * @return the lines
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001}, {@code PO_STATE_003})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_WAREHOUSE_ORDER_LINES)
    List<OrderLine> orderLines(String customerId, String orderId);

    /**
     * Reads the stock balance of every article. GET {@code /articlebalance/{customerId}}.
     *
     * @param customerId the customer number
     * @return the balances
     * @throws dev.bringport.ports.AccessDeniedException the user may not read the customer's stock
     */
    @BringOperation(Operation.GET_ARTICLE_BALANCES)
    List<ArticleBalance> articleBalances(String customerId);

    /**
     * Reads the stock balance of every article and hands each to an action as it is read, never
     * holding the whole list: for warehouses whose stock list is too long to keep in memory at
     * once (a hundred thousand articles are tens of megabytes). GET {@code /articlebalance/{customerId}},
     * the same answer as {@link #articleBalances(String)}.
     *
     * <p>The action runs on the calling thread, once per balance, in Bring's order. A failure
     * before the first balance is retried like any read; once balances are being handed over the
     * call is never sent again, so no balance reaches the action twice: a failure part way ends
     * the walk with the failure, and the balances already handed over stay handed over. What the
     * action throws ends the walk and reaches the caller unchanged.
     *
     * @param customerId the customer number
     * @param action     takes each balance
     * @throws dev.bringport.ports.AccessDeniedException the user may not read the customer's stock
     */
    @BringOperation(Operation.STREAM_ARTICLE_BALANCES)
    void eachArticleBalance(String customerId, Consumer<? super ArticleBalance> action);

    /**
     * Reads the stock balance of one article. GET {@code /articlebalance/{customerId}/{articleNo}}.
     *
     * @param customerId    the customer number
     * @param articleNumber the article number
     * @return the balance, empty if the warehouse does not hold the article
     * @throws dev.bringport.ports.AccessDeniedException the user may not read the customer's stock
     */
    @BringOperation(Operation.GET_ARTICLE_BALANCE)
    Optional<ArticleBalance> articleBalance(String customerId, String articleNumber);

    /**
     * Reads the stock balances of the articles whose number or name contains a search string.
     * GET {@code /articlebalance/info/{customerId}/{articleSearchString}}.
     *
     * @param customerId   the customer number
     * @param searchString the text to search for
     * @return the matching balances
     * @throws dev.bringport.ports.AccessDeniedException the user may not read the customer's stock
     */
    @BringOperation(Operation.SEARCH_ARTICLE_BALANCES)
    List<ArticleBalance> searchArticleBalances(String customerId, String searchString);

    /**
     * Reads Bring's list of Warehousing error codes. GET {@code /errorCodes}.
     *
     * @return the codes with their descriptions
     */
    @BringOperation(Operation.GET_WAREHOUSING_ERROR_CODES)
    List<ErrorDefinition> errorCodes();
}
