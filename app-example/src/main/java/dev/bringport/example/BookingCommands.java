package dev.bringport.example;

import dev.bringport.ports.booking.Booking;
import java.util.List;

/** {@code booking customers|error-codes}. */
final class BookingCommands {

    static final List<String> USAGE = List.of(
            "booking customers",
            "booking error-codes");

    private final Booking booking;

    BookingCommands(Booking booking) {
        this.booking = booking;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "customers" -> {
                Arguments.require(args, 0, "booking customers");
                var customers = booking.customers();
                yield new Result(customers, TextFormat.customers(customers));
            }
            case "error-codes" -> {
                Arguments.require(args, 0, "booking error-codes");
                var codes = booking.errorCodes();
                yield new Result(codes, TextFormat.errorCodes(codes));
            }
            default -> throw new UsageException("unknown booking command \'" + command + "\'");
        };
    }
}
