package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Everything a booking answer can hold, as the Booking page's answer schema lists it (the
 * examples show only part of it): UPS numbers, the return shipment, label-free codes, QR codes,
 * every link and date; and fields and elements the adapter does not know, which are ignored.
 */
class BookingAnswersTest {

    private static final BookingConfirmation EVERYTHING = new BookingConfirmation(Optional.of("ORDER-1"),
            "70438101268018539",
            new ConsignmentLinks(Optional.of(URI.create("https://api.bring.com/labels/id/a.pdf")),
                    Optional.of(URI.create("https://www.mybring.com/labels/archive/a")),
                    Optional.of(URI.create("https://api.bring.com/waybill/id/a.pdf")),
                    URI.create("https://sporing.bring.no/sporing.html?q=70438101268018539")),
            Optional.of(Instant.parse("2026-01-16T09:00:00Z")), Optional.of(Instant.parse("2026-01-17T15:00:00Z")),
            java.util.List.of(new BookedPackage("370438101268058536", Optional.of("P-1"), Optional.of("LF-123"),
                    Optional.of(URI.create("https://api.bring.com/qr/a.png")))),
            Optional.of("1Z999AA10123456784"), Optional.of("1Z999AA10123456785"), Optional.of("70438101268018546"),
            Optional.of(new ConsignmentLinks(Optional.of(URI.create("https://api.bring.com/labels/id/r.pdf")),
                    Optional.empty(), Optional.empty(),
                    URI.create("https://sporing.bring.no/sporing.html?q=70438101268018546"))));

    private final LocalBring bring = new LocalBring();

    @AfterEach
    void stop() {
        bring.close();
    }

    private BookingConfirmation booked(WireFormat format, String body) {
        bring.serving("POST", "/booking", format, body.getBytes(StandardCharsets.UTF_8));
        return bring.booking(format, LocalBring.NOW).book(ContractExamples.booking(LocalBring.NOW));
    }

    @Test
    void everyFieldOfTheJsonAnswerSchemaIsRead() {
        BookingConfirmation read = booked(WireFormat.JSON, "{\"consignments\":[{\"correlationId\":\"ORDER-1\","
                + "\"confirmation\":{\"consignmentNumber\":\"70438101268018539\",\"productSpecificData\":{"
                + "\"upsShipmentNumber\":\"1Z999AA10123456784\",\"upsTrackingNumber\":\"1Z999AA10123456785\"},"
                + "\"links\":{\"labels\":\"https://api.bring.com/labels/id/a.pdf\",\"labelArchiveUrl\":"
                + "\"https://www.mybring.com/labels/archive/a\",\"waybill\":\"https://api.bring.com/waybill/id/a.pdf\","
                + "\"tracking\":\"https://sporing.bring.no/sporing.html?q=70438101268018539\"},"
                + "\"dateAndTimes\":{\"earliestPickup\":1768554000000,\"expectedDelivery\":\"2026-01-17T16:00:00.000+01:00\","
                + "\"id\":42},\"packages\":[{\"packageNumber\":\"370438101268058536\",\"correlationId\":\"P-1\","
                + "\"labelFreeCode\":\"LF-123\",\"qrCodeLink\":\"https://api.bring.com/qr/a.png\"}],"
                + "\"returnConsignmentNumber\":\"70438101268018546\",\"returnLinks\":{\"labels\":"
                + "\"https://api.bring.com/labels/id/r.pdf\",\"tracking\":"
                + "\"https://sporing.bring.no/sporing.html?q=70438101268018546\"}},\"errors\":[]}]}");

        assertThat(read).isEqualTo(EVERYTHING);
    }

