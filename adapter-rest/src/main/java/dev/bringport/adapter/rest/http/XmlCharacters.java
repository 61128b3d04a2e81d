package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.ports.Capability;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What XML 1.0 can carry in text: every character but the controls U+0000 to U+001F other than
 * tab, line feed and carriage return, a surrogate on its own, and U+FFFE and U+FFFF (XML 1.0,
 * section 2.2, production {@code Char}). JSON carries them all, escaped, so a request Bring takes
 * in JSON may hold one; in XML it cannot be written at all, not even as a character reference. A
 * request to be sent as XML that holds one is refused before sending, every such field named with
 * the generic input code of its API, instead of failing in the XML writer.
 */
public final class XmlCharacters {

    /** Each API's code for input it cannot take, from Bring's catalogues. */
    private static final Map<Capability, ErrorCode> UNSUPPORTED_INPUT = Map.of(
            Capability.BOOKING, ErrorCode.of("BOOK-INPUT-001"), // "Bad request"
            Capability.PICKUPS, ErrorCode.of("PICKUP-INPUT-001"), // "Error with input in pickupOrder"
            Capability.ORDER_MANAGEMENT, ErrorCode.of("PO_INPUT_018"), // "The request contains input that is not supported."
            Capability.WAREHOUSING, ErrorCode.of("PO_INPUT_018"));

    private XmlCharacters() {
    }

    /**
     * Refuses a request whose text XML 1.0 cannot carry.
     *
     * @param operation the write about to be sent as XML
     * @param document  the request's wire document as a tree (its JSON spelling, for the fields' paths)
     * @throws InvalidRequestException naming every field that holds such a character; nothing was sent
     */
    public static void requireWritable(Operation operation, JsonNode document) {
        List<Violation> violations = new ArrayList<>();
        collect("", document, UNSUPPORTED_INPUT.get(operation.capability()), violations);
        InvalidRequestException.throwIfAny(operation, violations);
    }

    private static void collect(String path, JsonNode node, ErrorCode code, List<Violation> violations) {
        if (node.isTextual()) {
            unwritable(node.textValue()).ifPresent(c -> violations.add(new Violation(path, code,
                    "holds " + c + ", which XML cannot carry: send it as JSON, or without that character")));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), code, violations);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), code, violations));
        }
    }

    /** The first character of a text that XML 1.0 cannot carry, as {@code U+XXXX}. */
    private static Optional<String> unwritable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }
}
