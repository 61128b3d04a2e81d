package dev.bringport.adapter.rest.http;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.BringCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    private static final byte[] MASK = BringCredentials.MASK.getBytes(StandardCharsets.US_ASCII);

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
     * The same answer with a secret masked wherever the body repeats it, byte for byte: some
     * answers repeat the request they refuse, headers and all (a proxy's error page), and a
     * failure built from such an answer would show the API key.
     *
     * @param secret the secret, e.g. the API key
     * @return this answer if its body does not hold the secret, else a copy with each occurrence
     *     replaced by {@link BringCredentials#MASK}
     */
    public Answer masking(String secret) {
        byte[] unwanted = secret.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(body, unwanted, 0);
        if (unwanted.length == 0 || at < 0) {
            return this;
        }
        ByteArrayOutputStream masked = new ByteArrayOutputStream(body.length);
        int from = 0;
        while (at >= 0) {
            masked.write(body, from, at - from);
            masked.writeBytes(MASK);
            from = at + unwanted.length;
            at = indexOf(body, unwanted, from);
        }
        masked.write(body, from, body.length - from);
        return new Answer(status, headers, masked.toByteArray());
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i <= data.length - part.length; i++) {
            if (data[i] == part[0] && Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
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
