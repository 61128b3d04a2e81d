package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import dev.bringport.domain.booking.BookingRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a booking or pickup document gives that is not sent is named with its path and why, in
 * JSON and XML alike, wherever it is: what the wire types have no place for, found as they are
 * bound. Bring's own documented requests lose nothing (their {@code clientUrl} and
 * {@code explicitAdditionalServices} are sent as given).
 */
class BookingDocumentsIgnoredFieldsTest {

    static List<String> readableRequests() {
        return BringExamples.all().stream().filter(n -> !BringExamples.ANSWERS.contains(n))
                .filter(n -> !BookingDocumentsGoldenTest.BROKEN.containsKey(n)).toList();
    }

    @ParameterizedTest
    @MethodSource("readableRequests")
    void everyDocumentedRequestIsSentWhole(String example) {
        RequestDocument<?> read = example.contains("pickuporder") ? BookingDocuments.readPickupOrder(BringExamples.bytes(example))
                : BookingDocuments.readBookingRequest(BringExamples.bytes(example));

        assertThat(read.ignored()).isEmpty();
    }

    @Test
    void unknownFieldsAreNamedWhereverTheyAreInJsonAndXmlAlike() {
        String json = "{\"testIndicator\": true, \"first\": 1, \"schemaVersion\": 1, \"consignments\": [{\"product\": "
                + "{\"novel\": {\"a\": [1, 2]}, \"id\": \"5000\", \"customerNumber\": \"5\", \"flags\": [true]}, "
                + "\"packages\": [{\"weightInKg\": 1}, {\"weightInKg\": 2, \"colour\": \"red\"}], \"later\": [1]}], \"last\": \"x\"}";
        String xml = "<bookingRequest xmlns=\"http://www.bring.no/booking/\" testIndicator=\"true\" first=\"1\">"
                + "<schemaVersion>1</schemaVersion><consignments><consignment><product><novel><a>1</a><a>2</a></novel>"
                + "<id>5000</id><customerNumber>5</customerNumber><flags>true</flags></product>"
                + "<packages><package><weightInKg>1</weightInKg></package><package><weightInKg>2</weightInKg>"
                + "<colour>red</colour></package></packages><later>1</later></consignment></consignments><last>x</last>"
                + "</bookingRequest>";

        RequestDocument<BookingRequest> fromJson = BookingDocuments.readBookingRequest(json.getBytes(StandardCharsets.UTF_8));
        RequestDocument<BookingRequest> fromXml = BookingDocuments.readBookingRequest(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(fromJson.ignored()).extracting(IgnoredField::path).containsExactlyInAnyOrder("first",
                "consignments[0].product.novel", "consignments[0].product.flags", "consignments[0].packages[1].colour",
                "consignments[0].later", "last");
        assertThat(fromJson.ignored()).extracting(IgnoredField::reason).containsOnly(IgnoredField.NOT_MODELLED);
        assertThat(fromXml.ignored()).containsExactlyInAnyOrderElementsOf(fromJson.ignored());
        assertThat(fromXml.value()).isEqualTo(fromJson.value());
    }

    @Test
    void anUnknownFieldOfAPickupIsNamed() {
        String body = new String(BringExamples.bytes("page-pickuporder-request.json"), StandardCharsets.UTF_8)
                .replace("\"city\": \"OSLO\",", "\"city\": \"OSLO\", \"floor\": 3,");

        assertThat(BookingDocuments.readPickupOrder(body.getBytes(StandardCharsets.UTF_8)).ignored())
                .containsExactly(new IgnoredField("pickupAddress.floor", IgnoredField.NOT_MODELLED));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDocumentOfAHundredThousandUnknownFieldsNamesEachOnce() {
        StringBuilder body = new StringBuilder("{\"testIndicator\": true, \"consignments\": [{\"product\": {");
        for (int i = 0; i < 100_000; i++) {
            body.append("\"x").append(i).append("\": 1, ");
        }
        body.append("\"id\": \"5000\"}}]}");

        List<IgnoredField> ignored = BookingDocuments.readBookingRequest(body.toString().getBytes(StandardCharsets.UTF_8))
                .ignored();

        assertThat(ignored).hasSize(100_000);
        assertThat(ignored.get(99_999).path()).isEqualTo("consignments[0].product.x99999");
    }

    @Test
    void theOneValueMethodsReadTheSameValue() {
        byte[] body = BringExamples.bytes("doubleIndoor_NO.json");

        assertThat(BookingDocuments.bookingRequest(body)).isEqualTo(BookingDocuments.readBookingRequest(body).value());
    }
}
