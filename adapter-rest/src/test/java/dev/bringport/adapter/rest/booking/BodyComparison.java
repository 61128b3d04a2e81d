package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;

/**
 * Compares a body the adapter wrote with one Bring documented, structurally:
 * <ul>
 *   <li>value by value, whatever the two bodies' formats ({@link #tree(byte[])},
 *       {@link #assertSameValues(JsonNode, byte[])}): JSON and XML are brought into one shape
 *       (the root element unwrapped, attributes as fields, wrapper elements as lists, a list of one
 *       as its item, text trimmed, what means absent dropped, XML's {@code messageToDriver} and
 *       {@code deliveryInstructionToDriver} as JSON spells them), then compared as below;</li>
 *   <li>JSON as Jackson trees: nulls, empty strings and empty objects Bring wrote mean absent and
 *       are dropped;
 *       numbers compare by value ({@code 1000} = {@code 1000.0} = {@code "1000"}); dates compare as
 *       moments (epoch milliseconds = ISO-8601 = ISO-8601 without offset in Norway), a time of day as a
 *       time ({@code 14:26} = {@code 14:26:00}); JSON
 *       converted from XML is first brought back to JSON's shape (root unwrapped, {@code -name}
 *       attributes, {@code {"package": x}} wrappers as lists);</li>
 *   <li>XML with XMLUnit: whitespace ignored, empty elements dropped, numbers and dates compared by
 *       value as above, and element order ignored except inside the {@code xs:sequence} types of
 *       {@code booking-v1.xsd} ({@link #SEQUENCES}) when the caller asks for it.</li>
 * </ul>
 */
public final class BodyComparison {

    /** Elements whose children booking-v1.xsd orders ({@code xs:sequence}). */
    static final Set<String> SEQUENCES = Set.of("consignment", "ediCustomsDeclarations", "ediCustomsDeclaration",
            "purchaseOrder");

    /** Fields holding a moment. */
    private static final Set<String> DATES = Set.of("shippingDateTime", "customerSpecifiedDeliveryDateTime",
            "customerSpecifiedDispatchDateTime", "startDateTime", "endDateTime");

    private static final Map<String, String> WRAPPERS = Map.of("consignments", "consignment", "packages", "package",
            "additionalServices", "additionalService");

    /** XML's spellings of the pickup address fields, and JSON's. */
    private static final Map<String, String> XML_SPELLINGS = Map.of("messageToDriver", "message",
            "deliveryInstructionToDriver", "deliveryInstruction");

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private BodyComparison() {
    }

    // --- JSON ----------------------------------------------------------------------------------

