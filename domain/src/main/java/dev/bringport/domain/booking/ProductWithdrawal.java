package dev.bringport.domain.booking;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product Bring stops offering from a date, everywhere or to one recipient country; booking it
 * as the product or the return product is rejected.
 *
 * @param productIds       the products
 * @param recipientCountry the recipient country it is withdrawn for, or empty for every country
 * @param code             the code Bring rejects it with
 * @param effectiveFrom    the first day it is withdrawn
 * @param source           where Bring announced it
 */
public record ProductWithdrawal(Set<String> productIds, Optional<String> recipientCountry, ErrorCode code,
                                LocalDate effectiveFrom, String source) implements DatedRule {

    /**
     * Requires every part.
     *
     * @param productIds       the products
     * @param recipientCountry the recipient country it is withdrawn for, or empty for every country
     * @param code             the code Bring rejects it with
     * @param effectiveFrom    the first day it is withdrawn
     * @param source           where Bring announced it
     */
    public ProductWithdrawal {
        productIds = Set.copyOf(productIds);
        Objects.requireNonNull(recipientCountry, "recipientCountry");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public List<Violation> violations(Consignment consignment, LocalDate day) {
        Violations v = new Violations();
        if (!appliesTo(consignment, day)) {
            return v.toList();
        }
        consignment.product().map(Product::id).filter(id -> ProductGroups.contains(productIds, id)).ifPresent(id ->
                v.add("consignments[0].product.id", code, "product " + id + " is not available: " + source));
        consignment.returnProduct().map(ReturnProduct::id).filter(id -> ProductGroups.contains(productIds, id)).ifPresent(id ->
                v.add("consignments[0].returnProduct.id", code, "product " + id + " is not available: " + source));
        return v.toList();
    }
}
