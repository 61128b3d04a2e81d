package dev.bringport.domain.order;

import java.util.Objects;

/**
 * An article number with its type ({@code <ArticleId codeListAgencyIdentifier="VendorItemNo">2200001</ArticleId>}).
 *
 * @param value the number, e.g. {@code 123-4000}
 * @param type  what kind of number it is
 */
public record ArticleId(String value, ArticleIdType type) {

    /**
     * Requires a value and a type.
     *
     * @param value the number, e.g. {@code 123-4000}
     * @param type  what kind of number it is
     */
    public ArticleId {
        Objects.requireNonNull(value, "article id");
        Objects.requireNonNull(type, "article id type");
    }

    /**
     * A customer item number, Bring's default type.
     *
     * @param value the number
     * @return the article id
     */
    public static ArticleId customerItemNo(String value) {
        return new ArticleId(value, ArticleIdType.CUSTOMER_ITEM_NO);
    }
}
