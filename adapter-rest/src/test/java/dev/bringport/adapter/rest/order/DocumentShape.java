package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.util.Convert;

/**
 * The shape of a document without its values: every path of element and attribute names (XML),
 * or of field names with the kind of each value (JSON: object, array, string, number, boolean),
 * and in XML the order of each element's children. Used to check that a document has only names,
 * nesting and kinds that one of Bring's documented examples has (the examples are schemas with
 * placeholder values), without putting two children the other way round from how the example has them.
 */
final class DocumentShape {

    private final Set<String> paths = new LinkedHashSet<>();
    /** For each element path, the pairs "a<b" of child names seen in that order within one element. */
    private final Map<String, Set<String>> childOrder = new LinkedHashMap<>();

    private DocumentShape() {
    }

    /** @return the shape of an XML document: element paths, {@code path@attribute}s (xmlns aside) and child order */
    static DocumentShape ofXml(byte[] xml) {
        DocumentShape shape = new DocumentShape();
        Element root = Convert.toDocument(Input.fromByteArray(xml).build()).getDocumentElement();
        shape.walk(root, root.getLocalName());
        return shape;
    }

    private void walk(Element element, String path) {
        paths.add(path + " {" + element.getNamespaceURI() + "}");
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                paths.add(path + "@" + attribute.getLocalName());
            }
        }
        List<String> seen = new ArrayList<>();
        Set<String> pairs = childOrder.computeIfAbsent(path, p -> new LinkedHashSet<>());
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName();
                seen.stream().filter(earlier -> !earlier.equals(name)).forEach(earlier -> pairs.add(earlier + "<" + name));
                seen.add(name);
                walk(e, path + "/" + name);
            }
        }
    }

    /** @return the shape of a JSON document: field paths ({@code []} for array elements) with their kinds */
    static DocumentShape ofJson(byte[] json) {
        try {
            DocumentShape shape = new DocumentShape();
            shape.walk(new ObjectMapper().readTree(json), "");
            return shape;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void walk(JsonNode node, String path) {
        if (node.isObject()) {
            paths.add(path + ":object");
            node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey()));
        } else if (node.isArray()) {
            paths.add(path + ":array");
            node.forEach(element -> walk(element, path + "[]"));
        } else if (node.isNumber()) {
            paths.add(path + ":number");
        } else if (node.isBoolean()) {
            paths.add(path + ":boolean");
        } else if (node.isTextual()) {
            paths.add(path + ":string");
        }
        // null says nothing about the shape
    }

    /** @return every path of this document */
    Set<String> paths() {
        return paths;
    }

    /**
     * This shape with more paths allowed (the child order stays this shape's).
     *
     * @param more the paths
     * @return a new shape
     */
    DocumentShape plus(Set<String> more) {
        DocumentShape shape = new DocumentShape();
        shape.paths.addAll(paths);
        shape.paths.addAll(more);
        childOrder.forEach((path, order) -> shape.childOrder.put(path, Set.copyOf(order)));
        return shape;
    }

    /**
     * This XML shape under another root element name and namespace (the shape of the same content
     * in another message).
     *
     * @param root      the root's name
     * @param namespace the namespace of every element
     * @return a new shape
     */
    DocumentShape asXmlRoot(String root, String namespace) {
        DocumentShape shape = new DocumentShape();
        for (String path : paths) {
            shape.paths.add(renamed(path, root).replaceAll(" \\{[^}]*}$", " {" + namespace + "}"));
        }
        childOrder.forEach((path, order) -> shape.childOrder.put(renamed(path, root), Set.copyOf(order)));
        return shape;
    }

    private static String renamed(String path, String root) {
        int end = path.indexOf('/');
        int attribute = path.indexOf('@');
        int space = path.indexOf(' ');
        int cut = path.length();
        for (int i : new int[] {end, attribute, space}) {
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return root + path.substring(cut);
    }

    /**
     * What this document has that the example does not: paths the example lacks, and children in
     * another order than the example's.
     *
     * @param example the example's shape
     * @return the differences, empty when this document fits the example
     */
    List<String> notIn(DocumentShape example) {
        List<String> problems = new ArrayList<>();
        paths.stream().filter(p -> !example.paths.contains(p)).forEach(p -> problems.add("not in the example: " + p));
        childOrder.forEach((path, pairs) -> {
            Set<String> expected = example.childOrder.getOrDefault(path, Set.of());
            for (String pair : pairs) {
                String[] names = pair.split("<");
                String reversed = names[1] + "<" + names[0];
                if (expected.contains(reversed) && !expected.contains(pair)) {
                    problems.add("children of " + path + ": " + names[0] + " before " + names[1]
                            + ", the example has them the other way round");
                }
            }
        });
        return problems;
    }
}
