package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a field is in a document being read: field names joined by dots, list positions in
 * brackets ({@code consignments[0].product.id}), the XML root element left out as JSON has none.
 */
final class DocumentPath {

    private DocumentPath() {
    }

    /**
     * The path of a field of the object a parser is in.
     *
     * @param parser   the parser at the field's name or value: the document's own, or one over the
     *                 fields Jackson held back while it waited for a record's components, which
     *                 it replays once the record is built
     * @param document the document's own parser, which is then at the record's end (or, for a
     *                 record complete before its end, still inside it)
     * @param name     the field's name ({@code ""} for the text of an XML element)
     * @return the path
     */
    static String of(JsonParser parser, JsonParser document, String name) {
        JsonStreamContext holderParent;
        if (parser.getParsingContext() instanceof TokenBufferReadContext) {
            JsonStreamContext live = document.getParsingContext();
            holderParent = document.currentToken() == JsonToken.END_OBJECT ? live : live.getParent();
        } else {
            JsonStreamContext holder = parser.getParsingContext();
            if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
                holder = holder.getParent(); // the value's own context is open
            }
            holderParent = holder.getParent();
        }
        Deque<String> steps = new ArrayDeque<>();
        steps.push(name.isEmpty() ? "#text" : name);
        for (JsonStreamContext c = holderParent; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                steps.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            path.append(path.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return path.toString();
    }
}
