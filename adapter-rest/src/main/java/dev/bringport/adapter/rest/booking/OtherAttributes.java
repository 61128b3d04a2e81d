package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bringport.domain.booking.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of an additional service that the library does not type, between the wire's
 * trees (JSON as written; XML as read, where every value is text, an element with children a
 * group and a repeated element several values) and the domain's {@link AttributeValue}s. Nothing
 * is dropped: what cannot be carried as given (an XML attribute or mixed content on such an
 * element, a name no JSON field and XML element could share) is refused, naming its place.
 */
final class OtherAttributes {

    private OtherAttributes() {
    }

    /**
     * The wire's trees of a service's other attributes.
     *
     * @param attributes the domain's values, by name
     * @return the trees, by name, in the same order
     */
    static Map<String, JsonNode> toWire(Map<String, AttributeValue> attributes) {
        Map<String, JsonNode> wire = new LinkedHashMap<>();
        attributes.forEach((name, value) -> wire.put(name, node(value)));
        return wire;
    }

    private static JsonNode node(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return TextNode.valueOf(text.value());
        }
        if (value instanceof AttributeValue.Number number) {
            return DecimalNode.valueOf(number.value());
        }
        if (value instanceof AttributeValue.Flag flag) {
            return BooleanNode.valueOf(flag.value());
        }
        if (value instanceof AttributeValue.Group group) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            group.attributes().forEach((name, item) -> object.set(name, node(item)));
            return object;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        ((AttributeValue.Items) value).items().forEach(item -> array.add(node(item)));
        return array;
    }

    /**
     * The domain's values of the other attributes a service was read with.
     *
     * @param field      the service's place, e.g. {@code consignments[0].product.additionalServices[0]}
     * @param attributes the trees by name, or null when there were none
     * @return the values, by name, in the same order
     * @throws IllegalArgumentException for what cannot be carried as given, naming its place
     */
    static Map<String, AttributeValue> toDomain(String field, Map<String, JsonNode> attributes) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, node) -> values.put(name, value(field, name, node)));
        }
        return values;
    }

    private static AttributeValue value(String parent, String name, JsonNode node) {
        String field = parent + "." + name;
        if (!AttributeValue.isName(name)) {
            throw new IllegalArgumentException(field + " cannot be sent as given: an attribute name is a letter or _ "
                    + "followed by letters, digits, _, - or ., not beginning with xml");
        }
        return value(field, node);
    }

    private static AttributeValue value(String field, JsonNode node) {
        if (node.isTextual()) {
            return new AttributeValue.Text(node.textValue());
        }
        if (node.isNumber()) {
            return new AttributeValue.Number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new AttributeValue.Flag(node.booleanValue());
        }
        if (node.isArray()) {
            List<AttributeValue> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(value(field + "[" + i + "]", node.get(i)));
            }
            return new AttributeValue.Items(items);
        }
        if (node.isObject()) {
            if (node.has("")) {
                throw new IllegalArgumentException(field + " cannot be sent as given: it has XML attributes or text beside"
                        + " its elements, which the library does not carry for attributes it does not know");
            }
            Map<String, AttributeValue> group = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                group.put(child.getKey(), value(field, child.getKey(), child.getValue()));
            }
            return new AttributeValue.Group(group);
        }
        throw new IllegalArgumentException(field + " cannot be sent as given: " + node.getNodeType());
    }
}
