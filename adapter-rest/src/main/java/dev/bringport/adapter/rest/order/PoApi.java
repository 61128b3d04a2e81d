package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.Call;
import dev.bringport.adapter.rest.http.StreamReader;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.adapter.rest.http.XmlCharacters;
import dev.bringport.ports.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Calls to Bring's {@code /po/api/v1} API (Order Management and Warehousing): the endpoint's URL,
 * with every path segment percent-encoded (order ids hold {@code -}, customers send spaces), the
 * format asked for, and the answers read by {@link PoAnswers}.
 */
final class PoApi {

    private final BringHttp http;
    private final String baseUrl;
    private final WireFormat format;

    PoApi(BringHttp http, URI baseUrl, WireFormat format) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").toString().replaceAll("/+$", "");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * GETs an endpoint in the configured format and reads its answer.
     *
     * @param operation the operation
     * @param type      the wire type of the answer
     * @param mapping   from the wire type to the domain value
     * @param path      the path segments after the base URL, unencoded
     * @param <W>       the wire type
     * @param <T>       the domain value
     * @return the value
     */
    <W extends PoResponse, T> T get(Operation operation, Class<W> type, Function<W, T> mapping, String... path) {
        return http.exchange(Call.get(operation, uri(path), format), PoAnswers.reading(operation, type, mapping));
    }

    /**
     * GETs an endpoint in the configured format and hands the items of its answer to an action as
     * they arrive, never holding the whole answer.
     *
     * @param operation the operation
     * @param reader    reads the items
     * @param action    takes each item
     * @param path      the path segments after the base URL, unencoded
     * @param <T>       the items
     */
    <T> void stream(Operation operation, StreamReader<T> reader, Consumer<? super T> action, String... path) {
        http.stream(Call.get(operation, uri(path), format), reader, action);
    }

    /**
     * POSTs a body and reads Bring's acknowledgement.
     *
     * @param operation     the operation
     * @param body          the wire body
     * @param bodyFormat    its format (Bring's XML-only endpoints take XML whatever is configured)
     * @param correlationId what finds the write at Bring if its outcome is unknown
     * @param path          the path segments after the base URL, unencoded
     */
    void post(Operation operation, Object body, WireFormat bodyFormat, String correlationId, String... path) {
        http.exchange(Call.post(operation, uri(path), write(operation, body, bodyFormat), bodyFormat, correlationId),
                PoAnswers.acknowledgement(operation));
    }

    /** @return the format asked for where Bring offers both */
    WireFormat format() {
        return format;
    }

    /** @return now, by the adapter's clock: the date of requests */
    Instant now() {
        return http.settings().clock().instant();
    }

    /**
     * The URL of an endpoint.
     *
     * @param path the path segments, unencoded
     * @return the base URL followed by the encoded segments
     */
    URI uri(String... path) {
        StringBuilder url = new StringBuilder(baseUrl);
        for (String segment : path) {
            url.append('/').append(encode(segment));
        }
        return URI.create(url.toString());
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters; a segment of dots is encoded whole. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        boolean onlyDots = !segment.isEmpty() && segment.chars().allMatch(c -> c == '.');
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '~' || c == '.' && !onlyDots;
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static byte[] write(Operation operation, Object body, WireFormat bodyFormat) {
        if (bodyFormat == WireFormat.XML) {
            XmlCharacters.requireWritable(operation, WireMappers.of(WireFormat.JSON).valueToTree(body));
        }
        try {
            return WireMappers.of(bodyFormat).writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
