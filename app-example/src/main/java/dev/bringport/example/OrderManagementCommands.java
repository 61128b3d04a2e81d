package dev.bringport.example;

import dev.bringport.ports.order.OrderManagement;
import java.util.List;
import java.util.Map;

/** {@code om is-customer|order|lines|packing-lists|sender-status|error-codes}. */
final class OrderManagementCommands {

    static final List<String> USAGE = List.of(
            "om is-customer <customerId>",
            "om order <customerId> <orderId>",
            "om lines <customerId> <orderId>",
            "om packing-lists <customerId> <orderId>",
            "om sender-status <customerId> <orderId>",
            "om error-codes");

    private final OrderManagement om;

    OrderManagementCommands(OrderManagement om) {
        this.om = om;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "is-customer" -> {
                Arguments.require(args, 1, "om is-customer <customerId>");
                boolean is = om.isOrderManagementCustomer(args.get(1));
                yield new Result(Map.of("customerId", args.get(1), "isOrderManagementCustomer", is),
                        "Customer " + args.get(1) + (is ? " is" : " is not") + " an Order Management customer.");
            }
            case "order" -> {
                Arguments.require(args, 2, "om order <customerId> <orderId>");
                var order = om.order(args.get(1), args.get(2));
                yield new Result(order, TextFormat.order(order));
            }
            case "lines" -> {
                Arguments.require(args, 2, "om lines <customerId> <orderId>");
                var lines = om.orderLines(args.get(1), args.get(2));
                yield new Result(lines, TextFormat.lines(lines));
            }
            case "packing-lists" -> {
                Arguments.require(args, 2, "om packing-lists <customerId> <orderId>");
                var lists = om.packingLists(args.get(1), args.get(2));
                yield new Result(lists, TextFormat.packingLists(lists));
            }
            case "sender-status" -> {
                Arguments.require(args, 2, "om sender-status <customerId> <orderId>");
                var status = om.senderStatus(args.get(1), args.get(2));
                yield new Result(Map.of("orderId", args.get(2), "senderStatus", status),
                        "Order " + args.get(2) + " is " + status + ".");
            }
            case "error-codes" -> {
                Arguments.require(args, 0, "om error-codes");
                var codes = om.errorCodes();
                yield new Result(codes, TextFormat.errorCodes(codes));
            }
            default -> throw new UsageException("unknown om command \'" + command + "\'");
        };
    }
}
