package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jackson's hook for a field the wire type has no place for: the field is skipped, as Bring's
 * versioning rule asks, and its path noted unless it gives nothing (a null, an empty element).
 * One per reading.
 */
final class UnboundFields extends DeserializationProblemHandler {

    private final JsonParser document;
    private final Set<String> paths = new LinkedHashSet<>();

    /** @param document the parser over the document being bound, checked or not */
    UnboundFields(JsonParser document) {
        this.document = document;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String name) throws IOException {
        String path = DocumentPath.of(parser, document, name);
        if (!givesNothing(parser)) {
            paths.add(path);
        }
        if (parser == document && document instanceof OneDocumentParser checked) {
            checked.unbound(name);
        }
        parser.skipChildren();
        return true;
    }

    /** A null, an empty element or blank text: nothing given, so nothing lost. */
    private static boolean givesNothing(JsonParser parser) throws IOException {
        JsonToken value = parser.currentToken();
        return value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING && parser.getText().isBlank();
    }

    /** @return the paths noted, in the order met */
    List<String> paths() {
        return List.copyOf(paths);
    }
}
