package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.Objects;
import java.util.Optional;

/**
 * A location of a transport leg ({@code <Location locationId="3015" subClass="StartLocation">}).
 *
 * @param subClass    the kind of location in Bring's camel-case spelling ({@code StartLocation},
 *                    {@code EndLocation}, {@code UltimateEndLocation}, {@code CustomsDepartment}...)
 * @param locationId  its id, often a postal code
 * @param name        its name
 * @param countryCode ISO 3166-1 alpha-2 country code
 */
public record Location(String subClass, Optional<String> locationId, Optional<String> name, Optional<String> countryCode) {

    /** Where the leg starts. */
    public static final String START_LOCATION = "StartLocation";
    /** Where the leg ends. */
    public static final String END_LOCATION = "EndLocation";

    /**
     * Canonicalises the kind and treats blank parts as absent.
     *
     * @param subClass    the kind of location in Bring's camel-case spelling ({@code StartLocation},
     *                    {@code EndLocation}, {@code UltimateEndLocation}, {@code CustomsDepartment}...)
     * @param locationId  its id, often a postal code
     * @param name        its name
     * @param countryCode ISO 3166-1 alpha-2 country code
     */
    public Location {
        subClass = BringSpelling.camelCase(Objects.requireNonNull(subClass, "subClass"));
        locationId = Objects.requireNonNull(locationId, "locationId").filter(s -> !s.isBlank());
        name = Objects.requireNonNull(name, "name").filter(s -> !s.isBlank());
        countryCode = Objects.requireNonNull(countryCode, "countryCode").filter(s -> !s.isBlank());
    }
}
