package dev.bringport.adapter.rest.server;

import dev.bringport.adapter.rest.format.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the simulator answers.
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
}
