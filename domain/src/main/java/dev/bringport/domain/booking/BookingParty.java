package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * A party of a consignment: sender, recipient, consignor, consignee, importer or return address.
 * Text Bring requires is a plain string that {@link BookingRules} checks; the rest is optional.
 *
 * @param name                  name (required: {@code BOOK-INPUT-014})
 * @param addressLine           address (required: {@code BOOK-INPUT-015}), at most 35 characters
 * @param addressLine2          second address line, at most 35 characters
 * @param postalCode            postal code (required: {@code BOOK_INPUT-057})
 * @param city                  city (required: {@code BOOK-INPUT-016}), at most 35 characters
 * @param countryCode           ISO 3166-1 alpha-2 country code (required: {@code BOOK-INPUT-017},
 *                              valid: {@code BOOK-INPUT-028})
 * @param reference             your internal order number, at most 35 characters; shown in open tracking
 * @param additionalAddressInfo a pickup/delivery instruction printed on labels, at most 70 characters
 * @param vatNumber             organisation number, at most 12 characters
 * @param contact               contact details
 */
public record BookingParty(String name, String addressLine, Optional<String> addressLine2, String postalCode,
                           String city, String countryCode, Optional<String> reference,
                           Optional<String> additionalAddressInfo, Optional<String> vatNumber,
                           Optional<BookingContact> contact) {

    /**
     * Requires every part (text may be blank: the rules report it) and treats blank optional text as absent.
     *
     * @param name                  name (required: {@code BOOK-INPUT-014})
     * @param addressLine           address (required: {@code BOOK-INPUT-015}), at most 35 characters
     * @param addressLine2          second address line, at most 35 characters
     * @param postalCode            postal code (required: {@code BOOK_INPUT-057})
     * @param city                  city (required: {@code BOOK-INPUT-016}), at most 35 characters
     * @param countryCode           ISO 3166-1 alpha-2 country code (required: {@code BOOK-INPUT-017},
     *                              valid: {@code BOOK-INPUT-028})
     * @param reference             your internal order number, at most 35 characters; shown in open tracking
     * @param additionalAddressInfo a pickup/delivery instruction printed on labels, at most 70 characters
     * @param vatNumber             organisation number, at most 12 characters
     * @param contact               contact details
     */
    public BookingParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addressLine, "addressLine");
        addressLine2 = Objects.requireNonNull(addressLine2, "addressLine2").filter(s -> !s.isBlank());
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        reference = Objects.requireNonNull(reference, "reference").filter(s -> !s.isBlank());
        additionalAddressInfo = Objects.requireNonNull(additionalAddressInfo, "additionalAddressInfo").filter(s -> !s.isBlank());
        vatNumber = Objects.requireNonNull(vatNumber, "vatNumber").filter(s -> !s.isBlank());
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * Starts a party.
     *
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BookingParty}; unset required text is blank and reported by {@link BookingRules}. */
    public static final class Builder {
        private String name = "";
        private String addressLine = "";
        private String addressLine2;
        private String postalCode = "";
        private String city = "";
        private String countryCode = "";
        private String reference;
        private String additionalAddressInfo;
        private String vatNumber;
        private BookingContact contact;

        private Builder() {
        }

        /**
         * Name.
         *
         * @param value name
         * @return this
         */
        public Builder name(String value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Address line.
         *
         * @param value address line
         * @return this
         */
        public Builder addressLine(String value) {
            addressLine = Objects.requireNonNull(value, "addressLine");
            return this;
        }

        /**
         * Second address line.
         *
         * @param value second address line
         * @return this
         */
        public Builder addressLine2(String value) {
            addressLine2 = value;
            return this;
        }

        /**
         * Postal code.
         *
         * @param value postal code
         * @return this
         */
        public Builder postalCode(String value) {
            postalCode = Objects.requireNonNull(value, "postalCode");
            return this;
        }

        /**
         * City.
         *
         * @param value city
         * @return this
         */
        public Builder city(String value) {
            city = Objects.requireNonNull(value, "city");
            return this;
        }

        /**
         * ISO 3166-1 alpha-2 country code.
         *
         * @param value ISO 3166-1 alpha-2 country code
         * @return this
         */
        public Builder countryCode(String value) {
            countryCode = Objects.requireNonNull(value, "countryCode");
            return this;
        }

        /**
         * Your reference.
         *
         * @param value your reference
         * @return this
         */
        public Builder reference(String value) {
            reference = value;
            return this;
        }

        /**
         * Pickup/delivery instruction.
         *
         * @param value pickup/delivery instruction
         * @return this
         */
        public Builder additionalAddressInfo(String value) {
            additionalAddressInfo = value;
            return this;
        }

        /**
         * Organisation number.
         *
         * @param value organisation number
         * @return this
         */
        public Builder vatNumber(String value) {
            vatNumber = value;
            return this;
        }

        /**
         * Contact details.
         *
         * @param value contact details
         * @return this
         */
        public Builder contact(BookingContact value) {
            contact = value;
            return this;
        }

        /** {@return the party} */
        public BookingParty build() {
            return new BookingParty(name, addressLine, Optional.ofNullable(addressLine2), postalCode, city, countryCode,
                    Optional.ofNullable(reference), Optional.ofNullable(additionalAddressInfo),
                    Optional.ofNullable(vatNumber), Optional.ofNullable(contact));
        }
    }
}