    @Test
    void everyElementOfTheXmlAnswerSchemaIsRead() {
        BookingConfirmation read = booked(WireFormat.XML, "<bookingResponse xmlns=\"http://www.bring.no/booking/\">"
                + "<consignments><consignment correlationId=\"ORDER-1\"><confirmation>"
                + "<consignmentNumber>70438101268018539</consignmentNumber><productSpecificData>"
                + "<upsShipmentNumber>1Z999AA10123456784</upsShipmentNumber><upsTrackingNumber>1Z999AA10123456785"
                + "</upsTrackingNumber></productSpecificData><links><labels>https://api.bring.com/labels/id/a.pdf</labels>"
                + "<labelArchiveUrl>https://www.mybring.com/labels/archive/a</labelArchiveUrl>"
                + "<waybill>https://api.bring.com/waybill/id/a.pdf</waybill>"
                + "<tracking>https://sporing.bring.no/sporing.html?q=70438101268018539</tracking></links>"
                + "<dateAndTimes><earliestPickup>2026-01-16T10:00:00+01:00</earliestPickup>"
                + "<expectedDelivery>2026-01-17T16:00:00.000+01:00</expectedDelivery></dateAndTimes>"
                + "<packages><package correlationId=\"P-1\"><packageNumber>370438101268058536</packageNumber>"
                + "<labelFreeCode>LF-123</labelFreeCode><qrCodeLink>https://api.bring.com/qr/a.png</qrCodeLink></package>"
                + "</packages><returnConsignmentNumber>70438101268018546</returnConsignmentNumber><returnLinks>"
                + "<labels>https://api.bring.com/labels/id/r.pdf</labels>"
                + "<tracking>https://sporing.bring.no/sporing.html?q=70438101268018546</tracking></returnLinks>"
                + "</confirmation><errors/></consignment></consignments></bookingResponse>");

        assertThat(read).isEqualTo(EVERYTHING);
    }

    @Test
    void unknownJsonFieldsAreIgnoredAtEveryLevel() {
        BookingConfirmation read = booked(WireFormat.JSON, "{\"apiVersion\":\"2.0\",\"consignments\":[{\"trace\":{\"a\":[1]},"
                + "\"confirmation\":{\"consignmentNumber\":\"70438101268018539\",\"carbonFootprint\":{\"kg\":1.2},"
                + "\"links\":{\"tracking\":\"https://sporing.bring.no/x\",\"invoice\":\"https://api.bring.com/i.pdf\"},"
                + "\"packages\":[{\"packageNumber\":\"370438101268058536\",\"dimensionsMeasured\":true}]},"
                + "\"warnings\":[{\"code\":\"W-1\"}]}]}");

        assertThat(read.consignmentNumber()).isEqualTo("70438101268018539");
        assertThat(read.links().tracking()).isEqualTo(URI.create("https://sporing.bring.no/x"));
        assertThat(read.packages()).extracting(BookedPackage::packageNumber).containsExactly("370438101268058536");
    }

    @Test
    void unknownXmlElementsAndAttributesAreIgnored() {
        BookingConfirmation read = booked(WireFormat.XML, "<bookingResponse xmlns=\"http://www.bring.no/booking/\" "
                + "version=\"2\"><consignments><consignment correlationId=\"ORDER-1\" priority=\"high\"><confirmation>"
                + "<consignmentNumber>70438101268018539</consignmentNumber><carbonFootprint><kg>1.2</kg></carbonFootprint>"
                + "<links><tracking>https://sporing.bring.no/x</tracking></links><packages><package new=\"1\">"
                + "<packageNumber>370438101268058536</packageNumber><measured>true</measured></package></packages>"
                + "</confirmation></consignment></consignments><trailer/></bookingResponse>");

        assertThat(read.consignmentNumber()).isEqualTo("70438101268018539");
        assertThat(read.correlationId()).contains("ORDER-1");
        assertThat(read.packages()).extracting(BookedPackage::packageNumber).containsExactly("370438101268058536");
    }

    @Test
    void elementsBringAddsInsideAListsWrapperAreIgnored() {
        BookingConfirmation read = booked(WireFormat.XML, "<bookingResponse xmlns=\"http://www.bring.no/booking/\">"
                + "<consignments count=\"1\"><trace><id>7</id></trace><consignment correlationId=\"ORDER-1\"><confirmation>"
                + "<consignmentNumber>70438101268018539</consignmentNumber>"
                + "<links><tracking>https://sporing.bring.no/x</tracking></links><packages><summary><n>1</n></summary>"
                + "<package><packageNumber>370438101268058536</packageNumber></package></packages>"
                + "</confirmation><errors><note>none</note></errors></consignment></consignments></bookingResponse>");

        assertThat(read.consignmentNumber()).isEqualTo("70438101268018539");
        assertThat(read.correlationId()).contains("ORDER-1");
        assertThat(read.packages()).extracting(BookedPackage::packageNumber).containsExactly("370438101268058536");
    }
}
