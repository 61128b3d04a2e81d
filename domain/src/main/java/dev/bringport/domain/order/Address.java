package dev.bringport.domain.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postal or physical address of an order party. Bring sends empty elements for parts it does
 * not know; they are absent here.
 *
 * @param type          postal or physical
 * @param street        {@code Street}
 * @param streetNo      {@code StreetNo}
 * @param addressLines  {@code AddressLine}s
 * @param postalCode    {@code PostalCode}
 * @param city          {@code City}
 * @param zipCode       {@code ZIPCode}
 * @param stateOrRegion {@code StateOrRegion}
 * @param countryCode   {@code CountryCode}, ISO 3166-1 alpha-2
 * @param poBox         {@code POBox}
 * @param postOffice    {@code PostOffice}
 */
public record Address(AddressType type, Optional<String> street, Optional<String> streetNo, List<String> addressLines,
                      Optional<String> postalCode, Optional<String> city, Optional<String> zipCode,
                      Optional<String> stateOrRegion, Optional<String> countryCode, Optional<String> poBox,
                      Optional<String> postOffice) {

    /**
     * Treats blank parts as absent and drops blank address lines.
     *
     * @param type          postal or physical
     * @param street        {@code Street}
     * @param streetNo      {@code StreetNo}
     * @param addressLines  {@code AddressLine}s
     * @param postalCode    {@code PostalCode}
     * @param city          {@code City}
     * @param zipCode       {@code ZIPCode}
     * @param stateOrRegion {@code StateOrRegion}
     * @param countryCode   {@code CountryCode}, ISO 3166-1 alpha-2
     * @param poBox         {@code POBox}
     * @param postOffice    {@code PostOffice}
     */
    public Address {
        Objects.requireNonNull(type, "address type");
        street = present(street, "street");
        streetNo = present(streetNo, "streetNo");
        addressLines = addressLines.stream().filter(l -> l != null && !l.isBlank()).toList();
        postalCode = present(postalCode, "postalCode");
        city = present(city, "city");
        zipCode = present(zipCode, "zipCode");
        stateOrRegion = present(stateOrRegion, "stateOrRegion");
        countryCode = present(countryCode, "countryCode");
        poBox = present(poBox, "poBox");
        postOffice = present(postOffice, "postOffice");
    }

    private static Optional<String> present(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).filter(s -> !s.isBlank());
    }

    /**
     * Whether the address has no content at all (Bring sends such addresses, e.g. an empty PostalAddress).
     *
     * @return whether every part is absent
     */
    public boolean isEmpty() {
        return street.isEmpty() && streetNo.isEmpty() && addressLines.isEmpty() && postalCode.isEmpty()
                && city.isEmpty() && zipCode.isEmpty() && stateOrRegion.isEmpty() && countryCode.isEmpty()
                && poBox.isEmpty() && postOffice.isEmpty();
    }

    /**
     * Starts an address of a type.
     *
     * @param type postal or physical
     * @return a builder
     */
    public static Builder builder(AddressType type) {
        return new Builder(type);
    }

    /** Builds an {@link Address}; every part is optional. */
    public static final class Builder {
        private final AddressType type;
        private String street;
        private String streetNo;
        private final List<String> addressLines = new ArrayList<>();
        private String postalCode;
        private String city;
        private String zipCode;
        private String stateOrRegion;
        private String countryCode;
        private String poBox;
        private String postOffice;

        private Builder(AddressType type) {
            this.type = type;
        }

        /**
         * Sets {@code Street}.
         *
         * @param value {@code Street}
         * @return this builder
         */
        public Builder street(String value) {
            street = value;
            return this;
        }

        /**
         * Sets {@code StreetNo}.
         *
         * @param value {@code StreetNo}
         * @return this builder
         */
        public Builder streetNo(String value) {
            streetNo = value;
            return this;
        }

        /**
         * Adds an {@code AddressLine}.
         *
         * @param value an {@code AddressLine}
         * @return this builder
         */
        public Builder addressLine(String value) {
            addressLines.add(value);
            return this;
        }

        /**
         * Sets {@code PostalCode}.
         *
         * @param value {@code PostalCode}
         * @return this builder
         */
        public Builder postalCode(String value) {
            postalCode = value;
            return this;
        }

        /**
         * Sets {@code City}.
         *
         * @param value {@code City}
         * @return this builder
         */
        public Builder city(String value) {
            city = value;
            return this;
        }

        /**
         * Sets {@code ZIPCode}.
         *
         * @param value {@code ZIPCode}
         * @return this builder
         */
        public Builder zipCode(String value) {
            zipCode = value;
            return this;
        }

        /**
         * Sets {@code StateOrRegion}.
         *
         * @param value {@code StateOrRegion}
         * @return this builder
         */
        public Builder stateOrRegion(String value) {
            stateOrRegion = value;
            return this;
        }

        /**
         * Sets {@code CountryCode}, ISO 3166-1 alpha-2.
         *
         * @param value {@code CountryCode}, ISO 3166-1 alpha-2
         * @return this builder
         */
        public Builder countryCode(String value) {
            countryCode = value;
            return this;
        }

        /**
         * Sets {@code POBox}.
         *
         * @param value {@code POBox}
         * @return this builder
         */
        public Builder poBox(String value) {
            poBox = value;
            return this;
        }

        /**
         * Sets {@code PostOffice}.
         *
         * @param value {@code PostOffice}
         * @return this builder
         */
        public Builder postOffice(String value) {
            postOffice = value;
            return this;
        }

        /** {@return the address} */
        public Address build() {
            return new Address(type, Optional.ofNullable(street), Optional.ofNullable(streetNo), addressLines,
                    Optional.ofNullable(postalCode), Optional.ofNullable(city), Optional.ofNullable(zipCode),
                    Optional.ofNullable(stateOrRegion), Optional.ofNullable(countryCode), Optional.ofNullable(poBox),
                    Optional.ofNullable(postOffice));
        }
    }
}
