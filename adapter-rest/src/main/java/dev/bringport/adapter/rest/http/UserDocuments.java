package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import dev.bringport.adapter.rest.format.WireFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Request bodies a user hands the library to send (Bring's documented request documents, from a
 * file or another system), read with care before anything is sent: at most
 * {@link RequestDocument#MAX_BYTES}; UTF-8, with or without a byte order mark ("Booking endpoints
 * will assume all requests are UTF-8 encoded", the Booking page); exactly one document, nothing
 * after it but white space; no field given twice (a JSON object with the same field twice, an XML
 * element the wire type holds once given twice); XML without a DTD. The format is told from the
 * first character. What the wire type does not bind is recorded with its path, and a refusal says
 * what is wrong and where without quoting the body.
 */
public final class UserDocuments {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern XML_ENCODING = Pattern.compile("\\A<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private UserDocuments() {
    }

    /**
     * A body whose bytes passed the checks: its text without byte order mark, and its format.
     *
     * @param bytes  the body without a byte order mark
     * @param format its format
     */
    public record Body(byte[] bytes, WireFormat format) {

        /**
         * Requires both.
         *
         * @param bytes  the body without a byte order mark
         * @param format its format
         */
        public Body {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * A value bound from a document, and the fields of the document its wire type has no place for.
     *
     * @param value   the value
     * @param unbound the paths of the fields not bound, in the document's order
     * @param <T>     the wire type
     */
    public record Bound<T>(T value, List<String> unbound) {

        /**
         * Copies the paths.
         *
         * @param value   the value
         * @param unbound the paths of the fields not bound
         */
        public Bound {
            unbound = List.copyOf(unbound);
        }
    }

    /**
     * How a reader turns a checked body into its document.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    public interface Reading<T> {

        /**
         * Reads the body.
         *
         * @param body the checked body
         * @return the document
         * @throws IOException if the body is not such a document
         */
        T read(Body body) throws IOException;
    }

    /**
     * Checks a body's bytes, then reads it; every refusal, of the bytes or of the reading, names the
     * document.
     *
     * @param body     the body
     * @param document the document, e.g. {@code bookingRequest}
     * @param reading  reads the checked body
     * @param <T>      what the reading returns
     * @return what it returns
     * @throws IllegalArgumentException if the body is not such a document, naming the problem and its place
     */
    public static <T> T read(byte[] body, String document, Reading<T> reading) {
        Body checked;
        try {
            checked = checked(body);
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException("not a " + document + " the library can read: " + refused.getMessage(),
                    refused);
        }
        try {
            return reading.read(checked);
        } catch (IOException | IllegalArgumentException e) {
            throw refused(document, checked.format(), e);
        }
    }

    /**
     * The checks of a body's bytes.
     *
     * @param body the body
     * @return the body without its byte order mark, and its format
     * @throws IllegalArgumentException if it is too long, empty, or not UTF-8
     */
    static Body checked(byte[] body) {
        Objects.requireNonNull(body, "body");
        if (body.length > RequestDocument.MAX_BYTES) {
            throw new IllegalArgumentException("it is " + RequestDocument.tooLong());
        }
        refuseOtherEncodings(body);
        byte[] text = startsWith(body, UTF8_BOM) ? Arrays.copyOfRange(body, 3, body.length) : body;
        requireUtf8(text);
        WireFormat format = WireFormat.of(null, text);
        if (format == WireFormat.XML) {
            requireUtf8Declaration(text);
        }
        return new Body(text, format);
    }

    private static void refuseOtherEncodings(byte[] body) {
        String other = startsWith(body, (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF)
                || startsWith(body, (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0) ? "UTF-32"
                : startsWith(body, (byte) 0xFE, (byte) 0xFF) || startsWith(body, (byte) 0xFF, (byte) 0xFE) ? "UTF-16"
                : null;
        if (other != null) {
            throw new IllegalArgumentException("it is " + other + " (it starts with a " + other + " byte order mark): "
                    + "request documents are UTF-8; save it as UTF-8");
        }
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                throw new IllegalArgumentException("it holds a NUL byte at byte " + i + " (line " + line(body, i)
                        + "): request documents are UTF-8 text, and this looks like UTF-16, UTF-32 or binary");
            }
        }
    }

    private static void requireUtf8(byte[] text) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(text.length), true);
        if (result.isError()) {
            throw new IllegalArgumentException("it is not UTF-8: byte " + in.position() + " (line "
                    + line(text, in.position()) + ") is no UTF-8 character; request documents are UTF-8");
        }
        if (new String(text, StandardCharsets.UTF_8).isBlank()) {
            throw new IllegalArgumentException("it holds no document (it is empty)");
        }
    }

    /** An XML declaration may only name UTF-8: the parser would otherwise decode the bytes as another charset. */
    private static void requireUtf8Declaration(byte[] text) {
        String prolog = new String(text, 0, Math.min(text.length, 200), StandardCharsets.UTF_8).stripLeading();
        Matcher declared = XML_ENCODING.matcher(prolog);
        if (declared.find() && !declared.group(1).strip().toUpperCase(Locale.ROOT).matches("UTF-?8")) {
            throw new IllegalArgumentException("its XML declaration names the encoding '" + declared.group(1)
                    + "': request documents are UTF-8; save it as UTF-8 and declare encoding=\"UTF-8\"");
        }
    }

    private static boolean startsWith(byte[] body, byte... prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int line(byte[] text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A body as a tree, for readers that bring Bring's spellings into one shape before binding: in
     * JSON, one document with no field given twice; in XML, one well-formed document without DTD
     * (repeated elements become lists in the tree: the binding tells a list from a field given twice).
     *
     * @param body the checked body
     * @return the tree
     * @throws IOException if the body is not one document
     */
    public static JsonNode tree(Body body) throws IOException {
        if (body.format() == WireFormat.XML) {
            requireOneXmlDocument(body.bytes());
            return WireMappers.readTree(body.bytes(), WireFormat.XML);
        }
        try (JsonParser parser = new OneDocumentParser(WireMappers.of(WireFormat.JSON).createParser(body.bytes()), WireFormat.JSON)) {
            JsonNode tree = WireMappers.of(WireFormat.JSON).readTree(parser);
            requireEnd(parser);
            return tree;
        }
    }

    /**
     * A body bound to a wire type: one document, no field given twice, and the paths of the fields
     * the type has no place for.
     *
     * @param body the checked body
     * @param type the wire type
     * @param <T>  the wire type
     * @return the value, null for a JSON {@code null}, and the unbound fields
     * @throws IOException if the body is not one document of that type
     */
    public static <T> Bound<T> bind(Body body, Class<T> type) throws IOException {
        if (body.format() == WireFormat.XML) {
            requireOneXmlDocument(body.bytes());
        }
        try (JsonParser parser = new OneDocumentParser(WireMappers.of(body.format()).createParser(body.bytes()), body.format())) {
            UnboundFields unbound = new UnboundFields(parser);
            T value = WireMappers.of(body.format()).readerFor(type).withHandler(unbound).readValue(parser);
            if (body.format() == WireFormat.JSON) {
                requireEnd(parser);
            }
            return new Bound<>(value, unbound.paths());
        }
    }

    /**
     * A tree bound to a wire type with the JSON mapper, and the paths of the fields the type has no
     * place for.
     *
     * @param tree the tree, in the JSON shape
     * @param type the wire type
     * @param <T>  the wire type
     * @return the value and the unbound fields
     * @throws IOException if the tree does not fit the type
     */
    public static <T> Bound<T> bind(JsonNode tree, Class<T> type) throws IOException {
        try (JsonParser parser = WireMappers.of(WireFormat.JSON).treeAsTokens(tree)) {
            UnboundFields unbound = new UnboundFields(parser);
            T value = WireMappers.of(WireFormat.JSON).readerFor(type).withHandler(unbound).readValue(parser);
            return new Bound<>(value, unbound.paths());
        }
    }

    /**
     * The fields of a document that will not be sent because its wire type has no place for them.
     *
     * @param unbound the paths the binding did not bind
     * @return the ignored fields, each with its reason
     */
    public static List<IgnoredField> ignored(List<String> unbound) {
        return unbound.stream().map(path -> new IgnoredField(path, IgnoredField.NOT_MODELLED)).toList();
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        JsonLocation end = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException garbage) {
            more = true;
        }
        if (more) {
            throw new IOException("it holds more than one document: something other than white space follows the "
                    + "end of the first at line " + end.getLineNr() + ", column " + end.getColumnNr());
        }
    }

    /**
     * Reads an XML document through to its end: well-formed, without DTD, one root element and
     * nothing after it but white space, comments and processing instructions.
     */
    private static void requireOneXmlDocument(byte[] body) throws IOException {
        boolean rootEnded = false;
        int depth = 0;
        try {
            XMLStreamReader reader = WireMappers.secureXmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new IOException("refusing an XML document with a DTD (DOCTYPE declaration)");
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                    } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                        rootEnded = true;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            if (rootEnded) {
                throw new IOException("it holds more than one document: something other than white space follows "
                        + "the end of the root element" + where, e);
            }
            throw new IOException("it is not well-formed XML" + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return text.lines().findFirst().orElse("").strip();
    }

    /**
     * The error for a body that is not the document it should be.
     *
     * @param document the document, e.g. {@code bookingRequest}
     * @param format   the body's format
     * @param cause    what reading it threw
     * @return an error naming the document, the problem and its place (field path, or line and column)
     */
    public static IllegalArgumentException refused(String document, WireFormat format, Exception cause) {
        return new IllegalArgumentException("not a " + format + " " + document + " the library can read: "
                + reason(cause), cause);
    }

    /** Jackson's message without its source excerpt, with the field path or line and column. */
    private static String reason(Exception e) {
        if (!(e instanceof JsonProcessingException jackson)) {
            return e.getMessage();
        }
        StringBuilder reason = new StringBuilder(jackson.getOriginalMessage().strip());
        if (jackson instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            reason.append(" (at ").append(path(mapping)).append(')');
        } else if (jackson.getLocation() != null && jackson.getLocation() != JsonLocation.NA
                && jackson.getLocation().getLineNr() > 0) {
            reason.append(" (line ").append(jackson.getLocation().getLineNr()).append(", column ")
                    .append(jackson.getLocation().getColumnNr()).append(')');
        }
        return reason.toString();
    }

    /**
     * The path of the field a binding failed on, e.g. {@code consignments[0].packages[0].weightInKg}.
     *
     * @param failure the binding's failure
     * @return the path; empty if the failure is not a binding's
     */
    public static String path(Exception failure) {
        if (!(failure instanceof JsonMappingException e)) {
            return "";
        }
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
