package dev.bringport.adapter.rest.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * A request document as read: the value to send, and every field the document gave that will not
 * be sent, with why. What a reader translates (Bring's earlier spellings of the same thing) is
 * sent, and so not listed.
 *
 * <p>A request document is at most {@link #MAX_BYTES} long, UTF-8 with or without a byte order
 * mark, and exactly one JSON or XML document with no field given twice; the readers refuse
 * anything else before anything is sent. {@link #readBody(InputStream)} reads a body from a file
 * or a stream within that bound.
 *
 * @param value   the value the document holds
 * @param ignored the fields it gave that will not be sent
 * @param <T>     the value's type
 */
public record RequestDocument<T>(T value, List<IgnoredField> ignored) {

    /**
     * The most bytes a request document may have: 4 MiB, far above Bring's largest documented
     * request (an order request of 24 KiB), and small enough to hold whole.
     */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * Requires both parts.
     *
     * @param value   the value the document holds
     * @param ignored the fields it gave that will not be sent, copied
     * @throws NullPointerException if either is null
     */
    public RequestDocument {
        Objects.requireNonNull(value, "value");
        ignored = List.copyOf(ignored);
    }

    /**
     * Reads a body of at most {@link #MAX_BYTES} bytes, and not one byte more: an endless or
     * oversized stream is refused once the bound is passed, without reading further.
     *
     * @param body the stream, e.g. a file's; not closed
     * @return its bytes
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if it holds more than {@link #MAX_BYTES} bytes
     */
    public static byte[] readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(tooLong());
        }
        return bytes;
    }

    /**
     * Why a body longer than the bound is refused.
     *
     * @return the reason, naming the bound
     */
    public static String tooLong() {
        return "longer than " + MAX_BYTES / (1024 * 1024) + " MiB (" + MAX_BYTES + " bytes), the most a request "
                + "document may hold: Bring's largest documented request has 24 KiB";
    }
}
