package dev.bringport.adapter.inmemory;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.Gs1;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.pickup.Pickups;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Pickups of the in-memory Bring: validated with the PICKUP-INPUT rules and confirmed for the
 * pickup day, from the ready-at time (or the start of the day) to the start of the next day.
 */
final class InMemoryPickups extends InMemoryPort implements Pickups {

    InMemoryPickups(InMemoryBring bring, String user, CallListener listener) {
        super(bring, user, listener);
    }

    @Override
    public PickupConfirmation orderPickup(PickupOrder order) {
        Operation op = Operation.ORDER_PICKUP;
        Instant now = bring.now();
        return call(op, Optional.empty(), PickupRules.violations(order, now), () -> {
            List<BookingCustomer> customers = bring.read(() -> bring.bookings().customers(user));
            checkAtBring(op, PickupRules.violationsAgainst(order, customers));
            ZoneId zone = order.timeZone().orElse(BringTime.ZONE);
            LocalDate day = order.pickupDate().orElseThrow();
            Instant earliest = day.atTime(order.readyAt().orElse(LocalTime.MIDNIGHT)).atZone(zone).toInstant();
            Instant latest = day.plusDays(1).atStartOfDay(zone).toInstant();
            String serial = String.format("%09d", bring.ids().nextSerial());
            PickupConfirmation confirmation = new PickupConfirmation("OK", earliest, Optional.of(latest),
                    Optional.of(URI.create("https://www.mybring.com/order/pickup/receipt/" + serial)),
                    Optional.of(Gs1.withCheckDigit("3" + InMemoryBooking.COMPANY_PREFIX + serial)));
            bring.write(() -> bring.received().add(new Received.PickupOrdered(user, order, confirmation, now)));
            return confirmation;
        });
    }
}
