package dev.bringport.adapter.rest.server;

import com.sun.net.httpserver.HttpExchange;
import dev.bringport.adapter.rest.format.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the simulated Bring answers.
 *
 * @param status      the HTTP status
 * @param contentType the content type, empty for none
 * @param body        the body
 * @param headers     more headers
 */
public record SimulatedAnswer(int status, String contentType, byte[] body, Map<String, String> headers) {

    /**
     * A body in a format.
     *
     * @param status the status
     * @param format the format
     * @param body   the body
     * @return the answer
     */
    public static SimulatedAnswer of(int status, WireFormat format, byte[] body) {
        return new SimulatedAnswer(status, format.mediaType() + ";charset=UTF-8", body, Map.of());
    }

    /**
     * A 200 with a body in a format.
     *
     * @param format the format
     * @param body   the body
     * @return the answer
     */
    public static SimulatedAnswer ok(WireFormat format, byte[] body) {
        return of(200, format, body);
    }

    /**
     * A text answer, e.g. Bring's plain-text errors or an HTML page.
     *
     * @param status      the status
     * @param contentType the content type
     * @param text        the text
     * @return the answer
     */
    public static SimulatedAnswer text(int status, String contentType, String text) {
        return new SimulatedAnswer(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * An answer without a body.
     *
     * @param status the status
     * @return the answer
     */
    public static SimulatedAnswer empty(int status) {
        return new SimulatedAnswer(status, "", new byte[0], Map.of());
    }

    /**
     * Bring's answer to being throttled: HTTP 429 with {@code Retry-After: 1}, no body.
     *
     * @return the answer
     */
    public static SimulatedAnswer throttled() {
        return new SimulatedAnswer(429, "", new byte[0], Map.of("Retry-After", "1"));
    }

    /**
     * Sends this answer on the JDK's HTTP server and ends the exchange's answer.
     *
     * @param exchange the exchange
     * @throws IOException if the client is gone
     */
    public void send(HttpExchange exchange) throws IOException {
        if (!contentType.isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
