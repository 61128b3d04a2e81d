package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.example.wire.BringExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The write commands with {@code --transport rest --host} pointed at the REST adapter's Bring
 * simulator (a JDK HTTP server on 127.0.0.1 in front of the in-memory Bring with the demo data):
 * request files in Bring's documented shapes go out, the simulated Bring acts on them, and what
 * it holds afterwards is what the files said.
 */
class CliOverRestWritesTest {

    /** basicRequestNew ships on 2020-05-05 (10:00 in JSON, 21:31 in XML) and is delivered on 2020-05-11. */
    private static final Clock DAY_OF_THE_BOOKING_EXAMPLE = Clock.fixed(Instant.parse("2020-05-05T06:00:00Z"),
            ZoneOffset.UTC);

    @TempDir
    Path files;

    private SimulatedBring bring;
    private BringSimulator simulator;

    @BeforeEach
    void startTheSimulator() {
        startAt(CliRun.CLOCK);
    }

    /** Bring's examples carry the dates of their day: the tool and the simulated Bring run on that day. */
    private void startAt(Clock time) {
        if (bring != null) {
            bring.close();
        }
        bring = SimulatedBring.at(time, files.resolve("state"));
        simulator = bring.simulator();
    }

    @AfterEach
    void stop() {
        bring.close();
    }

    private CliRun run(String format, String... command) {
        List<String> args = new ArrayList<>(List.of("--format", format));
        args.addAll(List.of(command));
        return bring.run(args.toArray(String[]::new));
    }

    private Path file(String name, byte[] body) throws IOException {
        return Files.write(files.resolve(name), body);
    }

