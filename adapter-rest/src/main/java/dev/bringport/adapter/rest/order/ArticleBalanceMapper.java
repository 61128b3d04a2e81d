package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads Bring's {@code GetArticleBalanceResponse} into article balances. An empty
 * {@code ArticleBalanceSet} (or none) is no balances; a balance without its article number or one
 * of its four quantities fails the read, since a missing stock figure must not pass for zero.
 */
final class ArticleBalanceMapper {

    private ArticleBalanceMapper() {
    }

    /**
     * The balances of an answer, in Bring's order.
     *
     * @param answer the answer
     * @return the balances
     * @throws IllegalArgumentException for a balance missing a figure
     */
    static List<ArticleBalance> balances(GetArticleBalanceResponse answer) {
        if (answer.articleBalanceSet == null) {
            return List.of();
        }
        return each(answer.articleBalanceSet.balances).stream().map(ArticleBalanceMapper::balance).toList();
    }

    /**
     * The balance of one article in an answer: the one with that article number, else the answer's
     * only balance (Bring may spell the number differently, e.g. with leading zeros).
     *
     * @param answer        the answer
     * @param articleNumber the article asked for
     * @return the balance, empty when the answer holds none for the article
     */
    static Optional<ArticleBalance> balance(GetArticleBalanceResponse answer, String articleNumber) {
        List<ArticleBalance> balances = balances(answer);
        return balances.stream().filter(b -> b.articleNumber().equals(articleNumber.strip())).findFirst()
                .or(() -> balances.size() == 1 ? Optional.of(balances.get(0)) : Optional.empty());
    }

    /**
     * One balance of an answer.
     *
     * @param wire the balance as Bring wrote it
     * @return the balance
     * @throws IllegalArgumentException for a balance missing its number or a figure
     */
    static ArticleBalance balance(GetArticleBalanceResponse.ArticleBalance wire) {
        String number = text(wire.articleNumber)
                .orElseThrow(() -> new IllegalArgumentException("an ArticleBalance has no ArticleNumber"));
        return new ArticleBalance(number, text(wire.articleName),
                required(wire.physicalBalance, number, "PhysicalBalance"),
                required(wire.allocatedBalance, number, "AllocatedBalance"),
                required(wire.inOrderBalance, number, "InOrderBalance"),
                required(wire.freeBalance, number, "FreeBalance"),
                WireTime.instant(wire.created), WireTime.instant(wire.lastUpdated));
    }

    private static BigDecimal required(BigDecimal value, String articleNumber, String field) {
        if (value == null) {
            throw new IllegalArgumentException("ArticleBalance " + articleNumber + " has no " + field);
        }
        return value;
    }
}
