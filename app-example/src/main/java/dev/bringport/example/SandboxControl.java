package dev.bringport.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bringport.adapter.inmemory.Fault;
import dev.bringport.adapter.inmemory.Received;
import dev.bringport.ports.Operation;
import dev.bringport.ports.server.FrontDoor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's own endpoints, not Bring's, under {@code /_sandbox/}, answered in JSON without
 * credentials: {@code POST reset} (everything forgotten, the demo data again);
 * {@code POST faults} with {@code {"operation": "BOOK", "fault": "UNAVAILABLE" | "TIMEOUT" |
 * "RATE_LIMITED", "times": 1}} (the next calls of the operation, over any wire, fail so);
 * {@code GET received} (what Bring accepted); {@code GET stats} (requests and throttled ones, in
 * all and per user). A request it cannot use is answered 400 with {@code {"error": "..."}}.
 */
final class SandboxControl implements HttpHandler {

    /** Where the endpoints are. */
    static final String PATH = "/_sandbox/";
    /** The most times one fault can be queued at once. */
    static final int MOST_TIMES = 1_000;
    private static final int MOST_BODY_BYTES = 64 * 1024;

    private final Sandbox sandbox;
    private final ObjectMapper json = Json.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    SandboxControl(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MOST_BODY_BYTES + 1);
            String endpoint = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath().substring(PATH.length());
            int status = 200;
            Object answer;
            try {
                if (body.length > MOST_BODY_BYTES) {
                    throw new IllegalArgumentException("a control request may hold at most " + MOST_BODY_BYTES + " bytes");
                }
                answer = switch (endpoint) {
                    case "POST reset" -> reset();
                    case "POST faults" -> fault(body);
                    case "GET received" -> received();
                    case "GET stats" -> stats();
                    default -> null;
                };
                if (answer == null) {
                    status = 404;
                    answer = Map.of("error", "no such endpoint: " + endpoint + "; the sandbox has POST reset, "
                            + "POST faults, GET received and GET stats under " + PATH);
                }
            } catch (IllegalArgumentException | IOException wrong) {
                status = 400;
                answer = Map.of("error", String.valueOf(wrong.getMessage()));
            }
            byte[] written = json.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, written.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(written);
            }
        }
    }

    private Map<String, Object> reset() {
        sandbox.reset();
        return Map.of("reset", true);
    }

    private Map<String, Object> fault(byte[] body) throws IOException {
        JsonNode request = json.readTree(body);
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("a fault is {\"operation\": \"BOOK\", \"fault\": \"UNAVAILABLE\", \"times\": 1}");
        }
        Operation operation = named(Operation.class, request.path("operation").asText(""), "operation");
        Fault fault = named(Fault.class, request.path("fault").asText(""), "fault");
        JsonNode given = request.path("times");
        int times = given.isMissingNode() ? 1 : given.canConvertToInt() && given.isIntegralNumber() ? given.intValue() : -1;
        if (times < 1 || times > MOST_TIMES) {
            throw new IllegalArgumentException("times must be a whole number from 1 to " + MOST_TIMES + ", was " + given);
        }
        for (int i = 0; i < times; i++) {
            sandbox.bring().failNext(operation, fault);
        }
        Map<String, Object> queued = new LinkedHashMap<>();
        queued.put("operation", operation.name());
        queued.put("fault", fault.name());
        queued.put("times", times);
        return queued;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", was '" + name + "'"));
    }

    private Map<String, Object> received() {
        Received received = sandbox.bring().received();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("orderMessages", received.orderMessages());
        all.put("packingLists", received.packingLists());
        all.put("transportOrders", received.transportOrders());
        all.put("events", received.events());
        all.put("bookings", received.bookings());
        all.put("pickupOrders", received.pickupOrders());
        return all;
    }

    private Map<String, Object> stats() {
        FrontDoor door = sandbox.door();
        FrontDoor.Tally total = door.total();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("requests", total.requests());
        stats.put("throttled", total.throttled());
        stats.put("byUser", door.byUser());
        return stats;
    }
}
