package dev.bringport.example;

import dev.bringport.adapter.rest.order.OrderDocuments;
import dev.bringport.domain.Violation;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TrackingEventRules;
import dev.bringport.ports.BringException;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.order.OrderManagement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code om is-customer|order|lines|packing-lists|sender-status|error-codes}, and the writes
 * {@code om create-order|add-packing-list|event <file>}, whose files are Bring's documented
 * request bodies ({@code CreateOrderRequest}, {@code CreatePackagingListRequest},
 * {@code CreateEventRequest}) in JSON or XML.
 */
final class OrderManagementCommands {

    static final List<String> USAGE = List.of(
            "om is-customer <customerId>",
            "om order <customerId> <orderId>",
            "om lines <customerId> <orderId>",
            "om packing-lists <customerId> <orderId>",
            "om sender-status <customerId> <orderId>",
            "om error-codes",
            "om create-order <CreateOrderRequest file>",
            "om add-packing-list <CreatePackagingListRequest file>",
            "om event <CreateEventRequest file>");

    private final OrderManagement om;
    private final RequestFile files;
    private final PrintStream notes;
    private final ClientRules clientRules;

    OrderManagementCommands(OrderManagement om, RequestFile files, PrintStream notes, ClientRules clientRules) {
        this.om = om;
        this.files = files;
        this.notes = notes;
        this.clientRules = clientRules;
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
            case "create-order" -> {
                Arguments.require(args, 1, "om create-order <CreateOrderRequest file>");
                OrderMessage message = files.read(args.get(1), OrderDocuments::readOrderMessage);
                om.sendOrder(message);
                String orderId = message.order().orderId();
                String indicator = message.order().updateIndicator().bringName();
                yield new Result(Map.of("orderId", orderId, "updateIndicator", indicator, "sent", true),
                        "Order " + orderId + " sent (" + indicator + ").");
            }
            case "add-packing-list" -> {
                Arguments.require(args, 1, "om add-packing-list <CreatePackagingListRequest file>");
                OrderDocuments.PackagingListRequest request = files.read(args.get(1),
                        OrderDocuments::readPackagingList);
                om.addPackingList(request.customerId(), request.orderId(), request.packingList());
                yield new Result(Map.of("customerId", request.customerId(), "orderId", request.orderId(),
                        "packingList", request.packingList()), "Packing list for consignment "
                        + request.packingList().consignmentId() + " added to order " + request.orderId() + ":\n"
                        + TextFormat.packingList(request.packingList()));
            }
            case "event" -> {
                Arguments.require(args, 1, "om event <CreateEventRequest file>");
                yield sendEvents(files.read(args.get(1), OrderDocuments::readEvents));
            }
            default -> throw UsageException.unknown("om command", command,
                    USAGE.stream().map(line -> line.split(" ")[1]).toList());
        };
    }

    /**
     * Sends a file's events one by one, after checking all of them (unless the client rules are
     * off): an invalid event anywhere in the file stops the command before the first is sent. Should Bring refuse one on the way,
     * the note on standard error says which were sent already.
     */
    private Result sendEvents(List<TrackingEvent> events) {
        if (events.isEmpty()) {
            throw new InputException("the CreateEventRequest holds no Event");
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String place = "Event[" + i + "].";
            TrackingEvent event = events.get(i);
            clientRules.violations(() -> TrackingEventRules.violations(event)).forEach(v ->
                    violations.add(new Violation(place + v.field(), v.code(), v.message())));
        }
        InvalidRequestException.throwIfAny(Operation.SEND_EVENT, violations);
        List<TrackingEvent> sent = new ArrayList<>();
        for (TrackingEvent event : events) {
            try {
                om.sendEvent(event);
            } catch (BringException e) {
                if (!sent.isEmpty()) {
                    notes.println("note: " + sent.size() + " of " + events.size() + " events were sent before event "
                            + sent.size() + " failed");
                }
                throw e;
            }
            sent.add(event);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("sent", sent);
        return new Result(value, sent.size() + (sent.size() == 1 ? " event" : " events") + " sent: "
                + String.join(", ", sent.stream().map(e -> e.eventType() + " for consignment " + e.consignmentId())
                .toList()) + ".");
    }
}
