package dev.bringport.adapter.rest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.adapter.rest.order.OrderDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every public reader of a request document reads with care, before anything can be sent:
 * exactly one document, within {@link RequestDocument#MAX_BYTES}, UTF-8 with or without byte
 * order mark and nothing else, each refusal saying why. Each reader is tried with one of Bring's
 * documented bodies (its {@code bring-examples/README.md} names the source) or, for the order
 * request, whose documented body is a schema with placeholders, a small one of its shape.
 */
class ReadingWithCareTest {

    private static final String BOOKING = "/dev/bringport/adapter/rest/booking/bring-examples/";
    private static final String ORDER = "/dev/bringport/adapter/rest/order/bring-examples/";

    /** A reader and a body it accepts. */
    enum Reader {
        BOOKING_JSON("bookingRequest", BookingDocuments::readBookingRequest, example(BOOKING + "basicRequestNew.json")),
        BOOKING_XML("bookingRequest", BookingDocuments::readBookingRequest, example(BOOKING + "basicRequestNew.xml")),
        PICKUP_JSON("pickupOrderRequest", BookingDocuments::readPickupOrder,
                example(BOOKING + "page-pickuporder-request.json")),
        PICKUP_XML("pickupOrderRequest", BookingDocuments::readPickupOrder, example(BOOKING + "page-pickuporder-request.xml")),
        ORDER_JSON("CreateOrderRequest", OrderDocuments::readOrderMessage, ("{\"messageFunction\": \"Order\", "
                + "\"messageId\": \"m-1\", \"MessageDetails\": {\"MessageSender\": {\"partyId\": \"10000000000\"}, "
                + "\"MessageDate\": {\"value\": 1768465800000}}, \"SupplyStructure\": {\"OrderSet\": {"
                + "\"updateIndicator\": \"Original\", \"Order\": {\"orderId\": \"4500012345\"}}}}\n")
                .getBytes(StandardCharsets.UTF_8)),
        ORDER_XML("CreateOrderRequest", OrderDocuments::readOrderMessage, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CreateOrderRequest messageFunction=\"Order\" messageId=\"m-1\"><MessageDetails>"
                + "<MessageSender partyId=\"10000000000\"/><MessageDate>2026-01-15T09:30:00+01:00</MessageDate>"
                + "</MessageDetails><SupplyStructure><OrderSet updateIndicator=\"Original\"><Order orderId=\"4500012345\"/>"
                + "</OrderSet></SupplyStructure></CreateOrderRequest>\n").getBytes(StandardCharsets.UTF_8)),
        PACKING_LIST_XML("CreatePackagingListRequest", OrderDocuments::readPackagingList,
                example(ORDER + "create_packaging_list.xml")),
        EVENTS_XML("CreateEventRequest", OrderDocuments::readEvents, example(ORDER + "create_events.xml"));

        final String document;
        final Function<byte[], RequestDocument<?>> read;
        final byte[] body;

        Reader(String document, Function<byte[], RequestDocument<?>> read, byte[] body) {
            this.document = document;
            this.read = read;
            this.body = body;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean xml() {
            return text().stripLeading().startsWith("<");
        }
    }

    private static byte[] example(String path) {
        try (InputStream in = ReadingWithCareTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theBodyIsReadAndLosesNothing(Reader reader) {
        RequestDocument<?> read = reader.read.apply(reader.body);

        assertThat(read.value()).isNotNull();
        assertThat(read.ignored()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aByteOrderMarkAndWhiteSpaceAfterTheDocumentChangeNothing(Reader reader) {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, reader.body);
        byte[] withSpace = concat(reader.body, "\n \t\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read.apply(withBom)).isEqualTo(reader.read.apply(reader.body));
        assertThat(reader.read.apply(withSpace)).isEqualTo(reader.read.apply(reader.body));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aSecondDocumentIsRefusedNotTheFirstSent(Reader reader) {
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read.apply(concat(reader.body, reader.body)))
                .withMessageStartingWith("not a " + (reader.xml() ? "XML " : "JSON ") + reader.document)
                .withMessageContaining("more than one document");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void anythingButWhiteSpaceAfterTheDocumentIsRefused(Reader reader) {
        for (String after : new String[] {"x", "}", "]", ",", "<a/>", "{}", "\"text\""}) {
            assertThatIllegalArgumentException().as(after)
                    .isThrownBy(() -> reader.read.apply(concat(reader.body, after.getBytes(StandardCharsets.UTF_8))))
                    .withMessageContaining(reader.document);
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aBodyOverTheBoundIsRefusedNamingIt(Reader reader) {
        byte[] padded = Arrays.copyOf(reader.body, RequestDocument.MAX_BYTES + 1);
        Arrays.fill(padded, reader.body.length, padded.length, (byte) ' ');
        byte[] atTheBound = Arrays.copyOf(padded, RequestDocument.MAX_BYTES);

        assertThat(reader.read.apply(atTheBound)).isEqualTo(reader.read.apply(reader.body));
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read.apply(padded))
                .withMessage("not a " + reader.document + " the library can read: it is longer than 4 MiB (4194304 bytes), "
                        + "the most a request document may hold: Bring's largest documented request has 24 KiB");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void utf16AndUtf32AreRefusedWithOrWithoutByteOrderMark(Reader reader) {
        assertRefused(reader, reader.text().getBytes(StandardCharsets.UTF_16), "it is UTF-16 (it starts with a UTF-16 byte order mark)");
        assertRefused(reader, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, reader.text().getBytes(StandardCharsets.UTF_16LE)),
                "it is UTF-16");
        assertRefused(reader, reader.text().getBytes(StandardCharsets.UTF_16LE), "it holds a NUL byte at byte 1 (line 1)");
        assertRefused(reader, concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, reader.text().getBytes(Charset.forName("UTF-32BE"))),
                "it is UTF-32");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void bytesThatAreNotUtf8AreRefusedNamingWhere(Reader reader) {
        String text = reader.text();
        int secondLine = text.indexOf('\n') + 1;
        byte[] latin1 = (text.substring(0, secondLine) + "\u00f8" + text.substring(secondLine)).getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(reader, latin1, "it is not UTF-8: byte " + secondLine + " (line 2) is no UTF-8 character");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void anEmptyBodyHoldsNoDocument(Reader reader) {
        assertRefused(reader, new byte[0], "it holds no document (it is empty)");
        assertRefused(reader, " \n\t".getBytes(StandardCharsets.UTF_8), "it holds no document (it is empty)");
        assertRefused(reader, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "it holds no document (it is empty)");
    }

    @Test
    void anXmlDocumentDeclaringAnotherEncodingIsRefused() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><bookingRequest testIndicator=\"true\"/>"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.readBookingRequest(latin1))
                .withMessageContaining("its XML declaration names the encoding 'ISO-8859-1': request documents are UTF-8");
    }

    @Test
    void aJsonFieldGivenTwiceIsRefusedNamingItsPath() {
        String booking = Reader.BOOKING_JSON.text();
        byte[] twiceAtTheTop = booking.replaceFirst("\"testIndicator\": true", "\"testIndicator\": false, \"testIndicator\": true")
                .getBytes(StandardCharsets.UTF_8);
        byte[] twiceDeep = booking.replaceFirst("\"customerNumber\": \"5\"", "\"customerNumber\": \"5\", \"customerNumber\": \"6\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] order = Reader.ORDER_JSON.text().replace("{\"orderId\": \"4500012345\"}",
                "{\"orderId\": \"4500012345\", \"orderId\": \"4500012346\"}").getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.readBookingRequest(twiceAtTheTop))
                .withMessageContaining("testIndicator is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.readBookingRequest(twiceDeep))
                .withMessageContaining("consignments[0].product.customerNumber is given twice (line ");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.readOrderMessage(order))
                .withMessageContaining("SupplyStructure.OrderSet.Order.orderId is given twice");
    }

    @Test
    void anXmlElementTheDocumentHoldsOnceIsRefusedWhenGivenTwice() {
        byte[] booking = Reader.BOOKING_XML.text().replaceFirst("<customerNumber>5</customerNumber>",
                "<customerNumber>5</customerNumber><customerNumber>6</customerNumber>").getBytes(StandardCharsets.UTF_8);
        byte[] packingList = Reader.PACKING_LIST_XML.text().replaceFirst("<CustomerNo>", "<CustomerNo>1</CustomerNo><CustomerNo>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] order = Reader.ORDER_XML.text().replace("<Order orderId=\"4500012345\"/>",
                "<Order orderId=\"4500012345\"/><Order orderId=\"4500012346\"/>").getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> BookingDocuments.readBookingRequest(booking))
                .withMessageContaining("consignments[0].product.customerNumber is given 2 times: the document holds it once");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.readPackagingList(packingList))
                .withMessageContaining("CustomerNo is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.readOrderMessage(order))
                .withMessageContaining("SupplyStructure.OrderSet.Order is given twice");
    }

    @Test
    void repeatedXmlElementsOfAListAreItsItemsUnlessSplitByAnother() {
        String events = Reader.EVENTS_XML.text();
        String event = events.substring(events.indexOf("<Event>"), events.indexOf("</Event>") + "</Event>".length());
        String properties = events.substring(events.indexOf("<RequestProperties>"),
                events.indexOf("</RequestProperties>") + "</RequestProperties>".length());
        byte[] together = events.replace(event, event + event).getBytes(StandardCharsets.UTF_8);
        byte[] split = events.replace(properties, "").replace(event, event + properties + event).getBytes(StandardCharsets.UTF_8);

        assertThat(OrderDocuments.readEvents(together).value()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> OrderDocuments.readEvents(split))
                .withMessageContaining("Event is given twice");
    }

    private static void assertRefused(Reader reader, byte[] body, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read.apply(body))
                .withMessageStartingWith("not a " + reader.document + " the library can read: " + reason);
    }
}
