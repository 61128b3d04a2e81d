package dev.bringport.adapter.soap.transport;

import jakarta.xml.ws.WebServiceException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A SOAP service answered something other than a SOAP envelope: a status such as 429, 401 or
 * 503, a plain-text error, an HTML page. Carries what the adapter needs to type the failure.
 */
final class AnswerWithoutEnvelope extends WebServiceException {

    private final int status;
    private final transient Optional<String> contentType;
    private final transient Optional<String> retryAfter;
    private final byte[] body;

    AnswerWithoutEnvelope(int status, String contentType, String retryAfter, byte[] body) {
        super("HTTP " + status + " without a SOAP envelope");
        this.status = status;
        this.contentType = Optional.ofNullable(contentType);
        this.retryAfter = Optional.ofNullable(retryAfter);
        this.body = body.clone();
    }

    /** @return the HTTP status */
    int status() {
        return status;
    }

    /** @return the content type, when there was one */
    Optional<String> contentType() {
        return contentType;
    }

    /** @return the {@code Retry-After} header, when there was one */
    Optional<String> retryAfter() {
        return retryAfter;
    }

    /** @return the body as UTF-8 text */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
