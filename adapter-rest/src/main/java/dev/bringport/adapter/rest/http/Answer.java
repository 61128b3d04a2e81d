package dev.bringport.adapter.rest.http;

import dev.bringport.adapter.rest.format.WireFormat;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP answer from Bring, its body read completely (and within the size bound).
 *
 * @param status  the HTTP status
 * @param headers the headers
 * @param body    the body, possibly empty
 */
public record Answer(int status, HttpHeaders headers, byte[] body) {

    /**
     * Requires headers and body.
     *
     * @param status  the HTTP status
     * @param headers the headers
     * @param body    the body, possibly empty
     */
    public Answer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The format of the body, from its content type or its look.
     *
     * @return JSON or XML
     */
    public WireFormat format() {
        return WireFormat.of(headers.firstValue("Content-Type").orElse(null), body);
    }

    /**
     * The format of a document the answer must hold: JSON or XML. An answer whose
     * {@code Content-Type} names something else (a login or error page in {@code text/html}, plain
     * text) is no document, whatever its body looks like: read as XML, an XHTML page would pass for
     * a document without any of the fields asked for, e.g. an empty stock list.
     *
     * @return JSON or XML
     * @throws IOException if the answer says it is something else
     */
    public WireFormat documentFormat() throws IOException {
        Optional<String> type = headers.firstValue("Content-Type").map(t -> t.toLowerCase(Locale.ROOT));
        if (type.isPresent() && !type.get().contains("json") && !type.get().contains("xml")) {
            throw new IOException("the answer is " + type.get().split(";")[0].strip() + ", not a JSON or XML document");
        }
        return format();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A header.
     *
     * @param name its name
     * @return its first value
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
