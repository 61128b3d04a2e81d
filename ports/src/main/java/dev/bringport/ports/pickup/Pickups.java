package dev.bringport.ports.pickup;

import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;

/**
 * Bring pickups ({@code https://api.bring.com/booking-api/api/pickupOrder}): order Bring to
 * collect parcels or cargo. (Booking 5100 adds a pickup automatically.)
 *
 * <p>Can also fail with the failures every write can meet:
 * {@link dev.bringport.ports.UnauthenticatedException}, {@link dev.bringport.ports.RateLimitedException},
 * {@link dev.bringport.ports.UnavailableException}, {@link dev.bringport.ports.OutcomeUnknownException},
 * {@link dev.bringport.ports.UnexpectedResponseException} and
 * {@link dev.bringport.ports.NotSupportedByTransportException}.
 */
public interface Pickups extends Transport {

    /**
     * Orders a pickup. POST {@code /pickupOrder}.
     *
     * @param order what to pick up, where and when
     * @return Bring's confirmation with the earliest and latest pickup
     * @throws dev.bringport.ports.InvalidRequestException Bring's pickup rules broken ({@code PICKUP-INPUT-*}),
     *         found before sending with every violation, or reported by Bring (e.g. a customer number that
     *         cannot order pickups, {@code PICKUP-INPUT-004})
     */
    @BringOperation(Operation.ORDER_PICKUP)
    PickupConfirmation orderPickup(PickupOrder order);
}
