package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.ports.warehouse.Warehousing;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.util.List;
import java.util.Optional;

/** SCAFFOLD: replaced by the order capability's implementation. */
public final class RestWarehousing implements Warehousing {

    /**
     * @param http    the transport
     * @param baseUrl the API's base URL
     * @param format  the wire format where Bring offers both
     */
    public RestWarehousing(BringHttp http, java.net.URI baseUrl, WireFormat format) {
    }

    @Override
    public String transport() {
        return "REST";
    }

    @Override
    public Order order(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<ArticleBalance> articleBalances(String customerId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public Optional<ArticleBalance> articleBalance(String customerId, String articleNumber) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<ArticleBalance> searchArticleBalances(String customerId, String searchString) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw new UnsupportedOperationException("scaffold");
    }
}
