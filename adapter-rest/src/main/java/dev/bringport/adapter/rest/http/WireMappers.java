package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * The Jackson mappers for Bring's JSON and XML, configured once: unknown fields and elements are
 * ignored (Bring's versioning rule), empty strings and elements read as absent, a single element
 * reads as a list of one, and XML is read without DTDs or external entities. Read Bring's bodies
 * with {@link #read(byte[], WireFormat, Class)} or {@link #readTree(byte[], WireFormat)}: they
 * refuse an XML document that declares a DTD before parsing it; stream a long one with
 * {@link #parser(InputStream, String)}, which refuses it too.
 */
public final class WireMappers {

    private static final JsonMapper JSON = configure(JsonMapper.builder()).build();
    private static final XmlMapper XML = configure(XmlMapper.builder(secureXmlFactory())).build();
    /** How much of a body is looked at for its format and a DTD. */
    private static final int PROLOG = 4096;

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
     * A streaming parser over a body that is still arriving, in the format its content type names
     * or its first bytes show, with that format's mapper as codec. An XML body that declares a
     * DTD is refused before it is parsed.
     *
     * @param body        the body; it must support mark and reset, as a {@link java.io.BufferedInputStream} does
     * @param contentType the body's {@code Content-Type}, may be null
     * @return the parser, before its first token
     * @throws IOException if the body cannot be read, or declares a DTD
     */
    public static JsonParser parser(InputStream body, String contentType) throws IOException {
        if (!body.markSupported()) {
            throw new IllegalArgumentException("the body must support mark and reset");
        }
        body.mark(PROLOG);
        byte[] prolog = body.readNBytes(PROLOG);
        body.reset();
        WireFormat format = WireFormat.of(contentType, prolog);
        refuseDtd(prolog, format);
        return of(format).createParser(body);
    }

    /** Bring's documents never declare a DTD: one that does is refused before it is parsed. */
    private static void refuseDtd(byte[] body, WireFormat format) throws IOException {
        if (format != WireFormat.XML) {
            return;
        }
        String prolog = new String(body, 0, Math.min(body.length, PROLOG), StandardCharsets.UTF_8);
        int i = 0;
        while (i < prolog.length()) {
            int start = prolog.indexOf('<', i);
            if (start < 0 || start + 1 >= prolog.length()) {
                return;
            }
            if (prolog.startsWith("<?", start) || prolog.startsWith("<!--", start)) {
                int end = prolog.indexOf(prolog.startsWith("<?", start) ? "?>" : "-->", start);
                if (end < 0) {
                    return;
                }
                i = end + 2;
                continue;
            }
            if (prolog.regionMatches(true, start, "<!DOCTYPE", 0, 9)) {
                throw new IOException("refusing an XML document with a DTD (DOCTYPE declaration)");
            }
            return;
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
        return factory;
    }

    private static XmlFactory secureXmlFactory() {
        return new XmlFactory(secureXmlInputFactory(), XMLOutputFactory.newFactory());
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
