package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * Dangerous goods declared with additional service {@code DANGEROUS_GOODS}. UN number
 * ({@code BOOK-INPUT-048}, four characters: {@code BOOK-INPUT-091}), commodity
 * ({@code BOOK-INPUT-049}) and weight ({@code BOOK-INPUT-050}) are required.
 *
 * @param containerId           the container (Oil Express); must match a package's container id
 * @param weightInGrams         weight of the dangerous goods
 * @param unNumber              UN number, four characters
 * @param commodity             commodity name
 * @param packingGroup          packing group (I, II, III)
 * @param dangerClass           danger class
 * @param tunnelRestrictionCode tunnel restriction code
 * @param safetyMarkCode        safety mark code
 * @param factor                factor
 */
public record DangerousGoods(Optional<String> containerId, Optional<Integer> weightInGrams, String unNumber,
                             String commodity, Optional<String> packingGroup, String dangerClass,
                             Optional<String> tunnelRestrictionCode, Optional<String> safetyMarkCode,
                             Optional<Integer> factor) {

    /**
     * Requires every part (blank text is reported by {@link BookingRules}).
     *
     * @param containerId           the container (Oil Express); must match a package's container id
     * @param weightInGrams         weight of the dangerous goods
     * @param unNumber              UN number, four characters
     * @param commodity             commodity name
     * @param packingGroup          packing group (I, II, III)
     * @param dangerClass           danger class
     * @param tunnelRestrictionCode tunnel restriction code
     * @param safetyMarkCode        safety mark code
     * @param factor                factor
     */
    public DangerousGoods {
        containerId = Objects.requireNonNull(containerId, "containerId").filter(s -> !s.isBlank());
        Objects.requireNonNull(weightInGrams, "weightInGrams");
        Objects.requireNonNull(unNumber, "unNumber");
        Objects.requireNonNull(commodity, "commodity");
        packingGroup = Objects.requireNonNull(packingGroup, "packingGroup").filter(s -> !s.isBlank());
        Objects.requireNonNull(dangerClass, "dangerClass");
        tunnelRestrictionCode = Objects.requireNonNull(tunnelRestrictionCode, "tunnelRestrictionCode").filter(s -> !s.isBlank());
        safetyMarkCode = Objects.requireNonNull(safetyMarkCode, "safetyMarkCode").filter(s -> !s.isBlank());
        Objects.requireNonNull(factor, "factor");
    }
}