    private Path requestFile(String name) throws IOException {
        return file(name, BringExamples.resource("/requests/" + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void createOrderSendsTheFilesOrderWhichCanThenBeRead(String format) throws IOException {
        Path order = requestFile("create-order-4500012345." + format);

        CliRun created = run(format, "om", "create-order", order.toString());

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("Order 4500012345 sent (Original).");
        CliRun read = run(format, "om", "order", DemoData.CUSTOMER, "4500012345");
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).contains("4500012345", "Kjøper AS/Laksevåg", "ADB ABX-2720W HD dekoder", "HDMI 2m M-M");
    }

    @Test
    void sendingTheSameOriginalTwiceIsBringsErrorWithItsCode() throws IOException {
        Path order = requestFile("create-order-4500012345.json");
        assertThat(run("json", "om", "create-order", order.toString()).status()).isZero();

        CliRun again = run("json", "om", "create-order", order.toString());

        assertThat(again.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(again.err()).contains("PO_INPUT_024");
    }

    @Test
    void aPackingListForEveryLineLocksTheOrder() throws IOException {
        Path list = requestFile("add-packing-list-11873875.xml");

        CliRun added = run("json", "om", "add-packing-list", list.toString());

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("Packing list for consignment 70707730124779733 added to order "
                + DemoData.ORDER_ID);
        assertThat(bring.bring().orderManagement().senderStatus(DemoData.CUSTOMER, DemoData.ORDER_ID))
                .isEqualTo(SenderStatus.LOCKED);
        assertThat(run("xml", "om", "packing-lists", DemoData.CUSTOMER, DemoData.ORDER_ID).out())
                .contains("70707730124779733");
    }

    @Test
    void theDocumentedPackingListIsSentAndBringsRefusalIsReportedWithItsCode() throws IOException {
        // create_packaging_list.xml is for order 12345678 of customer 99999999, which Bring does not hold.
        Path list = file("create_packaging_list.xml", BringExamples.order("create_packaging_list.xml"));

        CliRun refused = run("json", "om", "add-packing-list", list.toString());

        assertThat(refused.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(simulator.requests("POST", "/po/api/v1/packaginglist")).hasSize(1);
    }

    @Test
    void everyEventOfTheFileIsSent() throws IOException {
        Path events = requestFile("events-70707730124779733.xml");

        CliRun sent = run("json", "om", "event", events.toString());

        assertThat(sent.status()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("2 events sent: TERMINAL for consignment 70707730124779733, DELIVERED");
        assertThat(simulator.requests("POST", "/po/api/v1/event")).hasSize(2);
    }

    @Test
    void anInvalidEventAnywhereInTheFileStopsTheCommandBeforeTheFirstIsSent() throws IOException {
        String body = new String(BringExamples.resource("/requests/events-70707730124779733.xml"), StandardCharsets.UTF_8)
                .replace("2026-01-15T09:55:00+01:00", "");
        Path events = file("events.xml", body.getBytes(StandardCharsets.UTF_8));

        CliRun refused = run("json", "om", "event", events.toString());

        assertThat(refused.status()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("Event[1].", "PO_INPUT_009", "nothing was sent");
        assertThat(simulator.requests("POST", "/po/api/v1/event")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aDocumentedBookingIsBookedAndItsLabelSavedByConsignmentNumber(String format) throws IOException {
        startAt(DAY_OF_THE_BOOKING_EXAMPLE);
        Path request = file("basicRequestNew." + format, BringExamples.booking("basicRequestNew." + format));

        CliRun booked = run(format, "booking", "book", request.toString());

        assertThat(booked.status()).as(booked.err()).isZero();
        Matcher consignment = Pattern.compile("Consignment (\\d{17})").matcher(booked.out());
        assertThat(consignment.find()).as(booked.out()).isTrue();
        Path pdf = files.resolve("label.pdf");
        CliRun label = run(format, "booking", "label", consignment.group(1), "--out", pdf.toString());
        assertThat(label.status()).as(label.err()).isZero();
        assertThat(label.out()).contains("Label saved to " + pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        SimulatedRequest fetch = simulator.requests("GET", "/labels/").get(0);
        assertThat(fetch.header("Accept")).contains("application/pdf");
    }

    @Test
    void aLabelLinkCanBeGivenInsteadOfAConsignmentNumber() throws IOException {
        startAt(DAY_OF_THE_BOOKING_EXAMPLE);
        Path request = file("basicRequestNew.json", BringExamples.booking("basicRequestNew.json"));
        CliRun booked = run("json", "--json", "booking", "book", request.toString());
        assertThat(booked.status()).as(booked.err()).isZero();
        Matcher link = Pattern.compile("\"labels\"\\s*:\\s*\"([^\"]+)\"").matcher(booked.out());
        assertThat(link.find()).as(booked.out()).isTrue();
        bring.environment().put(LabelJournal.STATE_HOME, files.resolve("another-machine").toString());

        CliRun label = run("json", "booking", "label", link.group(1), "--out", files.resolve("l.pdf").toString());

        assertThat(label.status()).as(label.err()).isZero();
    }

    @Test
    void aLabelLinkOffBringsHostsIsRefusedWithoutSendingTheCredentials() {
        CliRun label = run("json", "booking", "label", "https://labels.example.com/id/1.pdf", "--out",
                files.resolve("l.pdf").toString());

        assertThat(label.status()).isEqualTo(ExitCode.USAGE);
        assertThat(label.err()).contains("refusing to send Bring credentials to 'labels.example.com'");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aConsignmentNotBookedWithTheToolAsksForTheLabelLink() {
        CliRun label = run("json", "booking", "label", "70438101268018539", "--out", files.resolve("l.pdf").toString());

        assertThat(label.status()).isEqualTo(ExitCode.USAGE);
        assertThat(label.err()).contains("no label link known for consignment 70438101268018539",
                "give the label link from its booking confirmation");
        assertThat(files.resolve("l.pdf")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aDocumentedPickupOrderIsConfirmedOnceItCarriesTheUsersCustomerNumber(String format) throws IOException {
        // pickupDate 2015-12-03 in the JSON example, 2019-02-04 in the XML one
        startAt(Clock.fixed(Instant.parse(format.equals("json") ? "2015-12-02T08:00:00Z" : "2019-02-03T08:00:00Z"),
                ZoneOffset.UTC));
        String documented = new String(BringExamples.booking("pickuporder_NO_new_way." + format), StandardCharsets.UTF_8);
        Path asDocumented = file("documented." + format, documented.getBytes(StandardCharsets.UTF_8));
        // The page masks the customer number ("************"); a user puts in theirs: the demo's customer 6.
        Path withCustomer = file("pickup." + format, documented.replaceFirst("\\*{5,}", "6")
                .getBytes(StandardCharsets.UTF_8));

        CliRun masked = run(format, "pickup", "order", asDocumented.toString());
        CliRun ordered = run(format, "pickup", "order", withCustomer.toString());

        assertThat(masked.status()).isEqualTo(ExitCode.BRING_ERROR);
        assertThat(masked.err()).contains("customerNumber");
        assertThat(ordered.status()).as(ordered.err()).isZero();
        assertThat(ordered.out()).startsWith("Pickup ");
        assertThat(simulator.requests("POST", "/booking-api/api/pickupOrder")).hasSize(2);
    }

    @Test
    void aFileThatIsNoSuchDocumentIsRefusedBeforeAnythingIsSent() throws IOException {
        Path notABooking = file("order.json", BringExamples.resource("/requests/create-order-4500012345.json"));

        CliRun refused = run("json", "booking", "book", notABooking.toString());

        assertThat(refused.status()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains(notABooking.toString(), "bookingRequest");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun refused = run("json", "pickup", "order", files.resolve("nowhere.json").toString());

        assertThat(refused.status()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("nowhere.json: no such file");
    }
}
