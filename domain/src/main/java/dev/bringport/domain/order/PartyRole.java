package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.List;
import java.util.Objects;

/**
 * The role of a party on an order ({@code Party subClass}), in Bring's camel-case spelling.
 * An open set: the documented roles are constants, others pass through.
 *
 * @param name the role, e.g. {@code DeliveryParty}
 */
public record PartyRole(String name) {

    // Declared first: the constants below are canonicalised against it.
    private static final List<String> DOCUMENTED = List.of("DeliveryParty", "OrderingParty", "Supplier",
            "PerformingUnit", "TransportCompany", "MessageCopyRecipient");

    /** The recipient of the goods (required on a new order). */
    public static final PartyRole DELIVERY_PARTY = new PartyRole("DeliveryParty");
    /** The party that ordered (required on a new order). */
    public static final PartyRole ORDERING_PARTY = new PartyRole("OrderingParty");
    /** The supplier that packs and delivers. */
    public static final PartyRole SUPPLIER = new PartyRole("Supplier");
    /** The warehouse that performs the order; its {@code partyId} is the warehouse id (e.g. {@code BERGER}). */
    public static final PartyRole PERFORMING_UNIT = new PartyRole("PerformingUnit");
    /** The transport company. */
    public static final PartyRole TRANSPORT_COMPANY = new PartyRole("TransportCompany");
    /** A party that receives a copy of the messages. */
    public static final PartyRole MESSAGE_COPY_RECIPIENT = new PartyRole("MessageCopyRecipient");

    /**
     * Canonicalises either spelling: {@code DELIVERY_PARTY} becomes {@code DeliveryParty}.
     *
     * @param name the role, e.g. {@code DeliveryParty}
     */
    public PartyRole {
        Objects.requireNonNull(name, "party subClass");
        if (name.isBlank()) {
            throw new IllegalArgumentException("party subClass must not be blank");
        }
        name = documentedSpelling(name);
    }

    /**
     * The role for Bring's value in either spelling.
     *
     * @param value e.g. {@code "DELIVERY_PARTY"} or {@code "DeliveryParty"}
     * @return the role
     */
    public static PartyRole of(String value) {
        return new PartyRole(value);
    }

    private static String documentedSpelling(String name) {
        for (String documented : DOCUMENTED) {
            if (BringSpelling.matches(name, documented)) {
                return documented;
            }
        }
        return BringSpelling.camelCase(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
