package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bringport.adapter.rest.http.UserDocuments;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a booking document, in any of the spellings Bring has documented, into its wire type.
 * The body is read as a tree (XML through {@link WireMappers#readTree}, which refuses DTDs; JSON
 * with WireMappers' mapper, decimals exactly as written) and brought into one shape before it
 * is bound:
 * <ul>
 *   <li>XML: attributes become fields, repeated elements lists, and wrapper elements
 *       ({@code <packages><package>}) the list they wrap;</li>
 *   <li>XML converted to JSON ({@code {"bookingRequest": {"-testIndicator": "true",
 *       "consignments": {"consignment": {...}}}}}): the root element is unwrapped, {@code -name}
 *       attributes become fields, {@code xmlns} is dropped, and wrappers become lists;</li>
 *   <li>text is trimmed (Bring's XML examples indent values), and empty text, empty elements,
 *       empty objects and JSON nulls mean absent.</li>
 * </ul>
 * Unknown elements and fields are ignored; reading a request notes their paths.
 */
final class DocumentReader {

    /** Bring's wrapper elements and the element each wraps. */
    private static final Map<String, String> WRAPPERS = Map.of(
            "consignments", "consignment",
            "packages", "package",
            "packageGroups", "packageGroup",
            "additionalServices", "additionalService",
            "customers", "customer",
            "products", "product",
            "errorTypes", "errorType",
            "errors", "error",
            "messages", "message");

    private DocumentReader() {
    }

    /**
     * Reads a request document that must have a given root element (in XML, or in JSON converted
     * from XML where it is the single top-level field): one document, no field given twice, and
     * the fields the wire type has no place for.
     *
     * @param body the checked body
     * @param root the root element, e.g. {@code bookingRequest}
     * @param type the wire type
     * @param <T>  the wire type
     * @return the document and the paths of the fields not bound, in the one shape
     * @throws IOException if the body is not such a document
     */
    static <T> UserDocuments.Bound<T> request(UserDocuments.Body body, String root, Class<T> type) throws IOException {
        ObjectNode tree = shaped(UserDocuments.tree(body), body.bytes(), body.format(), root, true);
        try {
            return UserDocuments.bind(tree, type);
        } catch (MismatchedInputException e) {
            JsonNode given = tree.at(pointer(e));
            if (body.format() == WireFormat.XML && given.isArray()) {
                // in the tree, repeated elements became a list: here the wire type holds one
                throw new IOException(UserDocuments.path(e) + " is given " + given.size() + " times: the document "
                        + "holds it once", e);
            }
            throw e;
        }
    }

    private static JsonPointer pointer(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference step : e.getPath()) {
            pointer = step.getFieldName() != null ? pointer.appendProperty(step.getFieldName())
                    : pointer.appendIndex(step.getIndex());
        }
        return pointer;
    }

    /**
     * Reads an answer document; its root element is not checked, so that Bring may rename it.
     *
     * @param body   the body
     * @param format its format
     * @param root   the root element Bring documents, unwrapped in JSON converted from XML
     * @param type   the wire type
     * @param <T>    the wire type
     * @return the document
     * @throws IOException if the body is not such a document
     */
    static <T> T answer(byte[] body, WireFormat format, String root, Class<T> type) throws IOException {
        return WireMappers.of(WireFormat.JSON).treeToValue(shaped(WireMappers.readTree(body, format), body, format, root,
                false), type);
    }

    /**
     * A body's tree in the one shape, whatever its spelling.
     *
     * @param read      the body as read
     * @param body      the body
     * @param format    its format
     * @param root      the root element Bring documents
     * @param checkRoot whether an XML root element of another name is refused
     * @return the tree, an object
     * @throws IOException if the body is not a document
     */
    private static ObjectNode shaped(JsonNode read, byte[] body, WireFormat format, String root, boolean checkRoot)
            throws IOException {
        if (read != null && read.isTextual() && read.asText().isBlank()) {
            read = JsonNodeFactory.instance.objectNode(); // <bookingRequest/>
        }
        if (format == WireFormat.XML && checkRoot) {
            String found = rootElement(body);
            if (!found.equals(root)) {
                throw new IOException("expected a " + root + " document, found <" + found + ">");
            }
        }
        if (read == null || !read.isObject()) {
            throw new IOException("expected a " + root + " document (an object), found "
                    + (read == null ? "nothing" : read.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        JsonNode normalized = normalized(read);
        ObjectNode document = normalized instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        JsonNode converted = document.get(root);
        if (document.size() == 1 && converted instanceof ObjectNode inner) {
            return inner;
        }
        return document;
    }

    private static String rootElement(byte[] body) throws IOException {
        try {
            XMLStreamReader reader = WireMappers.secureXmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                throw new IOException("no root element");
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The node in the one shape, or null when it means absent. */
    private static JsonNode normalized(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            return text.isEmpty() ? null : TextNode.valueOf(text);
        }
        if (node.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> {
                JsonNode value = normalized(item);
                if (value != null) {
                    items.add(value);
                }
            });
            return items.isEmpty() ? null : items;
        }
        if (node.isObject()) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = fieldName(field.getKey());
                JsonNode value = name == null ? null : normalized(field.getValue());
                if (value != null) {
                    fields.set(name, unwrapped(name, value));
                }
            }
            return fields.isEmpty() ? null : fields;
        }
        return node;
    }

    /** A field's name without the {@code -} or {@code @} of an attribute converted from XML; null for namespace declarations. */
    private static String fieldName(String name) {
        String plain = name.startsWith("-") || name.startsWith("@") ? name.substring(1) : name;
        if (plain.equals("xmlns") || plain.startsWith("xmlns:")) {
            return null;
        }
        return plain.equals("#text") ? "" : plain;
    }

    /**
     * A wrapper element's list: {@code {"package": x}} under {@code packages} becomes {@code [x]}.
     * Whatever else a wrapper holds is an element Bring added later, ignored like any other.
     */
    private static JsonNode unwrapped(String name, JsonNode value) {
        String item = WRAPPERS.get(name);
        if (item == null || !value.isObject() || !value.has(item)) {
            return value;
        }
        JsonNode items = value.get(item);
        return items.isArray() ? items : JsonNodeFactory.instance.arrayNode().add(items);
    }
}
