package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.inject.Guice;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.Capability;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.Difference;
import dev.bringport.ports.migration.FallbackEvent;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.ShadowListener;
import dev.bringport.ports.migration.ShadowReport;
import dev.bringport.ports.migration.TransportPlan;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Swapping adapters during the SOAP migration, with the real adapters against one Bring behind
 * both protocols on 127.0.0.1: per-operation routing, fallback only when the primary provably
 * did not act, and shadow reads that never touch the caller.
 */
class MigrationTest {

    private static final Instant NOW = CliRun.CLOCK.instant();
    /** SOAP's order carries the sender status; REST serves it at GET /senderStatus instead. */
    private static final Difference SENDER_STATUS_ONLY_OVER_SOAP = new Difference("senderStatus", "OPEN", "(absent)");

    private final List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<ShadowReport> reports = new LinkedBlockingQueue<>();
    private TwoProtocolBring bring;
    private Shadow shadow;

    @AfterEach
    void stop() {
        if (shadow != null) {
            shadow.close();
        }
        bring.close();
    }

    /** The ports as the example application wires them: Guice, from a plan. */
    private BringPorts wire(TransportPlan plan) {
        return Guice.createInjector(new BringportModule(plan, bring::transport, fallbacks::add, Optional.ofNullable(shadow)))
                .getInstance(BringPorts.class);
    }

    private static BookingRequest booking() {
        return BookingRequest.test(Demo.consignment("4500012345", NOW));
    }

    private int soapBookings() {
        return bring.soap().requests(BringSoap.BOOKING_PATH);
    }

    private int restBookings() {
        return bring.rest().requests("POST", "/booking-api/api/booking").size();
    }

    private ShadowReport nextReport() throws InterruptedException {
        ShadowReport report = reports.poll(10, TimeUnit.SECONDS);
        assertThat(report).as("a shadow report").isNotNull();
        return report;
    }

    // --- routing ------------------------------------------------------------------------------

    @Test
    void routingSendsEachOperationWhereThePlanSays() {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        BringPorts ports = wire(TransportPlan.builder("rest")
                .operation(Operation.ADD_PACKING_LIST, "soap")
                .capability(Capability.BOOKING, "soap")
                .build());

        Order order = ports.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID);
        ports.orderManagement().addPackingList(DemoData.CUSTOMER, DemoData.ORDER_ID,
                PackingList.of("70707730124779733", List.of(PackingListItem.of("1", BigDecimal.ONE))));
        ports.booking().book(booking());
        ports.warehousing().articleBalances(DemoData.CUSTOMER);

