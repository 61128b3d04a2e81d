package dev.bringport.adapter.rest.format;

/** The format of Bring's bodies on the wire. */
public enum WireFormat {
    /** {@code application/json}: Bring's recommendation for new integrations. */
    JSON("application/json"),
    /** {@code application/xml}. */
    XML("application/xml");

    private final String mediaType;

    WireFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * The media type of the format.
     *
     * @return e.g. {@code application/json}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a {@code Content-Type} names, or the one a body looks like.
     *
     * @param contentType the content type header, may be null
     * @param body        the body
     * @return XML for an XML content type or a body starting with {@code <}, JSON otherwise
     */
    public static WireFormat of(String contentType, byte[] body) {
        if (contentType != null && contentType.contains("xml")) {
            return XML;
        }
        if (contentType != null && contentType.contains("json")) {
            return JSON;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<' ? XML : JSON;
            }
        }
        return JSON;
    }
}
