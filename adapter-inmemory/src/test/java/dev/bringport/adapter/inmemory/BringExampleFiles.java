package dev.bringport.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bring's documented example bodies, copied into this module's test resources
 * ({@code bring-examples/README.md} names their sources), read as plain maps and lists so that tests
 * compare the fake with Bring's numbers instead of retyped ones.
 */
final class BringExampleFiles {

    private BringExampleFiles() {
    }

    /**
     * Reads an example file.
     *
     * @param name the file name in {@code bring-examples/}
     * @return its top-level object
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String name) {
        try (InputStream in = BringExampleFiles.class.getResourceAsStream("bring-examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example file " + name);
            }
            return (Map<String, Object>) plain(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Follows a path of object keys.
     *
     * @param json the object to start from
     * @param keys the keys
     * @return the value at the end of the path
     */
    @SuppressWarnings("unchecked")
    static Object at(Object json, String... keys) {
        Object current = json;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new IllegalArgumentException("no " + key + " in " + current);
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }

    /**
     * The objects of an array at a path.
     *
     * @param json the object to start from
     * @param keys the path to the array
     * @return its elements
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object json, String... keys) {
        return (List<Map<String, Object>>) at(json, keys);
    }

    /** Jackson's tree as plain maps and lists, keys in order, every number a BigDecimal. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }
}
