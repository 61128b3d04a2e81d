package dev.bringport.domain.booking;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an EDI customs declaration ({@code ediCustomsDeclaration}). Quantity, goods
 * description, item net weight, tariff line amount and currency are required
 * ({@code BOOK_VALIDATION-012}).
 *
 * @param quantity             number of articles in the line
 * @param goodsDescription     what they are, at most 35 characters
 * @param customsArticleNumber the customs tariff number, e.g. {@code 61.09.1000}
 * @param itemNetWeightInKg    net weight of all the line's articles
 * @param tariffLineAmount     value of all the line's articles ({@code tarriffLineAmount}, as Bring spells it)
 * @param currency             ISO 4217 currency code, three letters
 * @param countryOfOrigin      ISO 3166-1 alpha-2 country of origin
 */
public record CustomsLine(Optional<Integer> quantity, String goodsDescription, Optional<String> customsArticleNumber,
                          Optional<BigDecimal> itemNetWeightInKg, Optional<BigDecimal> tariffLineAmount,
                          String currency, Optional<String> countryOfOrigin) {

    /**
     * Requires every part (blank text is reported by {@link BookingRules}).
     *
     * @param quantity             number of articles in the line
     * @param goodsDescription     what they are, at most 35 characters
     * @param customsArticleNumber the customs tariff number, e.g. {@code 61.09.1000}
     * @param itemNetWeightInKg    net weight of all the line's articles
     * @param tariffLineAmount     value of all the line's articles ({@code tarriffLineAmount}, as Bring spells it)
     * @param currency             ISO 4217 currency code, three letters
     * @param countryOfOrigin      ISO 3166-1 alpha-2 country of origin
     */
    public CustomsLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(goodsDescription, "goodsDescription");
        customsArticleNumber = Objects.requireNonNull(customsArticleNumber, "customsArticleNumber").filter(s -> !s.isBlank());
        itemNetWeightInKg = Objects.requireNonNull(itemNetWeightInKg, "itemNetWeightInKg")
                .map(w -> Decimals.canonical(w, "itemNetWeightInKg"));
        tariffLineAmount = Objects.requireNonNull(tariffLineAmount, "tariffLineAmount")
                .map(a -> Decimals.canonical(a, "tariffLineAmount"));
        Objects.requireNonNull(currency, "currency");
        countryOfOrigin = Objects.requireNonNull(countryOfOrigin, "countryOfOrigin").filter(s -> !s.isBlank());
    }

    /**
     * A complete customs line.
     *
     * @param quantity             number of articles
     * @param goodsDescription     what they are
     * @param customsArticleNumber tariff number, may be null
     * @param itemNetWeightInKg    net weight
     * @param tariffLineAmount     value
     * @param currency             currency
     * @param countryOfOrigin      country of origin, may be null
     * @return the line
     */
    public static CustomsLine of(int quantity, String goodsDescription, String customsArticleNumber,
                                 BigDecimal itemNetWeightInKg, BigDecimal tariffLineAmount, String currency,
                                 String countryOfOrigin) {
        return new CustomsLine(Optional.of(quantity), goodsDescription, Optional.ofNullable(customsArticleNumber),
                Optional.of(itemNetWeightInKg), Optional.of(tariffLineAmount), currency,
                Optional.ofNullable(countryOfOrigin));
    }
}
