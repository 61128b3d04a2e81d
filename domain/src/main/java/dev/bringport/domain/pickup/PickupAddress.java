package dev.bringport.domain.pickup;

import java.util.Objects;
import java.util.Optional;

/**
 * Where to pick up ({@code pickupAddress}).
 *
 * @param street              street (required)
 * @param postalCode          postal code (required and valid: {@code PICKUP-INPUT-002})
 * @param city                city (required)
 * @param email               e-mail (required), at most 60 characters
 * @param phoneNumber         phone number (required)
 * @param contactName         contact name
 * @param messageToDriver     a generic message to the driver ({@code message} in JSON)
 * @param deliveryInstruction an instruction to the driver
 */
public record PickupAddress(String street, String postalCode, String city, String email, String phoneNumber,
                            Optional<String> contactName, Optional<String> messageToDriver,
                            Optional<String> deliveryInstruction) {

    /**
     * Requires every part (blank required text is reported by {@link PickupRules}).
     *
     * @param street              street (required)
     * @param postalCode          postal code (required and valid: {@code PICKUP-INPUT-002})
     * @param city                city (required)
     * @param email               e-mail (required), at most 60 characters
     * @param phoneNumber         phone number (required)
     * @param contactName         contact name
     * @param messageToDriver     a generic message to the driver ({@code message} in JSON)
     * @param deliveryInstruction an instruction to the driver
     */
    public PickupAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        contactName = Objects.requireNonNull(contactName, "contactName").filter(s -> !s.isBlank());
        messageToDriver = Objects.requireNonNull(messageToDriver, "messageToDriver").filter(s -> !s.isBlank());
        deliveryInstruction = Objects.requireNonNull(deliveryInstruction, "deliveryInstruction").filter(s -> !s.isBlank());
    }

    /**
     * An address without contact name, message or instruction.
     *
     * @param street      street
     * @param postalCode  postal code
     * @param city        city
     * @param email       e-mail
     * @param phoneNumber phone number
     * @return the address
     */
    public static PickupAddress of(String street, String postalCode, String city, String email, String phoneNumber) {
        return new PickupAddress(street, postalCode, city, email, phoneNumber, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The same address with a message to the driver.
     *
     * @param message the message, e.g. "Hentes på baksiden"
     * @return a copy
     */
    public PickupAddress withMessageToDriver(String message) {
        return new PickupAddress(street, postalCode, city, email, phoneNumber, contactName,
                Optional.ofNullable(message), deliveryInstruction);
    }
}
