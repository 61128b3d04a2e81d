package dev.bringport.domain.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party of an order: ordering party, delivery party, supplier, performing unit (warehouse),
 * transport company. A new order's delivery and ordering parties (and a supplier, if any) must
 * have name, street, city and country code ({@link OrderRules}).
 *
 * @param role       the role ({@code subClass})
 * @param partyId    {@code partyId}; for the performing unit, the warehouse id
 * @param name       {@code Name}
 * @param vatNo      {@code VATNo}
 * @param addresses  postal and physical addresses
 * @param contacts   contacts
 * @param references references
 * @param plantId    {@code PlantId}, sent by Bring's SOAP interface
 */
public record Party(PartyRole role, Optional<String> partyId, Optional<String> name, Optional<String> vatNo,
                    List<Address> addresses, List<Contact> contacts, List<Reference> references,
                    Optional<String> plantId) {

    /**
     * Treats blank parts as absent and drops empty addresses and contacts.
     *
     * @param role       the role ({@code subClass})
     * @param partyId    {@code partyId}; for the performing unit, the warehouse id
     * @param name       {@code Name}
     * @param vatNo      {@code VATNo}
     * @param addresses  postal and physical addresses
     * @param contacts   contacts
     * @param references references
     * @param plantId    {@code PlantId}, sent by Bring's SOAP interface
     */
    public Party {
        Objects.requireNonNull(role, "party role");
        partyId = Objects.requireNonNull(partyId, "partyId").filter(s -> !s.isBlank());
        name = Objects.requireNonNull(name, "name").filter(s -> !s.isBlank());
        vatNo = Objects.requireNonNull(vatNo, "vatNo").filter(s -> !s.isBlank());
        addresses = addresses.stream().filter(a -> !a.isEmpty()).toList();
        contacts = contacts.stream().filter(c -> !c.isEmpty()).toList();
        references = List.copyOf(references);
        plantId = Objects.requireNonNull(plantId, "plantId").filter(s -> !s.isBlank());
    }

    /**
     * The address of a type.
     *
     * @param type postal or physical
     * @return the first address of that type
     */
    public Optional<Address> address(AddressType type) {
        return addresses.stream().filter(a -> a.type() == type).findFirst();
    }

    /**
     * Starts a party in a role.
     *
     * @param role the role
     * @return a builder
     */
    public static Builder builder(PartyRole role) {
        return new Builder(role);
    }

    /** Builds a {@link Party}. */
    public static final class Builder {
        private final PartyRole role;
        private String partyId;
        private String name;
        private String vatNo;
        private final List<Address> addresses = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private String plantId;

        private Builder(PartyRole role) {
            this.role = role;
        }

        /**
         * Sets {@code partyId}.
         *
         * @param value {@code partyId}
         * @return this builder
         */
        public Builder partyId(String value) {
            partyId = value;
            return this;
        }

        /**
         * Sets {@code Name}.
         *
         * @param value {@code Name}
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets {@code VATNo}.
         *
         * @param value {@code VATNo}
         * @return this builder
         */
        public Builder vatNo(String value) {
            vatNo = value;
            return this;
        }

        /**
         * Adds an address.
         *
         * @param value an address
         * @return this builder
         */
        public Builder address(Address value) {
            addresses.add(Objects.requireNonNull(value, "address"));
            return this;
        }

        /**
         * Adds a contact.
         *
         * @param value a contact
         * @return this builder
         */
        public Builder contact(Contact value) {
            contacts.add(Objects.requireNonNull(value, "contact"));
            return this;
        }

        /**
         * Adds a reference.
         *
         * @param value a reference
         * @return this builder
         */
        public Builder reference(Reference value) {
            references.add(Objects.requireNonNull(value, "reference"));
            return this;
        }

        /**
         * Sets {@code PlantId}.
         *
         * @param value {@code PlantId}
         * @return this builder
         */
        public Builder plantId(String value) {
            plantId = value;
            return this;
        }

        /** {@return the party} */
        public Party build() {
            return new Party(role, Optional.ofNullable(partyId), Optional.ofNullable(name), Optional.ofNullable(vatNo),
                    addresses, contacts, references, Optional.ofNullable(plantId));
        }
    }
}
