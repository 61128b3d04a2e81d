package dev.bringport.domain.warehouse;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock balance of one article in Bring's warehouse ({@code ArticleBalance}).
 *
 * @param articleNumber    {@code ArticleNumber}
 * @param articleName      {@code ArticleName}
 * @param physicalBalance  {@code PhysicalBalance}: what is on the shelves
 * @param allocatedBalance {@code AllocatedBalance}: reserved for orders being picked
 * @param inOrderBalance   {@code InOrderBalance}: on orders not yet allocated
 * @param freeBalance      {@code FreeBalance}: what can still be ordered
 * @param created          {@code CreatedDateTime}
 * @param lastUpdated      {@code LastUpdatedDateTime}
 */
public record ArticleBalance(String articleNumber, Optional<String> articleName, BigDecimal physicalBalance,
                             BigDecimal allocatedBalance, BigDecimal inOrderBalance, BigDecimal freeBalance,
                             Optional<Instant> created, Optional<Instant> lastUpdated) {

    /**
     * Requires an article number and every balance, in canonical form.
     *
     * @param articleNumber    {@code ArticleNumber}
     * @param articleName      {@code ArticleName}
     * @param physicalBalance  {@code PhysicalBalance}: what is on the shelves
     * @param allocatedBalance {@code AllocatedBalance}: reserved for orders being picked
     * @param inOrderBalance   {@code InOrderBalance}: on orders not yet allocated
     * @param freeBalance      {@code FreeBalance}: what can still be ordered
     * @param created          {@code CreatedDateTime}
     * @param lastUpdated      {@code LastUpdatedDateTime}
     */
    public ArticleBalance {
        Objects.requireNonNull(articleNumber, "ArticleNumber");
        if (articleNumber.isBlank()) {
            throw new IllegalArgumentException("ArticleNumber must not be blank");
        }
        articleName = Objects.requireNonNull(articleName, "articleName").filter(s -> !s.isBlank());
        physicalBalance = Decimals.canonical(physicalBalance, "PhysicalBalance");
        allocatedBalance = Decimals.canonical(allocatedBalance, "AllocatedBalance");
        inOrderBalance = Decimals.canonical(inOrderBalance, "InOrderBalance");
        freeBalance = Decimals.canonical(freeBalance, "FreeBalance");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
    }

    /**
     * A balance with nothing allocated or in order: all of the physical stock is free.
     *
     * @param articleNumber the article number
     * @param articleName   the article name
     * @param physical      the physical balance
     * @param at            when it was created and last updated
     * @return the balance
     */
    public static ArticleBalance inStock(String articleNumber, String articleName, BigDecimal physical, Instant at) {
        return new ArticleBalance(articleNumber, Optional.ofNullable(articleName), physical, BigDecimal.ZERO,
                BigDecimal.ZERO, physical, Optional.of(at), Optional.of(at));
    }
}
