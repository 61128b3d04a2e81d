package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * The parties of a consignment ({@code parties}). Sender and recipient are required by Bring
 * ({@code BOOK-INPUT-006}, {@code BOOK-INPUT-007}); they are optional here so that a missing one
 * is reported with its code rather than failing at construction.
 *
 * @param sender      the sender
 * @param recipient   the recipient
 * @param consignor   the consignor (Cargo International)
 * @param consignee   the consignee (Cargo International)
 * @param importer    the importer (customs)
 * @param returnTo    a return address printed instead of the sender's (mailbox parcel)
 * @param pickupPoint the pickup point to deliver to
 */
public record Parties(Optional<BookingParty> sender, Optional<BookingParty> recipient, Optional<BookingParty> consignor,
                      Optional<BookingParty> consignee, Optional<BookingParty> importer,
                      Optional<BookingParty> returnTo, Optional<PickupPoint> pickupPoint) {

    /** No parties at all. */
    public static final Parties NONE = new Parties(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Requires every (possibly empty) part.
     *
     * @param sender      the sender
     * @param recipient   the recipient
     * @param consignor   the consignor (Cargo International)
     * @param consignee   the consignee (Cargo International)
     * @param importer    the importer (customs)
     * @param returnTo    a return address printed instead of the sender's (mailbox parcel)
     * @param pickupPoint the pickup point to deliver to
     */
    public Parties {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(consignor, "consignor");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(pickupPoint, "pickupPoint");
    }

    /**
     * The parties with another sender.
     *
     * @param party the sender
     * @return a copy
     */
    public Parties withSender(BookingParty party) {
        return new Parties(Optional.of(party), recipient, consignor, consignee, importer, returnTo, pickupPoint);
    }

    /**
     * The parties with another recipient.
     *
     * @param party the recipient
     * @return a copy
     */
    public Parties withRecipient(BookingParty party) {
        return new Parties(sender, Optional.of(party), consignor, consignee, importer, returnTo, pickupPoint);
    }

    /**
     * The parties with another consignor.
     *
     * @param party the consignor
     * @return a copy
     */
    public Parties withConsignor(BookingParty party) {
        return new Parties(sender, recipient, Optional.of(party), consignee, importer, returnTo, pickupPoint);
    }

    /**
     * The parties with another consignee.
     *
     * @param party the consignee
     * @return a copy
     */
    public Parties withConsignee(BookingParty party) {
        return new Parties(sender, recipient, consignor, Optional.of(party), importer, returnTo, pickupPoint);
    }

    /**
     * The parties with another importer.
     *
     * @param party the importer
     * @return a copy
     */
    public Parties withImporter(BookingParty party) {
        return new Parties(sender, recipient, consignor, consignee, Optional.of(party), returnTo, pickupPoint);
    }

    /**
     * The parties with another return address.
     *
     * @param party the return address
     * @return a copy
     */
    public Parties withReturnTo(BookingParty party) {
        return new Parties(sender, recipient, consignor, consignee, importer, Optional.of(party), pickupPoint);
    }

    /**
     * The parties with another pickup point.
     *
     * @param point the pickup point
     * @return a copy
     */
    public Parties withPickupPoint(PickupPoint point) {
        return new Parties(sender, recipient, consignor, consignee, importer, returnTo, Optional.of(point));
    }
}
