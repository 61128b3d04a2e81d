package dev.bringport.domain.booking;

import dev.bringport.domain.Decimals;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A maximum weight per package for some products, optionally only to one recipient country;
 * heavier packages are rejected with {@code BOOK-INPUT-023}.
 *
 * @param productIds       the products, by number and name (e.g. {@code 0340} and {@code PICKUP_PARCEL})
 * @param recipientCountry the recipient country it applies to, or empty for every country
 * @param maxWeightInKg    the largest allowed {@code weightInKg} of a package
 * @param effectiveFrom    the first day the limit applies
 * @param source           where Bring announced it
 */
public record WeightLimit(Set<String> productIds, Optional<String> recipientCountry, BigDecimal maxWeightInKg,
                          LocalDate effectiveFrom, String source) implements DatedRule {

    /**
     * Requires every part.
     *
     * @param productIds       the products, by number and name (e.g. {@code 0340} and {@code PICKUP_PARCEL})
     * @param recipientCountry the recipient country it applies to, or empty for every country
     * @param maxWeightInKg    the largest allowed {@code weightInKg} of a package
     * @param effectiveFrom    the first day the limit applies
     * @param source           where Bring announced it
     */
    public WeightLimit {
        productIds = Set.copyOf(productIds);
        Objects.requireNonNull(recipientCountry, "recipientCountry");
        maxWeightInKg = Decimals.canonical(maxWeightInKg, "maxWeightInKg");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public List<Violation> violations(Consignment consignment, LocalDate day) {
        Violations v = new Violations();
        boolean applies = appliesTo(consignment, day)
                && consignment.product().map(p -> ProductGroups.contains(productIds, p.id())).orElse(false);
        if (applies) {
            List<BookingPackage> packages = consignment.packages();
            for (int i = 0; i < packages.size(); i++) {
                Optional<BigDecimal> weight = packages.get(i).weightInKg();
                String productId = consignment.product().orElseThrow().id();
                v.require(weight.map(w -> w.compareTo(maxWeightInKg) <= 0).orElse(true),
                        "consignments[0].packages[" + i + "].weightInKg", BookingCodes.BOOK_INPUT_023,
                        "must be at most " + maxWeightInKg.toPlainString() + " kg for product " + productId
                                + recipientCountry.map(c -> " to " + c).orElse("") + " (" + source + ")");
            }
        }
        return v.toList();
    }
}
