package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * Contact details of a booking party.
 *
 * @param name        contact name
 * @param email       e-mail, at most 60 characters; on the sender, a booking confirmation is sent to it
 * @param phoneNumber phone number; the sender's is mandatory for outgoing services except
 *                    mailbox parcels and return services
 */
public record BookingContact(Optional<String> name, Optional<String> email, Optional<String> phoneNumber) {

    /**
     * Treats blank parts as absent.
     *
     * @param name        contact name
     * @param email       e-mail, at most 60 characters; on the sender, a booking confirmation is sent to it
     * @param phoneNumber phone number; the sender's is mandatory for outgoing services except
     *                    mailbox parcels and return services
     */
    public BookingContact {
        name = Objects.requireNonNull(name, "name").filter(s -> !s.isBlank());
        email = Objects.requireNonNull(email, "email").filter(s -> !s.isBlank());
        phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber").filter(s -> !s.isBlank());
    }

    /**
     * A contact; any part may be null.
     *
     * @param name        the name
     * @param email       the e-mail
     * @param phoneNumber the phone number
     * @return the contact
     */
    public static BookingContact of(String name, String email, String phoneNumber) {
        return new BookingContact(Optional.ofNullable(name), Optional.ofNullable(email), Optional.ofNullable(phoneNumber));
    }
}
