package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.bringport.adapter.rest.format.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Jackson mappers for Bring's JSON and XML, configured once: unknown fields and elements are
 * ignored (Bring's versioning rule), empty strings and elements read as absent, a single element
 * reads as a list of one, and XML is read without DTDs or external entities. Read Bring's bodies
 * with {@link #read(byte[], WireFormat, Class)} or {@link #readTree(byte[], WireFormat)}: they
 * refuse an XML document that declares a DTD before parsing it, and a document of either format
 * nested deeper than {@link #MAX_NESTING_DEPTH} while parsing it. Walk a long one as it arrives
 * with {@link #parser(Answer, InputStream)}, which refuses the same.
 */
public final class WireMappers {

    /**
     * How deep a document may nest. Bring's documents nest about a dozen levels; deeper ones are
     * refused while they are parsed, before anything that walks the tree could exhaust the stack.
     */
    public static final int MAX_NESTING_DEPTH = 200;

    /** Woodstox's name for its element depth limit (WstxInputProperties.P_MAX_ELEMENT_DEPTH). */
    private static final String WOODSTOX_MAX_ELEMENT_DEPTH = "com.ctc.wstx.maxElementDepth";
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH).build();
    private static final XMLInputFactory PROLOG_READER = secureXmlInputFactory();
    private static final JsonMapper JSON = configure(JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(LIMITS).build())).build();
    private static final XmlMapper XML = configure(XmlMapper.builder(secureXmlFactory())).build();
    /** How much of a streamed body is looked at for its format and a DTD: its root element must begin within it. */
    private static final int PROLOG = 16 * 1024;

    private WireMappers() {
    }

    /**
     * The mapper of a format.
     *
     * @param format JSON or XML
     * @return the shared, thread-safe mapper
     */
    public static ObjectMapper of(WireFormat format) {
        return format == WireFormat.XML ? XML : JSON;
    }

    /**
     * Reads a body into a wire type.
     *
     * @param body   the body
     * @param format its format
     * @param type   the wire type
     * @param <T>    the wire type
     * @return the value
     * @throws IOException if the body is not a document of that type, or declares a DTD
     */
    public static <T> T read(byte[] body, WireFormat format, Class<T> type) throws IOException {
        refuseDtd(body, format);
        return of(format).readValue(body, type);
    }

    /**
     * Reads a body as a tree.
     *
     * @param body   the body
     * @param format its format
     * @return the tree
     * @throws IOException if the body is not a document, or declares a DTD
     */
    public static JsonNode readTree(byte[] body, WireFormat format) throws IOException {
        refuseDtd(body, format);
        return of(format).readTree(body);
    }

    /**
     * A streaming parser over a body that is still arriving, with the mapper of its format as
     * codec: for answers too long to hold whole. It refuses what {@link #read(byte[], WireFormat,
     * Class)} refuses: an answer whose {@code Content-Type} is no document
     * ({@link Answer#documentFormat()}), an XML document that declares a DTD, and, since only its
     * beginning is looked at before parsing, an XML document whose root element does not begin
     * within its first {@value #PROLOG} bytes.
     *
     * @param head the answer's status and headers
     * @param body the body as it arrives; it must support mark and reset, as a
     *             {@link java.io.BufferedInputStream} does
     * @return the parser, before its first token
     * @throws IOException if the body cannot be read, or is refused
     */
    public static JsonParser parser(Answer head, InputStream body) throws IOException {
        if (!body.markSupported()) {
            throw new IllegalArgumentException("the body must support mark and reset");
        }
        head.documentFormat();
        body.mark(PROLOG);
        byte[] beginning = body.readNBytes(PROLOG);
        body.reset();
        WireFormat format = WireFormat.of(head.header("Content-Type").orElse(null), beginning);
        refuseDtd(beginning, format, beginning.length < PROLOG);
        return of(format).createParser(body);
    }

    private static void refuseDtd(byte[] body, WireFormat format) throws IOException {
        refuseDtd(body, format, true);
    }

    /**
     * Bring's documents never declare a DTD: one that does is refused before it is parsed. The
     * parser itself looks for it, up to the root element, so that neither the document's encoding
     * nor the length of its prolog can hide it.
     *
     * @param whole whether {@code body} is the whole document; of only its beginning, the root
     *              element must begin within it, or the document is refused
     */
    private static void refuseDtd(byte[] body, WireFormat format, boolean whole) throws IOException {
        if (format != WireFormat.XML) {
            return;
        }
        try {
            XMLStreamReader reader = PROLOG_READER.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new IOException("refusing an XML document with a DTD (DOCTYPE declaration)");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notWellFormed) {
            // a whole document: the mapper reads it with the same factory and reports where it is not well-formed
        }
        if (!whole) {
            throw new IOException("refusing an XML document whose root element does not begin within its first "
                    + body.length + " bytes");
        }
    }

    /**
     * An XML input factory that refuses DTDs and external entities: what every XML the adapter
     * reads goes through.
     *
     * @return the factory
     */
    public static XMLInputFactory secureXmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported(WOODSTOX_MAX_ELEMENT_DEPTH)) {
            factory.setProperty(WOODSTOX_MAX_ELEMENT_DEPTH, MAX_NESTING_DEPTH);
        }
        return factory;
    }

    private static XmlFactory secureXmlFactory() {
        return XmlFactory.builder().xmlInputFactory(secureXmlInputFactory()).xmlOutputFactory(XMLOutputFactory.newFactory())
                .streamReadConstraints(LIMITS).build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // a tree keeps 1000.0 as written, not 1E+3
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
