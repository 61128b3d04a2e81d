package dev.bringport.adapter.rest.http;

import dev.bringport.adapter.rest.format.WireFormat;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parser that refuses a field given twice in the same object, naming its path, instead of
 * letting the binding keep the last value. In XML the wire type's lists arrive as one field
 * holding an array (Jackson's virtual wrapping), so a repeated name is an element the type holds
 * once, or a list whose elements are not together (of which the binding would keep the last run);
 * an element the type does not know may repeat.
 */
final class OneDocumentParser extends JsonParserDelegate {

    /** The names seen in the object open at each depth; an object's start forgets its depth's names. */
    private final List<Set<String>> namesByDepth = new ArrayList<>();
    /** Whether a skipped value is being read: what the wire type has no place for is not checked. */
    private boolean skipping;

    private final boolean xml;

    /**
     * @param parser the document's parser
     * @param format the document's format
     */
    OneDocumentParser(JsonParser parser, WireFormat format) {
        super(parser);
        this.xml = format == WireFormat.XML;
    }

    /**
     * Notes that the field the parser is at has no place in the wire type. In XML, repeated
     * elements of a part the wire type does not know may be a list: they are not counted.
     *
     * @param name the field's name
     */
    void unbound(String name) {
        if (xml) {
            boolean atValueStart = currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY;
            names(depth() - (atValueStart ? 1 : 0)).remove(name);
        }
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == JsonToken.START_OBJECT) {
            names(depth()).clear();
        } else if (token == JsonToken.FIELD_NAME && !names(depth()).add(currentName()) && !skipping) {
            throw new JsonParseException(this, DocumentPath.of(this, this, currentName()) + " is given twice");
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /**
     * Skips through this parser's own {@link #nextToken()}, so that its depths stay right. A
     * skipped value is not checked: in XML, repeated elements of a part the wire type does not
     * know may well be a list.
     */
    @Override
    public JsonParser skipChildren() throws IOException {
        if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) {
            return this;
        }
        boolean outer = skipping;
        skipping = true;
        try {
            int open = 1;
            while (open > 0) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            }
            return this;
        } finally {
            skipping = outer;
        }
    }

    private int depth() {
        int depth = 0;
        for (JsonStreamContext c = getParsingContext(); c != null; c = c.getParent()) {
            depth++;
        }
        return depth;
    }

    private Set<String> names(int depth) {
        while (namesByDepth.size() <= depth) {
            namesByDepth.add(new HashSet<>());
        }
        return namesByDepth.get(depth);
    }
}
