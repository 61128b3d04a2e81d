package dev.bringport.adapter.rest.server;

import com.sun.net.httpserver.HttpExchange;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
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
     * The HTTP status Bring answers a failure of the ports behind it with: 400 for invalid
     * input and duplicates, 401, 403, 404, 429, 503 when unavailable, and 504 when the answer did
     * not come in time (a gateway's timeout: a read timed out, or a write was carried out without
     * an answer); 500 for anything else.
     *
     * @param failure the failure
     * @return the status
     */
    public static int statusOf(BringException failure) {
        if (failure instanceof InvalidRequestException || failure instanceof DuplicateException) {
            return 400;
        } else if (failure instanceof UnauthenticatedException) {
            return 401;
        } else if (failure instanceof AccessDeniedException) {
            return 403;
        } else if (failure instanceof NotFoundException) {
            return 404;
        } else if (failure instanceof RateLimitedException) {
            return 429;
        } else if (failure instanceof UnavailableException) {
            return 503;
        } else if (failure instanceof TimedOutException || failure instanceof OutcomeUnknownException) {
            return 504;
        }
        return 500;
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
