package dev.bringport.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * Terms of delivery ({@code TODConditionCode FOB} in code list {@code Incoterms}, at a location).
 *
 * @param conditionCode the condition, e.g. {@code FOB}
 * @param codeList      the code list the condition is from, e.g. {@code Incoterms}
 * @param location      the named place, when given
 */
public record TermsOfDelivery(Optional<String> conditionCode, Optional<String> codeList, Optional<String> location) {

    /**
     * Treats blank parts as absent.
     *
     * @param conditionCode the condition, e.g. {@code FOB}
     * @param codeList      the code list the condition is from, e.g. {@code Incoterms}
     * @param location      the named place, when given
     */
    public TermsOfDelivery {
        conditionCode = Objects.requireNonNull(conditionCode, "conditionCode").filter(s -> !s.isBlank());
        codeList = Objects.requireNonNull(codeList, "codeList").filter(s -> !s.isBlank());
        location = Objects.requireNonNull(location, "location").filter(s -> !s.isBlank());
    }

    /**
     * An Incoterms condition without a location.
     *
     * @param incoterm e.g. {@code "FOB"}
     * @return the terms
     */
    public static TermsOfDelivery incoterms(String incoterm) {
        return new TermsOfDelivery(Optional.of(incoterm), Optional.of("Incoterms"), Optional.empty());
    }
}
