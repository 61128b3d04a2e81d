package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;

/**
 * Writes booking documents in JSON or XML. Bring's booking XML is namespace-qualified
 * ({@code elementFormDefault="qualified"} in {@code booking-v1.xsd}): every element is written in
 * {@link #NAMESPACE}, attributes unqualified. Nulls are left out; decimals are written plain
 * ({@code 1000}, never {@code 1E+3}).
 */
final class DocumentWriter {

    /** The namespace of Bring's booking XML. */
    static final String NAMESPACE = "http://www.bring.no/booking/";

    private static final ObjectMapper XML = xml();

    private DocumentWriter() {
    }

    /**
     * Writes a document.
     *
     * @param document the wire document
     * @param format   JSON or XML
     * @return the body, UTF-8
     * @throws JsonProcessingException if the document cannot be written (a bug)
     */
    static byte[] write(Object document, WireFormat format) throws JsonProcessingException {
        return (format == WireFormat.XML ? XML : WireMappers.of(WireFormat.JSON)).writer()
                .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsBytes(document);
    }

    private static ObjectMapper xml() {
        XmlMapper mapper = ((XmlMapper) WireMappers.of(WireFormat.XML)).copy();
        mapper.setAnnotationIntrospector(new InBookingNamespace());
        mapper.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
        return mapper;
    }

    /** Puts every element without a namespace of its own in Bring's booking namespace. */
    private static final class InBookingNamespace extends JacksonXmlAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        @Override
        public String findNamespace(MapperConfig<?> config, Annotated annotated) {
            String declared = super.findNamespace(config, annotated);
            if (declared != null && !declared.isEmpty()) {
                return declared;
            }
            return Boolean.TRUE.equals(isOutputAsAttribute(config, annotated)) ? null : NAMESPACE;
        }
    }
}
