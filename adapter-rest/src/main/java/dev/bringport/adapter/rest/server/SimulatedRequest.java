package dev.bringport.adapter.rest.server;

import dev.bringport.adapter.rest.format.WireFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A request the simulator received.
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

    /**
     * A header.
     *
     * @param name its name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT))).flatMap(v -> v.stream().findFirst());
    }

    /** @return the Mybring user the request claims to come from */
    public String user() {
        return header("X-Mybring-API-Uid").orElse("");
    }

    /** @return the format the client asks for, from {@code Accept} (JSON unless XML is asked for) */
    public WireFormat accept() {
        return header("Accept").filter(a -> a.contains("xml")).map(a -> WireFormat.XML).orElse(WireFormat.JSON);
    }

    /** @return the format of the request body */
    public WireFormat bodyFormat() {
        return WireFormat.of(header("Content-Type").orElse(null), body);
    }

    /** @return the body as UTF-8 text */
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
