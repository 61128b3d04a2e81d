package dev.bringport.adapter.rest.document;

import java.util.Objects;

/**
 * A field a request document gave that the library will not send, and why: a field it does not
 * model, or one whose value reaches Bring another way.
 *
 * @param path   where the field is, in the document's one shape: field names joined by dots, list
 *               positions in brackets, e.g. {@code consignments[0].product.explicitAdditionalServices}
 * @param reason why it is not sent, e.g. {@code the library does not model it}
 */
public record IgnoredField(String path, String reason) {

    /** The reason given for a field the library has no place for. */
    public static final String NOT_MODELLED = "the library does not model it";

    /**
     * Requires both parts.
     *
     * @param path   where the field is
     * @param reason why it is not sent
     * @throws IllegalArgumentException if either is blank
     */
    public IgnoredField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (path.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("an ignored field needs a path and a reason");
        }
    }

    /**
     * The field and why, as one sentence.
     *
     * @return e.g. {@code clientUrl is not sent: the client URL travels in the X-Bring-Client-URL header}
     */
    @Override
    public String toString() {
        return path + " is not sent: " + reason;
    }
}
