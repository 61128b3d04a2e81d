package example.depot;

import dev.bringport.adapter.rest.BringRest;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Map;

/** The depot's stock at Bring's warehouse, wired by hand. */
public final class Stock {

    private final Warehousing warehousing;

    /**
     * The stock.
     *
     * @param warehousing Bring's Warehousing
     */
    public Stock(Warehousing warehousing) {
        this.warehousing = warehousing;
    }

    /**
     * In production: Bring's REST APIs.
     *
     * @param environment {@code BRING_API_UID}, {@code BRING_API_KEY} and {@code BRING_CLIENT_URL}
     * @return the stock at Bring
     */
    public static Stock atBring(Map<String, String> environment) {
        return new Stock(BringRest.builder().credentialsFromEnvironment(environment).build().warehousing());
    }

    /**
     * How many of an article can still be ordered.
     *
     * @param customerId    the warehouse's customer
     * @param articleNumber the article
     * @return its free balance, or none if Bring does not know the article
     */
    public String free(String customerId, String articleNumber) {
        return warehousing.articleBalance(customerId, articleNumber).map(ArticleBalance::freeBalance)
                .map(free -> articleNumber + ": " + free.toPlainString()).orElse(articleNumber + ": none");
    }
}
