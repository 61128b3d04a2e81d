package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.Arrays;

/** The kind of a party's address: {@code <Address subClass="PostalAddress">}. */
public enum AddressType {
    /** The postal (mailing) address. */
    POSTAL_ADDRESS("PostalAddress"),
    /** The physical (visiting, delivery) address. */
    PHYSICAL_ADDRESS("PhysicalAddress");

    private final String bringName;

    AddressType(String bringName) {
        this.bringName = bringName;
    }

    /**
     * The value of {@code subClass} in Bring's XML.
     *
     * @return e.g. {@code "PostalAddress"}
     */
    public String bringName() {
        return bringName;
    }

    /**
     * The type for Bring's value in either spelling.
     *
     * @param value {@code "PostalAddress"} or {@code "POSTAL_ADDRESS"}
     * @return the type
     * @throws IllegalArgumentException for a value Bring does not document
     */
    public static AddressType fromBring(String value) {
        return Arrays.stream(values()).filter(t -> BringSpelling.matches(value, t.bringName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown address subClass: " + value));
    }
}
