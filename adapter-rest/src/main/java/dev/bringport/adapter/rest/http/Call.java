package dev.bringport.adapter.rest.http;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.Operation;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to Bring: what it is for, where it goes, what it sends and which format it wants back.
 *
 * @param operation     the port operation (decides retries and write safety)
 * @param method        {@code GET} or {@code POST}
 * @param uri           the endpoint
 * @param accept        the media type wanted back, e.g. {@code application/json} or {@code application/pdf}
 * @param body          the body to send, for a POST
 * @param bodyFormat    the format of the body
 * @param correlationId the id that finds the write at Bring if its outcome is unknown
 */
public record Call(Operation operation, String method, URI uri, String accept, Optional<byte[]> body,
                   WireFormat bodyFormat, Optional<String> correlationId) {

    /**
     * Requires every part.
     *
     * @param operation     the port operation (decides retries and write safety)
     * @param method        {@code GET} or {@code POST}
     * @param uri           the endpoint
     * @param accept        the media type wanted back, e.g. {@code application/json} or {@code application/pdf}
     * @param body          the body to send, for a POST
     * @param bodyFormat    the format of the body
     * @param correlationId the id that finds the write at Bring if its outcome is unknown
     */
    public Call {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyFormat, "bodyFormat");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * A GET.
     *
     * @param operation the operation
     * @param uri       the endpoint
     * @param accept    the format wanted back
     * @return the call
     */
    public static Call get(Operation operation, URI uri, WireFormat accept) {
        return get(operation, uri, accept.mediaType());
    }

    /**
     * A GET for something that is not one of Bring's documents, such as a label's PDF.
     *
     * @param operation the operation
     * @param uri       the endpoint
     * @param mediaType the media type wanted back, e.g. {@code application/pdf}
     * @return the call
     */
    public static Call get(Operation operation, URI uri, String mediaType) {
        return new Call(operation, "GET", uri, mediaType, Optional.empty(), WireFormat.JSON, Optional.empty());
    }

    /**
     * A POST.
     *
     * @param operation     the operation
     * @param uri           the endpoint
     * @param body          the body
     * @param format        the format of the body, and the one wanted back
     * @param correlationId the write's correlation id, may be null
     * @return the call
     */
    public static Call post(Operation operation, URI uri, byte[] body, WireFormat format, String correlationId) {
        return new Call(operation, "POST", uri, format.mediaType(), Optional.of(body), format,
                Optional.ofNullable(correlationId));
    }
}
