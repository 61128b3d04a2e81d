package dev.bringport.adapter.rest.server;

import com.sun.net.httpserver.HttpExchange;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.BringCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A request the simulated Bring received: what a {@link Route} answers.
 *
 * @param method  the HTTP method
 * @param uri     the request URI (path and query)
 * @param headers the headers, names in lower case
 * @param body    the body
 * @param at      when it arrived
 * @param path    the match of the route's path pattern (groups are the path parameters)
 */
public record SimulatedRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body, Instant at,
                               Optional<Matcher> path) {

    /** The most bytes a request body may have: far above Bring's largest documented request (24 KiB). */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /**
     * Reads a request off the JDK's HTTP server, its body at most {@link #MAX_BODY_BYTES}.
     *
     * @param exchange the exchange
     * @return the request, not yet matched to a route; empty when its body is longer than the bound
     * @throws IOException if reading the body fails
     */
    public static Optional<SimulatedRequest> read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] chunk = new byte[8192];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (body.size() + n > MAX_BODY_BYTES) {
                    return Optional.empty();
                }
                body.write(chunk, 0, n);
            }
        }
        return Optional.of(new SimulatedRequest(exchange.getRequestMethod(), exchange.getRequestURI(), Map.copyOf(headers),
                body.toByteArray(), Instant.now(), Optional.empty()));
    }

    /**
     * The same request, matched to a route.
     *
     * @param match the match of the route's path pattern
     * @return the request with its path parameters
     */
    public SimulatedRequest matching(Matcher match) {
        return new SimulatedRequest(method, uri, headers, body, at, Optional.of(match));
    }

    /**
     * A header.
     *
     * @param name its name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT))).flatMap(v -> v.stream().findFirst());
    }

    /** {@return the Mybring user the request claims to come from; empty when it names none} */
    public String user() {
        return header(BringCredentials.USER_ID_HEADER).orElse("");
    }

    /** {@return the format the client asks for, from {@code Accept} (JSON unless XML is asked for)} */
    public WireFormat accept() {
        return header("Accept").filter(a -> a.contains("xml")).map(a -> WireFormat.XML).orElse(WireFormat.JSON);
    }

    /** {@return the format of the request body} */
    public WireFormat bodyFormat() {
        return WireFormat.of(header("Content-Type").orElse(null), body);
    }

    /** {@return the body as UTF-8 text} */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A path parameter of the route's pattern, URL-decoded.
     *
     * @param group its group number
     * @return the value
     */
    public String pathParameter(int group) {
        return java.net.URLDecoder.decode(path.orElseThrow().group(group), StandardCharsets.UTF_8);
    }
}
