package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.ExampleServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --transport soap --host} pointed at a plain HTTP server on 127.0.0.1 that answers with
 * Bring's documented SOAP envelopes (the SOAP adapter's test-jar carries them byte for byte, see
 * its {@code bring/README.md}). Booking answers are the documented XML API bodies inside an
 * envelope, as Bring's SOAP booking service writes them.
 */
class CliOverSoapTest {

    /** basicRequestNew ships on 2020-05-05. */
    private static final Clock DAY_OF_THE_BOOKING_EXAMPLE = Clock.fixed(Instant.parse("2020-05-05T06:00:00Z"),
            ZoneOffset.UTC);

    @TempDir
    Path files;

    private ExampleServer server;
    private final AtomicReference<byte[]> orderManagementAnswer = new AtomicReference<>();
    private final AtomicReference<byte[]> bookingAnswer = new AtomicReference<>();

    @BeforeEach
    void start() {
        server = ExampleServer.start()
                .route("POST", "/po/api/ws", request -> soap(orderManagementAnswer.get()))
                .route("POST", "/booking/api/ws", request -> soap(bookingAnswer.get()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ExampleServer.Answer soap(byte[] envelope) {
        return new ExampleServer.Answer(200, "text/xml; charset=utf-8", envelope);
    }

    private static byte[] orderManagementEnvelope(String name) {
        return BringExamples.resource("/bring/order-management/soap-examples/" + name);
    }

    /** A documented booking API body inside a SOAP 1.1 envelope, its XML declaration left out. */
    private static byte[] bookingEnvelope(String name) {
        String body = new String(BringExamples.resource("/bring/booking/examples/" + name), StandardCharsets.UTF_8);
        if (body.startsWith("<?xml")) {
            body = body.substring(body.indexOf("?>") + 2);
        }
        return ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Header/>"
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    private CliRun run(Clock clock, String... command) {
        List<String> args = new ArrayList<>(List.of("--transport", "soap", "--host", server.baseUri().toString()));
        args.addAll(List.of(command));
        return CliRun.run(clock, CliOverRestReadsTest.CREDENTIALS, args.toArray(String[]::new));
    }

    private CliRun run(String... command) {
        return run(CliRun.CLOCK, command);
    }

    @Test
    void omOrderPrintsTheDocumentedOrder() {
        orderManagementAnswer.set(orderManagementEnvelope("get_purchase_order_response.xml"));

        CliRun run = run("om", "order", "12345678", "4504104664");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("4504104664", "EDIIMPORTED", "Party Name", "Street", "Oslo", "DRAMMEN",
                "STAVANGER");
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/po/api/ws");
            assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("4504104664");
            assertThat(request.header("X-Mybring-API-Uid")).contains("cli-user@example.com");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "get_purchase_order_not_found_response.xml,               PO_STATE_001, NotFoundException",
            "get_purchase_order_access_denied_response.xml,           PO_STATE_004, AccessDeniedException",
            "get_purchase_order_invalid_customer_number_response.xml, PO_INPUT_001, InvalidRequestException"})
    void anErrorEnvelopeExitsWithThreeAndItsCode(String envelope, String code, String failure) {
        orderManagementAnswer.set(orderManagementEnvelope(envelope));

        CliRun run = run("om", "order", "12345678", "4504104664");

        assertThat(run.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(failure, "[" + code + "]");
    }

    @Test
    void addPackingListSendsTheFileOverSoap() throws Exception {
        orderManagementAnswer.set(orderManagementEnvelope("create_packaging_list_response.xml"));
        Path list = Files.write(files.resolve("list.xml"), BringExamples.resource("/requests/add-packing-list-11873875.xml"));

        CliRun run = run("om", "add-packing-list", list.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Packing list for consignment 70707730124779733 added to order 11873875-status_med_2");
        assertThat(new String(server.requests().get(0).body(), StandardCharsets.UTF_8))
                .contains("CreatePackagingList", "70707730124779733", "11873875-status_med_2");
    }

    @Test
    void aPackingListBringRefusesExitsWithItsCode() throws Exception {
        orderManagementAnswer.set(orderManagementEnvelope("create_packaging_list_order_not_found_response.xml"));
        Path list = Files.write(files.resolve("list.xml"), BringExamples.resource("/requests/add-packing-list-11873875.xml"));

        CliRun run = run("om", "add-packing-list", list.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(run.err()).contains("[PO_INPUT_010]");
    }

    @Test
    void bookingCustomersPrintsTheDocumentedCustomers() {
        bookingAnswer.set(bookingEnvelope("customers.xml"));

        CliRun run = run("booking", "customers");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Customer 6 (Demo Parcel Nordic Converted Customer (6)) from NO", "BUSINESS_PARCEL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void bookingBookSendsTheDocumentedRequestAndPrintsTheConfirmation(String format) throws Exception {
        bookingAnswer.set(bookingEnvelope("successfulResponse.xml"));
        Path request = Files.write(files.resolve("booking." + format),
                BringExamples.booking("basicRequestNew." + format));

        CliRun run = run(DAY_OF_THE_BOOKING_EXAMPLE, "booking", "book", request.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Consignment 70438101268018539", "370438101268058536",
                "https://sporing.bring.no/sporing.html?q=70438101268018539");
    }

    @Test
    void pickupOrderSendsTheDocumentedRequestAndPrintsTheConfirmation() throws Exception {
        bookingAnswer.set(bookingEnvelope("pickuporder_response.xml"));
        Path request = Files.write(files.resolve("pickup.xml"), BringExamples.booking("pickuporder_NO_new_way.xml"));

        CliRun run = run(Clock.fixed(Instant.parse("2019-02-03T08:00:00Z"), ZoneOffset.UTC),
                "pickup", "order", request.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Pickup ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"om is-customer 12345678", "om lines 12345678 4504104664",
            "om packing-lists 12345678 4504104664", "om sender-status 12345678 4504104664", "om error-codes",
            "wh order 12345678 4504104664", "wh stock 12345678", "wh error-codes", "booking error-codes"})
    void commandsSoapDoesNotOfferSaySoAndSendNothing(String command) {
        CliRun run = run(command.split(" "));

        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not supported by the SOAP transport; use ", "(nothing was sent)");
        assertThat(server.requests()).isEmpty();
    }
}
