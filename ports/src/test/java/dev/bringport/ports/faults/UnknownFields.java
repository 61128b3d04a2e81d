package dev.bringport.ports.faults;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Adds what Bring may add to its answers one day, everywhere: a field Bring has not documented in
 * every JSON object, and in every XML element that has child elements an element and an attribute
 * Bring has not documented (the SOAP envelope itself excepted). Bring's versioning rule: clients
 * must ignore what they do not know.
 */
final class UnknownFields {

    static final String JSON_FIELD = "\"bringportLater\":{\"added\":[1,\"x\",true,null],\"nested\":{\"deeper\":\"y\"}}";
    static final String NAMESPACE = "urn:bringport:later";
    private static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

    private UnknownFields() {
    }

    /**
     * The body with unknown fields, by its content type.
     *
     * @param contentType the answer's content type
     * @param body        the answer's body
     * @return the body with unknown fields everywhere
     */
    static byte[] everywhere(String contentType, byte[] body) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return json(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        if (type.contains("xml")) {
            return xml(body);
        }
        throw new IllegalArgumentException("neither JSON nor XML: " + contentType);
    }

    /** Inserts the unknown field first into every object, outside string literals. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (inString) {
                if (c == '\\') {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                out.append(JSON_FIELD).append(next < text.length() && text.charAt(next) == '}' ? "" : ",");
            }
        }
        return out.toString();
    }

    private static byte[] xml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            List<Element> complex = new ArrayList<>();
            collectComplex(document.getDocumentElement(), complex);
            for (Element element : complex) {
                element.setAttributeNS(NAMESPACE, "later:bringportLater", "1");
                Element added = document.createElementNS(NAMESPACE, "later:bringportLater");
                added.setAttribute("added", "1");
                Element nested = document.createElementNS(NAMESPACE, "later:nested");
                nested.setTextContent("x");
                added.appendChild(nested);
                element.insertBefore(added, element.getFirstChild());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot add unknown elements to " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private static void collectComplex(Element element, List<Element> complex) {
        boolean hasChildElements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                hasChildElements = true;
                collectComplex(e, complex);
            }
        }
        if (hasChildElements && !SOAP_ENVELOPE.equals(element.getNamespaceURI())) {
            complex.add(element);
        }
    }
}
