package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.BringRestModule;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.BringSoapModule;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.OneHost;
import dev.bringport.ports.Operation;
import dev.bringport.ports.guice.TransportPlanModule;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackEvent;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.ShadowListener;
import dev.bringport.ports.migration.ShadowReport;
import dev.bringport.ports.migration.TransportPlan;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every configuration of docs/migrating-from-soap.md, run: the guide quotes the settings below,
 * and each step is tried with the command-line tool against one Bring host serving both protocols
 * (Bring's REST APIs and its SOAP services, both simulated on 127.0.0.1 in front of the same
 * in-memory Bring).
 */
class MigrationGuideTest {

    /** Step 1: where a SOAP integration starts: SOAP for what it offers, REST for the rest and when SOAP throttles. */
    static final String START = """
            BRINGPORT_TRANSPORT=rest
            BRINGPORT_TRANSPORT_ORDER_MANAGEMENT=soap
            BRINGPORT_TRANSPORT_BOOKING=soap
            BRINGPORT_TRANSPORT_PICKUPS=soap
            BRINGPORT_FALLBACK_SOAP=rest
            """;

    /** Step 2: every read SOAP answers is sent to REST too, and compared. */
    static final String SHADOW = START + """
            BRINGPORT_SHADOW=rest
            """;

    /** Step 4: the reads have moved; the writes move one at a time, each protocol covering for the other. */
    static final String MOVING = """
            BRINGPORT_TRANSPORT=rest
            BRINGPORT_TRANSPORT_ADD_PACKING_LIST=soap
            BRINGPORT_TRANSPORT_CREATE_TRANSPORT_ORDER=soap
            BRINGPORT_TRANSPORT_BOOK=soap
            BRINGPORT_TRANSPORT_ORDER_PICKUP=soap
            BRINGPORT_FALLBACK_SOAP=rest
            BRINGPORT_FALLBACK_REST=soap
            """;

    /** Step 5: SOAP is gone. */
    static final String DONE = """
            BRINGPORT_TRANSPORT=rest
            """;

    @TempDir
    Path files;

    private TwoProtocolBring bring;
    private OneHost host;

    @BeforeEach
    void start() {
        bring = new TwoProtocolBring(CliRun.CLOCK);
        host = OneHost.start(bring.rest().baseUri(), bring.soap().host());
    }

    @AfterEach
    void stop() {
        host.close();
        bring.close();
    }

