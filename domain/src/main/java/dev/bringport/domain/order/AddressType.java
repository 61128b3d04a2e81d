package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a party's address: {@code <Address subClass="PostalAddress">}. An open set: the
 * documented kinds are constants, a kind Bring starts sending later passes through as it is
 * written.
 *
 * @param bringName the value of {@code subClass}, e.g. {@code PostalAddress}
 */
public record AddressType(String bringName) {

    /** The postal (mailing) address. */
    public static final AddressType POSTAL_ADDRESS = new AddressType("PostalAddress");
    /** The physical (visiting, delivery) address. */
    public static final AddressType PHYSICAL_ADDRESS = new AddressType("PhysicalAddress");

    /** The kinds Bring documents. */
    public static final List<AddressType> DOCUMENTED = List.of(POSTAL_ADDRESS, PHYSICAL_ADDRESS);

    /**
     * Requires a non-blank value.
     *
     * @param bringName the value of {@code subClass}, e.g. {@code PostalAddress}
     */
    public AddressType {
        Objects.requireNonNull(bringName, "address subClass");
        bringName = bringName.strip();
        if (bringName.isEmpty()) {
            throw new IllegalArgumentException("address subClass must not be blank");
        }
    }

    /**
     * The kind for Bring's value in either spelling.
     *
     * @param value e.g. {@code "PostalAddress"} or {@code "POSTAL_ADDRESS"}
     * @return a documented kind, or the value as it is written
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static AddressType fromBring(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("address subClass must not be blank");
        }
        for (AddressType documented : DOCUMENTED) {
            if (BringSpelling.matches(value, documented.bringName)) {
                return documented;
            }
        }
        return new AddressType(value);
    }

    /**
     * Whether Bring documents this kind.
     *
     * @return whether it is PostalAddress or PhysicalAddress
     */
    public boolean isDocumented() {
        return DOCUMENTED.contains(this);
    }

    @Override
    public String toString() {
        return bringName;
    }
}
