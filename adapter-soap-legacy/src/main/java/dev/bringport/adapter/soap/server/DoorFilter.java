package dev.bringport.adapter.soap.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.server.FrontDoor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Bring's door in front of a SOAP service: counts every request, and answers a user's request
 * over the limit with HTTP 429 and {@code Retry-After: 1} before the service reads it. A request
 * that is not logged in goes on to the service, which answers Bring's error inside its answer
 * ({@link SimulatedCaller#unauthenticated}).
 */
public final class DoorFilter extends Filter {

    private final FrontDoor door;

    /**
     * A filter.
     *
     * @param door Bring's door, shared with the other wires
     */
    public DoorFilter(FrontDoor door) {
        this.door = door;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        FrontDoor.Admission admission = door.admit(exchange.getRequestHeaders().getFirst(BringCredentials.USER_ID_HEADER),
                exchange.getRequestHeaders().getFirst(BringCredentials.API_KEY_HEADER),
                exchange.getRequestHeaders().getFirst(BringCredentials.CLIENT_URL_HEADER));
        if (admission != FrontDoor.Admission.THROTTLED) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().set("Retry-After", "1");
            exchange.sendResponseHeaders(429, -1);
        }
    }

    @Override
    public String description() {
        return "Bring's door: " + door;
    }
}