    private static Map<String, String> settings(String configuration) {
        Map<String, String> settings = new HashMap<>();
        configuration.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] setting = line.split("=", 2);
            settings.put(setting[0], setting[1]);
        });
        return settings;
    }

    private CliRun run(String configuration, String... command) {
        Map<String, String> environment = settings(configuration);
        environment.putAll(Map.of("BRING_API_UID", TwoProtocolBring.CREDENTIALS.userId(),
                "BRING_API_KEY", TwoProtocolBring.CREDENTIALS.apiKey(),
                "BRING_CLIENT_URL", TwoProtocolBring.CREDENTIALS.clientUrl().toString(),
                LabelJournal.STATE_HOME, files.resolve("state").toString()));
        List<String> args = new ArrayList<>(List.of("--host", host.baseUri().toString()));
        args.addAll(List.of(command));
        return CliRun.run(environment, args.toArray(String[]::new));
    }

    private Path bookingFile() throws Exception {
        return Files.write(files.resolve("booking.json"), BringExamples.resource("/requests/booking-4500012345.json"));
    }

    private int restRequests(String method, String prefix) {
        return bring.rest().requests(method, prefix).size();
    }

    @Test
    void startSoapCarriesWhatItOffersAndRestTheRest() throws Exception {
        CliRun order = run(START, "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);
        CliRun status = run(START, "om", "sender-status", DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(order.status()).as(order.err()).isZero();
        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).isEqualTo(1);
        assertThat(restRequests("GET", "/po/api/v1/omorder/")).isZero();
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).contains("is OPEN");
        assertThat(restRequests("GET", "/po/api/v1/senderStatus/")).as("SOAP has no sender status").isEqualTo(1);
        assertThat(order.err() + status.err()).doesNotContain("fell back");
    }

    @Test
    void startWhenSoapThrottlesABookingRestBooksIt() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            bring.soap().failNext(BringSoap.BOOKING_PATH, 429);
        }

        CliRun booked = run(START, "booking", "book", bookingFile().toString());

        assertThat(booked.status()).as(booked.err()).isZero();
        assertThat(booked.out()).containsPattern("Consignment \\d{17}");
        assertThat(booked.err()).contains("note: BOOK fell back from SOAP to REST");
        assertThat(restRequests("POST", "/booking-api/api/booking")).isEqualTo(1);
        assertThat(bring.bring().received().bookings()).hasSize(1);
    }

    @Test
    void shadowTheCallerGetsSoapsAnswerAndTheDifferencesAreNoted() {
        CliRun order = run(SHADOW, "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);
        CliRun customers = run(SHADOW, "booking", "customers");

        assertThat(order.status()).as(order.err()).isZero();
        assertThat(order.out()).contains(DemoData.ORDER_ID);
        assertThat(order.err()).contains("note: shadow GET_ORDER: REST differs from SOAP then REST on 1 field(s)",
                "senderStatus: OPEN <> (absent)");
        assertThat(customers.err()).contains("note: shadow GET_CUSTOMERS: REST agrees with SOAP then REST");
        assertThat(restRequests("GET", "/po/api/v1/omorder/")).as("the candidate's read").isEqualTo(1);
    }

    @Test
    void readTheDifferencesCompareRunsAReadOverBoth() {
        CliRun compared = run(DONE, "compare", "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);

        assertThat(compared.status()).isEqualTo(ExitCode.DIFFERENT);
        assertThat(compared.out()).contains("senderStatus");
    }

    @Test
    void movingReadsGoOverRestWritesStillOverSoapAndEachCoversForTheOther() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            bring.rest().failNext(new SimulatedFault.Answer(SimulatedAnswer.empty(429)));
        }
        Path list = Files.write(files.resolve("list.xml"), BringExamples.resource("/requests/add-packing-list-11873875.xml"));

        CliRun order = run(MOVING, "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);
        CliRun packed = run(MOVING, "om", "add-packing-list", list.toString());

        assertThat(order.status()).as(order.err()).isZero();
        assertThat(order.err()).contains("note: GET_ORDER fell back from REST to SOAP");
        assertThat(packed.status()).as(packed.err()).isZero();
        assertThat(restRequests("POST", "/po/api/v1/packaginglist")).isZero();
        assertThat(bring.bring().orderManagement().senderStatus(DemoData.CUSTOMER, DemoData.ORDER_ID))
                .isEqualTo(SenderStatus.LOCKED);
    }

    @Test
    void doneNothingGoesOverSoap() throws Exception {
        CliRun order = run(DONE, "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);
        CliRun booked = run(DONE, "booking", "book", bookingFile().toString());

        assertThat(order.status()).as(order.err()).isZero();
        assertThat(booked.status()).as(booked.err()).isZero();
        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).isZero();
        assertThat(bring.soap().requests(BringSoap.BOOKING_PATH)).isZero();
    }

    // snippet: expected-differences
    // Bring's SOAP order carries the sender status, which REST serves at GET /senderStatus: expected.
    static Shadow shadow(ShadowListener listener) {
        return new Shadow(listener.ignoring(Operation.GET_ORDER, Set.of("senderStatus")), Duration.ofSeconds(5), 2, 100);
    }
    // end snippet: expected-differences

    // snippet: with-guice
    // The ports of the plan the environment holds, over both adapters: a wrong plan fails here, at start-up.
    @SuppressWarnings("deprecation") // BringSoap: Bring's SOAP services are deprecated
    static Injector injector(BringRest rest, BringSoap soap, Map<String, String> environment, Shadow shadow,
                             FallbackListener fallbacks) {
        return Guice.createInjector(new BringRestModule(rest), new BringSoapModule(soap),
                new TransportPlanModule(TransportPlan.fromEnvironment(environment, "rest")),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Shadow.class).toInstance(shadow);
                        bind(FallbackListener.class).toInstance(fallbacks);
                    }
                });
    }
    // end snippet: with-guice

    // snippet: without-guice
    // The same, without Guice.
    @SuppressWarnings("deprecation") // BringSoap: Bring's SOAP services are deprecated
    static BringPorts ports(BringRest rest, BringSoap soap, Map<String, String> environment, Shadow shadow,
                            FallbackListener fallbacks) {
        return TransportPlan.fromEnvironment(environment, "rest")
                .compose(Map.of("rest", rest.ports(), "soap", soap.ports()), fallbacks, Optional.of(shadow));
    }
    // end snippet: without-guice

    /** Reads the demo order through the ports wired over two fresh adapters, and waits for the shadow's read. */
    @SuppressWarnings("deprecation")
    private void readOnce(Shadow shadow, BiFunction<BringRest, BringSoap, BringPorts> wired) throws InterruptedException {
        URI host = this.host.baseUri();
        try (BringRest rest = BringRest.builder().credentials(TwoProtocolBring.CREDENTIALS).host(host).build();
             BringSoap soap = BringSoap.builder().credentials(TwoProtocolBring.CREDENTIALS).host(host).build()) {
            wired.apply(rest, soap).orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID);
            assertThat(shadow.drain(Duration.ofSeconds(10))).as("the shadow's read, before the adapters close").isTrue();
        }
    }

    @Test
    void theSamePlanWithGuiceAndInPlainJava() throws Exception {
        Map<String, String> environment = settings(SHADOW);
        List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
        List<ShadowReport> differences = new CopyOnWriteArrayList<>();

        try (Shadow shadow = shadow(differences::add)) {
            readOnce(shadow, (rest, soap) -> injector(rest, soap, environment, shadow, fallbacks::add)
                    .getInstance(BringPorts.class));
            readOnce(shadow, (rest, soap) -> ports(rest, soap, environment, shadow, fallbacks::add));
        }
        assertThat(differences).hasSize(2).allSatisfy(report -> assertThat(report.agrees()).isTrue());
        assertThat(bring.soap().requests(BringSoap.ORDER_MANAGEMENT_PATH)).as("SOAP answered both").isEqualTo(2);
        assertThat(restRequests("GET", "/po/api/v1/omorder/")).as("REST shadowed both").isEqualTo(2);
        assertThat(fallbacks).isEmpty();
    }
}
