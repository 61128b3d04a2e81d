package dev.bringport.example;

import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.ports.pickup.Pickups;
import java.util.List;

/** {@code pickup order <file>} with Bring's documented {@code pickupOrderRequest} body, JSON or XML. */
final class PickupCommands {

    static final List<String> USAGE = List.of("pickup order <pickupOrderRequest file>");

    private final Pickups pickups;
    private final RequestFile files;

    PickupCommands(Pickups pickups, RequestFile files) {
        this.pickups = pickups;
        this.files = files;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        if (!command.equals("order")) {
            throw UsageException.unknown("pickup command", command,
                    USAGE.stream().map(line -> line.split(" ")[1]).toList());
        }
        Arguments.require(args, 1, USAGE.get(0));
        PickupConfirmation confirmation = pickups.orderPickup(files.read(args.get(1),
                BookingDocuments::readPickupOrder));
        return new Result(confirmation, TextFormat.pickup(confirmation));
    }
}
