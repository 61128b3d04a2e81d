package dev.bringport.adapter.rest.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
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

    /** Requires headers and body. */
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
