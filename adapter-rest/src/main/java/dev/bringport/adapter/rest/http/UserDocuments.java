package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.bringport.adapter.rest.format.WireFormat;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Request bodies a user hands the library to send (Bring's documented request documents, from a
 * file or another system): their format told from their first character, a UTF-8 byte order mark
 * ignored, and a refusal that says what is wrong and where without quoting the body.
 */
public final class UserDocuments {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private UserDocuments() {
    }

    /**
     * The body without a leading UTF-8 byte order mark.
     *
     * @param body the body
     * @return the body, or a copy without its byte order mark
     */
    public static byte[] withoutBom(byte[] body) {
        Objects.requireNonNull(body, "body");
        boolean bom = body.length >= 3 && Arrays.equals(body, 0, 3, UTF8_BOM, 0, 3);
        return bom ? Arrays.copyOfRange(body, 3, body.length) : body;
    }

    /**
     * The format of a body: XML when it starts with {@code <}, JSON otherwise.
     *
     * @param body the body, with or without byte order mark
     * @return its format
     */
    public static WireFormat formatOf(byte[] body) {
        return WireFormat.of(null, withoutBom(body));
    }

    /**
     * The error for a body that is not the document it should be.
     *
     * @param document the document, e.g. {@code bookingRequest}
     * @param format   the body's format
     * @param cause    what reading it threw
     * @return an error naming the document, the problem and its place (field path, or line and column)
     */
    public static IllegalArgumentException refused(String document, WireFormat format, Exception cause) {
        return new IllegalArgumentException("not a " + format + " " + document + " the library can read: "
                + reason(cause), cause);
    }

    /** Jackson's message without its source excerpt, with the field path or line and column. */
    private static String reason(Exception e) {
        if (!(e instanceof JsonProcessingException jackson)) {
            return e.getMessage();
        }
        StringBuilder reason = new StringBuilder(jackson.getOriginalMessage().strip());
        if (jackson instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            reason.append(" (at ").append(path(mapping)).append(')');
        } else if (jackson.getLocation() != null && jackson.getLocation() != JsonLocation.NA
                && jackson.getLocation().getLineNr() > 0) {
            reason.append(" (line ").append(jackson.getLocation().getLineNr()).append(", column ")
                    .append(jackson.getLocation().getColumnNr()).append(')');
        }
        return reason.toString();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
