package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated Booking API as any HTTP client sees it: Bring's documented request bodies posted
 * byte for byte are read (every spelling) and answered in Bring's shapes and the format asked
 * for; what it cannot read is Bring's {@code BOOK-INPUT-001}; labels it does not hold are 404.
 */
class BookingSimulationTest {

    private final LocalBring bring = new LocalBring().withBookingApi();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        bring.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String accept, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(bring.simulator().baseUri().resolve(path))
                .header("X-Mybring-API-Uid", LocalBring.CREDENTIALS.userId())
                .header("X-Mybring-API-Key", LocalBring.CREDENTIALS.apiKey())
                .header("X-Bring-Client-URL", LocalBring.CREDENTIALS.clientUrl().toString());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentedBodyPostedAsItIsReadAndAnsweredWithBringsErrorsInTheFormatAskedFor() throws Exception {
        HttpResponse<String> answer = send("POST", "/booking-api/api/booking", "application/xml", "application/json",
                BringExamples.bytes("cashOnDelivery.xml"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode error = new ObjectMapper().readTree(answer.body()).at("/consignments/0/errors/0");
        assertThat(error.get("code").asText()).as("the masked customer number is unknown").isEqualTo("BOOK-INPUT-021");
        assertThat(error.get("uniqueId").asText()).isNotBlank();
        assertThat(error.at("/messages/0/lang").asText()).isEqualTo("en");
        assertThat(new ObjectMapper().readTree(answer.body()).at("/consignments/0/correlationId").asText())
                .isEqualTo("INTERNAL-123456");
    }

    @Test
    void withoutAcceptTheAnswerIsInTheFormatOfTheBody() throws Exception {
        HttpResponse<String> answer = send("POST", "/booking-api/api/booking", "application/xml", null,
                BringExamples.bytes("mailboxParcel.xml"));

        assertThat(answer.body()).startsWith("<?xml").contains("<code>BOOK-INPUT-021</code>");
    }

    @Test
    void aBodyTheSimulatorCannotReadIsBringsBadRequest() throws Exception {
        HttpResponse<String> answer = send("POST", "/booking-api/api/booking", "application/json", "application/xml",
                BringExamples.bytes("deliveryOption.json"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("<?xml").contains("<code>BOOK-INPUT-001</code>",
                "<message lang=\"en\">Bad request: not a JSON bookingRequest");
    }

    @Test
    void aPickupInTheOldestWayIsReadAndAnswered() throws Exception {
        HttpResponse<String> answer = send("POST", "/booking-api/api/pickupOrder", "application/json", "application/json",
                BringExamples.bytes("pickuporder_NO.json"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(answer.body()).at("/errors/0/code").asText())
                .as("2015 is in the past").isEqualTo("PICKUP-INPUT-007");
    }

    @Test
    void theErrorCatalogueIsServedInXml() throws Exception {
        HttpResponse<String> answer = send("GET", "/booking-api/api/errors", null, "application/xml", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<errorTypeList xmlns=\"http://www.bring.no/booking/\"><errorTypes><errorType>"
                + "<code>BOOK-INPUT-001</code><message>Bad request</message><suffixable>false</suffixable></errorType>");
    }

    @Test
    void aLabelTheSimulatorDoesNotHoldIsNotFound() throws Exception {
        HttpResponse<String> answer = send("GET", "/labels/id/no-such-label.pdf", null,
                "application/pdf", null);

        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
