package dev.bringport.example;

import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.ports.pickup.Pickups;
import java.util.List;

/** {@code pickup order <file>} with Bring's documented {@code pickupOrderRequest} body, JSON or XML. */
final class PickupCommands {

    static final List<String> USAGE = List.of("pickup order <pickupOrderRequest file>");

    private final Pickups pickups;

    PickupCommands(Pickups pickups) {
        this.pickups = pickups;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        if (!command.equals("order")) {
            throw new UsageException("unknown pickup command '" + command + "'");
        }
        Arguments.require(args, 1, USAGE.get(0));
        PickupConfirmation confirmation = pickups.orderPickup(RequestFile.read(args.get(1),
                BookingDocuments::pickupOrder));
        return new Result(confirmation, TextFormat.pickup(confirmation));
    }
}