    /**
     * A documented JSON body, in the shape the comparison uses.
     *
     * @param example the example's bytes
     * @return its tree, without what means absent
     */
    static ObjectNode documentedJson(byte[] example) {
        try {
            JsonNode tree = JSON.readTree(example);
            if (tree.size() == 1 && (tree.has("bookingRequest") || tree.has("pickupOrderRequest"))) {
                tree = tree.elements().next();
            }
            return (ObjectNode) cleaned(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body, JSON or XML (told apart by its first character), documented or written, in the one
     * shape of the value-by-value comparison; lists stay lists, so that a documented translation
     * can be applied before comparing.
     *
     * @param body the body's bytes
     * @return its tree
     */
    public static ObjectNode tree(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        try {
            JsonNode tree = text.startsWith("<") ? dev.bringport.adapter.rest.http.WireMappers.readTree(body,
                    WireFormat.XML) : JSON.readTree(body);
            if (tree.size() == 1 && (tree.has("bookingRequest") || tree.has("pickupOrderRequest"))) {
                tree = tree.elements().next();
            }
            return (ObjectNode) cleaned(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a written body, in either format, holds the expected values and nothing else.
     *
     * @param expected the documented body (as {@link #tree(byte[])}), with any documented translation applied
     * @param written  the body the adapter wrote, JSON or XML
     */
    public static void assertSameValues(JsonNode expected, byte[] written) {
        JsonNode actual = tree(written);
        List<String> differences = new ArrayList<>();
        compare("", collapsed(expected), collapsed(actual), differences);
        assertThat(differences).as("differences between the documented body and the written one%n documented: %s%n "
                + "written:    %s", expected, new String(written, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    /** A list of one as its item, everywhere: XML does not tell a list of one from its item. */
    private static JsonNode collapsed(JsonNode node) {
        if (node.isArray()) {
            if (node.size() == 1) {
                return collapsed(node.get(0));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(collapsed(item)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> out.set(field.getKey(), collapsed(field.getValue())));
            return out;
        }
        return node;
    }

    private static JsonNode cleaned(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> {
                String key = field.getKey().startsWith("-") || field.getKey().startsWith("@") ? field.getKey().substring(1)
                        : field.getKey();
                String name = XML_SPELLINGS.getOrDefault(key, key);
                JsonNode value = field.getValue();
                if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                    return;
                }
                if (WRAPPERS.containsKey(name) && value.isObject() && value.has(WRAPPERS.get(name))) {
                    JsonNode items = value.get(WRAPPERS.get(name));
                    value = items.isArray() ? items : JsonNodeFactory.instance.arrayNode().add(items);
                }
                JsonNode clean = cleaned(value);
                if (!isAbsent(clean)) {
                    out.set(name, clean);
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(cleaned(item)));
            return out;
        }
        return node.isTextual() ? com.fasterxml.jackson.databind.node.TextNode.valueOf(node.asText().strip()) : node;
    }

    private static boolean isAbsent(JsonNode node) {
        return node.isNull() || node.isTextual() && node.asText().isBlank() || node.isContainerNode() && node.isEmpty();
    }

    /**
     * Asserts that a written JSON body is the expected one.
     *
     * @param expected the documented body (as {@link #documentedJson}), with any documented translation applied
     * @param written  the body the adapter wrote
     */
    static void assertSameJson(JsonNode expected, byte[] written) {
        JsonNode actual;
        try {
            actual = JSON.readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        assertThat(differences).as("differences between the documented body and the written one%n documented: %s%n "
                + "written:    %s", expected, actual).isEmpty();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path.isEmpty() ? name : path + "." + name;
                if (!expected.has(name)) {
                    differences.add(at + ": written but not documented: " + actual.get(name));
                } else if (!actual.has(name)) {
                    differences.add(at + ": documented but not written: " + expected.get(name));
                } else {
                    compare(at, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + expected.size() + " documented, " + actual.size() + " written");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!sameValue(path, expected, actual)) {
            differences.add(path + ": documented " + expected + ", written " + actual);
        }
    }

    private static boolean sameValue(String path, JsonNode expected, JsonNode actual) {
        if (expected.isContainerNode() || actual.isContainerNode()) {
            return false;
        }
        String field = path.replaceAll(".*\\.", "");
        return sameValue(field, expected.asText(), actual.asText());
    }

    private static boolean sameValue(String field, String expected, String actual) {
        if (DATES.contains(field)) {
            return moment(expected).equals(moment(actual));
        }
        if (field.equals("pickupIsReadyAtTime")) {
            // a time of day: 14:26 as the page writes it, 14:26:00 as xs:time does
            return java.time.LocalTime.parse(expected.strip()).equals(java.time.LocalTime.parse(actual.strip()));
        }
        if (isNumber(expected) && isNumber(actual)) {
            return new BigDecimal(expected.strip()).compareTo(new BigDecimal(actual.strip())) == 0;
        }
        return expected.strip().equals(actual.strip());
    }

    private static Instant moment(String text) {
        return BringDateTimes.parse(text);
    }

    /** A number as Bring writes one; {@code 0263} (a postal code) is text, its leading zero part of it. */
    private static boolean isNumber(String text) {
        return text.strip().matches("-?(0|[1-9]\\d*)(\\.\\d+)?");
    }

    // --- XML -----------------------------------------------------------------------------------

    /**
     * A documented XML body as a DOM, to apply a documented translation to.
     *
     * @param example the example's bytes
     * @return the document
     */
    static Document documentedXml(byte[] example) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(example));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse the example", e);
        }
    }

    /**
     * Asserts that a written XML body is the expected one.
     *
     * @param expected   the documented body, with any documented translation applied
     * @param written    the body the adapter wrote
     * @param checkOrder whether the order inside {@link #SEQUENCES} must be the same
     */
    static void assertSameXml(Document expected, byte[] written, boolean checkOrder) {
        Diff diff = DiffBuilder.compare(Input.fromDocument(expected)).withTest(Input.fromByteArray(written))
                .ignoreComments().ignoreWhitespace().normalizeWhitespace()
                .withNodeFilter(node -> !isEmptyElement(node))
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default, bringValues(checkOrder)))
                .checkForSimilar().build();
        assertThat(diff.getDifferences()).as("differences between the documented body and the written one:%n%s",
                new String(written, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    /** Empty elements mean absent: {@code <addressLine2></addressLine2>}. */
    private static boolean isEmptyElement(Node node) {
        if (node.getNodeType() != Node.ELEMENT_NODE || node.hasAttributes()) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE || !child.getTextContent().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static DifferenceEvaluator bringValues(boolean checkOrder) {
        return (Comparison comparison, ComparisonResult outcome) -> {
            if (outcome == ComparisonResult.EQUAL) {
                return outcome;
            }
            ComparisonType type = comparison.getType();
            if (type == ComparisonType.TEXT_VALUE || type == ComparisonType.ATTR_VALUE) {
                Node control = comparison.getControlDetails().getTarget();
                Node test = comparison.getTestDetails().getTarget();
                String field = type == ComparisonType.ATTR_VALUE ? control.getLocalName()
                        : control.getParentNode().getLocalName();
                return sameValue(field, control.getNodeValue(), test.getNodeValue()) ? ComparisonResult.EQUAL : outcome;
            }
            if (type == ComparisonType.CHILD_NODELIST_SEQUENCE) {
                Node parent = comparison.getControlDetails().getTarget().getParentNode();
                return checkOrder && SEQUENCES.contains(parent.getLocalName()) ? ComparisonResult.DIFFERENT
                        : ComparisonResult.EQUAL;
            }
            if (type == ComparisonType.XML_STANDALONE || type == ComparisonType.XML_ENCODING) {
                return ComparisonResult.EQUAL;
            }
            return outcome;
        };
    }
}
