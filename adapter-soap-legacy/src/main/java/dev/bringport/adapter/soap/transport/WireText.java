package dev.bringport.adapter.soap.transport;

import java.util.Optional;

/** Text in Bring's SOAP answers: Bring sends empty elements for what it does not know, and those are absent. */
public final class WireText {

    private WireText() {
    }

    /**
     * The text of an element.
     *
     * @param value the element's text, may be null
     * @return the text stripped, empty when there is none
     */
    public static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
