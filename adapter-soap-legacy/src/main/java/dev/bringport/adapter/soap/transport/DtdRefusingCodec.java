package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.ContentType;
import jakarta.xml.ws.WebServiceException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Metro's codec, with a look at an answer's prolog first: an answer that declares a DTD is
 * refused with a {@link WebServiceException} before Metro parses it. Metro does not resolve DTDs
 * or external entities, but it reads past a DOCTYPE as if it were not there; SOAP 1.1 forbids a
 * DTD in a message, so the adapter treats one as an answer it cannot read. The parser that looks
 * finds the DOCTYPE in any encoding; it reads no further than the root element.
 */
final class DtdRefusingCodec implements Codec {

    /** How much of an answer the look may read before Metro reads it from the start. */
    static final int PROLOG_LIMIT = 1 << 20;

    private static final XMLInputFactory PROLOG_READER = prologReader();

    private final Codec metro;

    DtdRefusingCodec(Codec metro) {
        this.metro = metro;
    }

    private static XMLInputFactory prologReader() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public void decode(InputStream in, String contentType, Packet response) throws IOException {
        BufferedInputStream answer = new BufferedInputStream(in);
        answer.mark(PROLOG_LIMIT);
        boolean dtd = declaresDtd(new FilterInputStream(answer) {
            @Override
            public void close() {
                // the look must not close the answer Metro reads next
            }
        });
        if (dtd) {
            throw new WebServiceException("refusing a SOAP answer that declares a DTD (DOCTYPE declaration)");
        }
        try {
            answer.reset();
        } catch (IOException prologTooLong) {
            throw new WebServiceException("refusing a SOAP answer whose prolog is longer than " + PROLOG_LIMIT + " bytes");
        }
        metro.decode(answer, contentType, response);
    }

    /**
     * Whether the document declares a DTD before its root element; false for what is not XML,
     * which Metro reports.
     *
     * @throws IOException when reading the answer failed (too large, cut off, too slow): that is
     *                     the answer's failure, not a sign that it is not XML
     */
    private static boolean declaresDtd(InputStream answer) throws IOException {
        try {
            XMLStreamReader reader = PROLOG_READER.createXMLStreamReader(answer);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return true;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return false;
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notXml) {
            for (Throwable cause = notXml; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException failedToRead) {
                    throw failedToRead;
                }
            }
            return false;
        }
    }

    @Override
    public void decode(ReadableByteChannel in, String contentType, Packet response) {
        try {
            decode(Channels.newInputStream(in), contentType, response);
        } catch (IOException e) {
            throw new WebServiceException(e);
        }
    }

    @Override
    public String getMimeType() {
        return metro.getMimeType();
    }

    @Override
    public ContentType getStaticContentType(Packet packet) {
        return metro.getStaticContentType(packet);
    }

    @Override
    public ContentType encode(Packet packet, OutputStream out) throws IOException {
        return metro.encode(packet, out);
    }

    @Override
    public ContentType encode(Packet packet, WritableByteChannel buffer) {
        return metro.encode(packet, buffer);
    }

    @Override
    public Codec copy() {
        return new DtdRefusingCodec(metro.copy());
    }
}