        assertThat(order.orderId()).isEqualTo(DemoData.ORDER_ID);
        assertThat(bring.rest().requests("GET", "/po/api/v1/omorder/")).hasSize(1);
        assertThat(bring.rest().requests("GET", "/po/api/v1/articlebalance/")).hasSize(1);
        assertThat(bring.rest().requests("POST", "/po/api/v1/packaginglist")).isEmpty();
        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).as("the packing list, over SOAP").isEqualTo(1);
        assertThat(soapBookings()).isEqualTo(1);
        assertThat(restBookings()).isZero();
        assertThat(bring.bring().received().packingLists()).hasSize(1);
        assertThat(fallbacks).isEmpty();
    }

    // --- fallback -----------------------------------------------------------------------------

    @Test
    void aBookingSoapRateLimitsGoesThroughRestAndTheFallbackIsReported() {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        Booking booking = wire(TransportPlan.builder("rest").capability(Capability.BOOKING, "soap").fallback("rest")
                .build()).booking();
        for (int attempt = 0; attempt < TwoProtocolBring.QUICK_RETRIES.maxAttempts(); attempt++) {
            bring.soap().failNext(BringSoap.BOOKING_PATH, 429);
        }

        BookingConfirmation confirmation = booking.book(booking());

        assertThat(confirmation.consignmentNumber()).hasSize(17);
        assertThat(soapBookings()).as("every SOAP attempt answered 429").isEqualTo(3);
        assertThat(restBookings()).isEqualTo(1);
        assertThat(bring.bring().received().bookings()).as("booked once, over REST").hasSize(1);
        assertThat(fallbacks).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo(Operation.BOOK);
            assertThat(event.primary()).isEqualTo("SOAP");
            assertThat(event.secondary()).isEqualTo("REST");
            assertThat(event.reason()).isInstanceOf(RateLimitedException.class);
        });
    }

    @Test
    void aTimedOutBookingIsNeitherResentNorFallenBack() {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        Booking booking = wire(TransportPlan.builder("rest").capability(Capability.BOOKING, "soap").fallback("rest")
                .build()).booking();
        bring.soap().slowNext(BringSoap.BOOKING_PATH, TwoProtocolBring.SOAP_TIMEOUT.multipliedBy(3));

        assertThatThrownBy(() -> booking.book(booking())).isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("4500012345");

        assertThat(soapBookings()).as("sent once, never again").isEqualTo(1);
        assertThat(restBookings()).as("no fallback after an unknown outcome").isZero();
        assertThat(fallbacks).isEmpty();
    }

    // --- shadow -------------------------------------------------------------------------------

    @Test
    void soapAndRestReadTheSameOrderAlikeButForTheSenderStatusOnlySoapCarries() throws Exception {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        shadow = new Shadow(reports::add, Duration.ofSeconds(5), 2, 8);
        OrderManagement om = wire(TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .shadow("rest").build()).orderManagement();

        om.order(DemoData.CUSTOMER, DemoData.ORDER_ID);

        ShadowReport report = nextReport();
        assertThat(report.outcome()).isEqualTo(ShadowReport.Outcome.COMPARED);
        assertThat(report.differences()).containsExactly(SENDER_STATUS_ONLY_OVER_SOAP);
    }

    @Test
    void aDifferentRestAnswerIsReportedByFieldWhileTheCallerGetsSoapsAnswer() throws Exception {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        ShadowListener listener = reports::add;
        shadow = new Shadow(listener.ignoring(Operation.GET_ORDER, Set.of(SENDER_STATUS_ONLY_OVER_SOAP.path())),
                Duration.ofSeconds(5), 2, 8);
        OrderManagement om = wire(TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .shadow("rest").build()).orderManagement();
        String restAnswer = restGet("/po/api/v1/omorder/" + DemoData.CUSTOMER + "/" + DemoData.ORDER_ID);
        assertThat(restAnswer).contains("Vidar igjen");
        bring.rest().failNext(new SimulatedFault.Answer(SimulatedAnswer.ok(WireFormat.JSON,
                restAnswer.replace("Vidar igjen", "Vidar igjen!").getBytes(StandardCharsets.UTF_8))));

        Order order = om.order(DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(order.lines().get(0).description().orElseThrow().text()).endsWith("Vidar igjen");
        ShadowReport report = nextReport();
        assertThat(report.primary()).isEqualTo("SOAP");
        assertThat(report.candidate()).isEqualTo("REST");
        assertThat(report.differences()).containsExactly(new Difference("lines[0].description.text",
                "STAR B 90/190 V AC/R S51 SØLV Vidar igjen", "STAR B 90/190 V AC/R S51 SØLV Vidar igjen!"));
    }

    @Test
    void aSlowCandidateNeitherSlowsNorBreaksTheCaller() throws Exception {
        CountDownLatch callerAnswered = new CountDownLatch(1);
        bring = new TwoProtocolBring(CliRun.CLOCK, rest -> rest.route("GET", "/po/api/v1/senderStatus/.*", request -> {
            callerAnswered.await(); // REST answers only once the caller has SOAP's answer...
            Thread.sleep(600);      // ...and then too late
            return SimulatedAnswer.empty(200);
        }));
        shadow = new Shadow(reports::add, Duration.ofMillis(300), 2, 8);
        OrderManagement om = wire(TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .operation(Operation.GET_SENDER_STATUS, "inmemory").shadow("rest").build()).orderManagement();

        // Were the caller to wait for the candidate, it would wait for itself and never return.
        var status = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> om.senderStatus(DemoData.CUSTOMER, DemoData.ORDER_ID));
        callerAnswered.countDown();

        assertThat(status).isNotNull();
        assertThat(nextReport().outcome()).isEqualTo(ShadowReport.Outcome.TIMED_OUT);
    }

    @Test
    void aFailingCandidateNeverBreaksTheCaller() throws Exception {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        shadow = new Shadow(reports::add, Duration.ofSeconds(5), 2, 8);
        OrderManagement om = wire(TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .shadow("rest").build()).orderManagement();
        bring.rest().failNext(new SimulatedFault.Drop());
        bring.rest().failNext(new SimulatedFault.Drop());
        bring.rest().failNext(new SimulatedFault.Drop());

        Order order = om.order(DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(order.orderId()).isEqualTo(DemoData.ORDER_ID);
        ShadowReport report = nextReport();
        assertThat(report.outcome()).isEqualTo(ShadowReport.Outcome.COMPARED);
        assertThat(report.agrees()).isFalse();
    }

    private String restGet(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(bring.rest().baseUri() + path))
                .header("Accept", "application/json")
                .header("X-Mybring-API-Uid", TwoProtocolBring.CREDENTIALS.userId())
                .header("X-Mybring-API-Key", TwoProtocolBring.CREDENTIALS.apiKey())
                .header("X-Bring-Client-URL", TwoProtocolBring.CREDENTIALS.clientUrl().toString()).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
