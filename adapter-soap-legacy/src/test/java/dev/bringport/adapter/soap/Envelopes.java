package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;

/**
 * Compares SOAP envelopes structurally: the same elements, in the same order and namespaces, with
 * the same attributes. Whitespace, comments, namespace prefixes, the XML declaration and an empty
 * SOAP Header do not count, and neither do Bring's {@code ?} placeholders. Also validates message
 * bodies against the contracts. Every parser here refuses DTDs.
 */
final class Envelopes {

    static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

    private Envelopes() {
    }

    /** Bring's example requests hold {@code ?} where a value goes. */
    static final DifferenceEvaluator PLACEHOLDERS_AND_PREFIXES = (comparison, outcome) -> {
        if (outcome == ComparisonResult.EQUAL) {
            return outcome;
        }
        ComparisonType type = comparison.getType();
        if (type == ComparisonType.NAMESPACE_PREFIX || type == ComparisonType.XML_VERSION
                || type == ComparisonType.XML_ENCODING || type == ComparisonType.XML_STANDALONE) {
            return ComparisonResult.EQUAL;
        }
        if ((type == ComparisonType.TEXT_VALUE || type == ComparisonType.ATTR_VALUE)
                && "?".equals(String.valueOf(comparison.getControlDetails().getValue()).strip())) {
            return ComparisonResult.EQUAL;
        }
        return outcome;
    };

    /**
     * Asserts that the envelope sent is the documented one.
     *
     * @param documented Bring's example
     * @param sent       what the adapter sent
     * @param accepted   further differences a test accepts, each with its reason in the test
     */
    static void assertEquivalent(byte[] documented, byte[] sent, DifferenceEvaluator... accepted) {
        List<DifferenceEvaluator> evaluators = new ArrayList<>(List.of(DifferenceEvaluators.Default,
                PLACEHOLDERS_AND_PREFIXES));
        evaluators.addAll(List.of(accepted));
        Diff diff = DiffBuilder.compare(Input.fromByteArray(documented)).withTest(Input.fromByteArray(sent))
                .withDocumentBuilderFactory(secureDocuments())
                .ignoreComments()
                .ignoreWhitespace()
                .withNodeFilter(node -> !isEmptySoapHeader(node))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(evaluators.toArray(DifferenceEvaluator[]::new)))
                .build();
        assertThat(diff.hasDifferences()).as("differences from Bring's example:%n%s%nsent:%n%s", diff.fullDescription(),
                new String(sent, java.nio.charset.StandardCharsets.UTF_8)).isFalse();
    }

    private static boolean isEmptySoapHeader(Node node) {
        if (!(node instanceof Element element) || !SOAP_ENVELOPE.equals(element.getNamespaceURI())
                || !"Header".equals(element.getLocalName())) {
            return false;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return false;
            }
        }
        return true;
    }

    /** @return a namespace-aware factory that refuses DTDs and external entities */
    static DocumentBuilderFactory secureDocuments() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            return secureDocuments().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param envelope a SOAP envelope
     * @return the element in its Body
     */
    static Element bodyElement(byte[] envelope) {
        Element body = (Element) parse(envelope).getElementsByTagNameNS(SOAP_ENVELOPE, "Body").item(0);
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("the envelope's Body is empty");
    }

    /** @return Bring's booking schema, booking-v1.xsd */
    static Schema bookingSchema() {
        try (InputStream xsd = Envelopes.class.getResourceAsStream("/wsdl/booking-v1.xsd")) {
            return schemas().newSchema(new StreamSource(xsd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the schema inside purchaseorder-v1.wsdl */
    static Schema purchaseOrderSchema() {
        try (InputStream wsdl = Envelopes.class.getResourceAsStream("/wsdl/purchaseorder-v1.wsdl")) {
            Document document = parse(wsdl.readAllBytes());
            Element schema = (Element) document.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
            schema.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:tns", "http://api.bring.com/po");
            return schemas().newSchema(new DOMSource(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SchemaFactory schemas() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    /**
     * Asserts that the element in an envelope's Body is valid against a schema.
     *
     * @param schema   the schema
     * @param envelope the envelope
     */
    static void assertValid(Schema schema, byte[] envelope) {
        try {
            var validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(bodyElement(envelope)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the contract: " + e.getMessage() + "\n"
                    + new String(envelope, java.nio.charset.StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
