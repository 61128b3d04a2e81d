package dev.bringport.example;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.adapter.inmemory.Fault;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.SimulatedBring;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.example.wire.OneHost;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.Capability;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackEvent;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.ShadowReport;
import dev.bringport.ports.migration.TransportPlan;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.TransportSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The secrets scan: drives every adapter and the composed ports through successes and every kind
 * of failure with a distinctive API key, with all logging at its most verbose, and looks for the
 * key in everything that could show it. {@link SecretsTest} runs it in a JVM of its own, started
 * with the logging switches that the JDK and Metro read once per JVM; it prints its findings on
 * standard output, one per line, each starting with {@value #PREFIX}.
 *
 * <p>The simulated Brings are Bring's side: the Metro endpoints of the simulated SOAP services
 * would print the headers they receive (their {@code HttpAdapter} dump), as Bring's own servers
 * might; that dump is turned off, and everything else is left on.
 */
final class SecretsScan implements AutoCloseable {

    /** What every finding printed starts with. */
    static final String PREFIX = "secrets-scan: ";
    /** The API key: URL encoding and Base64 both change it, so each form is looked for. */
    static final String KEY = "Mb+K3y/7f3a9b=e51c4d";
    /** A key Bring refuses: the unauthenticated calls send it. */
    static final String WRONG_KEY = "Wr0ng+K3y/0d9e=77aa51";
    /** A request header of a call made with the JDK's client, not the library: the JDK's header log shows it. */
    static final String CANARY = "canary-header-4417-visible";

    /** Metro's message dump: every SOAP message, as it was sent or came. */
    static final String METRO_MESSAGE_DUMP = "com.sun.metro.soap.dump";

    /** Where the Metro endpoints of the simulated SOAP services print the headers they receive. */
    private static final Logger SIMULATED_SERVERS_DUMP = Logger.getLogger("com.sun.xml.ws.transport.http.HttpAdapter");

    private static final Clock CLOCK = CliRun.CLOCK;
    private static final Instant NOW = CLOCK.instant();
    private static final URI CLIENT_URL = URI.create("https://shop.example.com");
    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER, KEY, CLIENT_URL);
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0,
            Duration.ofSeconds(1));
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
    private static final Duration SLOWER = Duration.ofMillis(700);
    private static final String MISSING_ORDER = "NO-SUCH-ORDER";
    /** A proxy's error page that shows the request it refused, headers and all. */
    private static final String ECHO = "400 Bad Request\nThe request was:\nGET /po/api/v1/articlebalance/10000000000\n"
            + "X-Mybring-API-Uid: " + InMemoryBring.DEFAULT_USER + "\nX-Mybring-API-Key: " + KEY + "\n";

    private final Probe probe;
    private final Path files;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final AtomicInteger bookings = new AtomicInteger();
    private final AtomicInteger demos = new AtomicInteger();

    private SecretsScan(Probe probe, Path files) {
        this.probe = probe;
        this.files = files;
    }

    /**
     * Runs the scan and prints its findings.
     *
     * @param args the directory for the files the scan writes
     * @throws Exception if the scan itself cannot run
     */
    public static void main(String[] args) throws Exception {
        SecretSearch search = new SecretSearch(Map.of("the API key", KEY, "the wrong API key", WRONG_KEY,
                "the canary", CANARY));
        LogCapture log = LogCapture.everything(search);
        SIMULATED_SERVERS_DUMP.setLevel(Level.INFO);
        com.sun.xml.ws.transport.http.HttpAdapter.setDump(false);
        Probe probe = new Probe(search);
        print("switch jdk.httpclient.HttpClient.log=" + System.getProperty("jdk.httpclient.HttpClient.log"));
        print("switch HttpTransportPipe.dump=" + com.sun.xml.ws.transport.http.client.HttpTransportPipe.dump);
        print("switch " + METRO_MESSAGE_DUMP + "=" + System.getProperty(METRO_MESSAGE_DUMP));
        print("switch slf4j=" + slf4j());
        try (SecretsScan scan = new SecretsScan(probe, Path.of(args[0]))) {
            timed("the canary", scan::canary);
            timed("REST JSON", () -> scan.rest(WireFormat.JSON));
            timed("REST XML", () -> scan.rest(WireFormat.XML));
            timed("SOAP", scan::soap);
            timed("in memory", scan::inMemory);
            timed("composed", scan::composed);
            timed("CLI", scan::cli);
        }
        probe.outcomes().forEach(outcome -> print("outcome " + outcome));
        probe.mismatches().forEach(mismatch -> print("mismatch " + mismatch));
        search.sightings().forEach(sighting -> print("sighting " + sighting));
        print("records " + log.recordsPerLevel());
        print("counts scenarios=" + probe.outcomes().size() + " failures=" + probe.expectedFailures() + " texts="
                + search.texts() + " lines=" + search.lines());
        System.out.flush();
        System.exit(0);
    }

    /** A part of the scan. */
    @FunctionalInterface
    private interface Part {
        void run() throws Exception;
    }

    private static void timed(String name, Part part) throws Exception {
        long start = System.nanoTime();
        part.run();
        print("took " + name + " " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }

    private static void print(String finding) {
        System.out.println(PREFIX + finding);
    }

    /** The slf4j binding, if any: resilience4j logs through slf4j (its API, without a binding, is on the class path). */
    private static String slf4j() {
        try {
            return org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName();
        } catch (LinkageError | RuntimeException none) {
            return "none (" + none + ")";
        }
    }

    private <T extends AutoCloseable> T started(T closeable) {
        running.add(closeable);
        return closeable;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
    }

    // --- the switches are on --------------------------------------------------------------------

    /** A call with the JDK's client and a harmless header: its header log shows it, so the switch is on. */
    private void canary() throws IOException, InterruptedException {
        BringSimulator simulator = started(BringSimulator.start(InMemoryBring.create()));
        HttpRequest request = HttpRequest.newBuilder(simulator.baseUri().resolve("/canary"))
                .header("X-Canary", CANARY).build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
    }

    // --- REST -----------------------------------------------------------------------------------

    private BringSimulator restBring() {
        InMemoryBring bring = InMemoryBring.builder().clock(CLOCK).build().givenDemoData();
        BringSimulator simulator = started(BringSimulator.start(bring)).user(InMemoryBring.DEFAULT_USER, KEY)
                .limit(Integer.MAX_VALUE);
        return simulator;
    }

    private static BringRest.Builder rest(String key, URI host, WireFormat format) {
        return BringRest.builder().credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, key, CLIENT_URL))
                .host(host).format(format).clock(CLOCK).retryPolicy(QUICK).requestsPerSecond(1000);
    }

    private void rest(WireFormat format) throws IOException {
        String t = "REST " + format + " / ";
        BringSimulator simulator = restBring();
        BringRest.Builder builder = rest(KEY, simulator.baseUri(), format);
        BringRest rest = builder.build();
        BringRest oneTry = rest(KEY, simulator.baseUri(), format).retryPolicy(RetryPolicy.NEVER)
                .requestTimeout(SHORT_TIMEOUT).build();
        BringPorts ports = rest.ports();
        probe.looksAt("BringCredentials", CREDENTIALS);
        probe.looksAt("BringRest.Builder", builder);
        probe.looksAt("BringRest", rest);
        probe.looksAt("TransportSettings", new TransportSettings(CREDENTIALS, TransportSettings.DEFAULT_CONNECT_TIMEOUT,
                TransportSettings.DEFAULT_REQUEST_TIMEOUT, QUICK, InProcessRateBudget.perSecond(18),
                TransportSettings.DEFAULT_RATE_LIMIT_WAIT, TransportSettings.DEFAULT_MAX_ANSWER_BYTES, Clock.systemUTC(),
                ClientRules.ON, CallListener.NONE));
        probe.looksAt("RetryPolicy", QUICK);
        probe.looksAt("the REST ports", ports);

        probe.succeeds(t + "Bring's usage pattern, every port", () -> demo(ports));
        probe.check(t + "the key travels in the header of every request", !simulator.requests().isEmpty()
                && simulator.requests().stream().allMatch(r -> r.header("X-Mybring-API-Key").orElse("").equals(KEY)));
        probe.succeeds(t + "error codes", () -> ports.orderManagement().errorCodes());
        probe.succeeds(t + "booking customers", () -> ports.booking().customers());
        probe.succeeds(t + "a label", () -> ports.booking().label(ports.booking().book(booking()).links().labels()
                .orElseThrow()));

        probe.fails(t + "unauthenticated: Bring's plain-text 401", UnauthenticatedException.class,
                () -> rest(WRONG_KEY, simulator.baseUri(), format).build().orderManagement()
                        .order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        probe.fails(t + "unauthenticated booking: Bring's 401", AccessDeniedException.class,
                () -> rest(WRONG_KEY, simulator.baseUri(), format).build().booking().customers());
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(403, "text/plain",
                "[CT_2_ACCESS_DENIED] Access denied (errorId: 5d2f-403)")));
        probe.fails(t + "access denied: Bring's plain-text 403", AccessDeniedException.class,
                () -> ports.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        probe.fails(t + "invalid request, refused before sending", InvalidRequestException.class,
                () -> ports.orderManagement().order(" ", DemoData.ORDER_ID));
        probe.fails(t + "Bring's error: no such order", NotFoundException.class,
                () -> ports.orderManagement().order(DemoData.CUSTOMER, MISSING_ORDER));
        probe.fails(t + "Bring's error: packing more than ordered", InvalidRequestException.class,
                () -> { ports.orderManagement().addPackingList(DemoData.CUSTOMER, DemoData.ORDER_ID, tooMuch()); return null; });
        faults(simulator, 3, new SimulatedFault.Answer(new SimulatedAnswer(429, "", new byte[0], Map.of("Retry-After", "0"))));
        probe.fails(t + "429 on every attempt", RateLimitedException.class,
                () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        faults(simulator, 3, new SimulatedFault.Answer(SimulatedAnswer.empty(503)));
        probe.fails(t + "503 on every attempt of a read", UnavailableException.class,
                () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(503, "text/html",
                "<html><head><title>503 Service Temporarily Unavailable</title></head></html>")));
        probe.fails(t + "503 on a booking: outcome unknown", OutcomeUnknownException.class,
                () -> ports.booking().book(booking()));
        simulator.failNext(new SimulatedFault.Slow(SLOWER));
        probe.fails(t + "timeout of a read", TimedOutException.class,
                () -> oneTry.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        simulator.failNext(new SimulatedFault.Slow(SLOWER));
        probe.fails(t + "timeout of a booking: outcome unknown", OutcomeUnknownException.class,
                () -> oneTry.booking().book(booking()));
        simulator.failNext(new SimulatedFault.Drop());
        probe.fails(t + "connection dropped after a packing list was sent: outcome unknown", OutcomeUnknownException.class,
                () -> { oneTry.orderManagement().addPackingList(DemoData.CUSTOMER, DemoData.ORDER_ID, onePiece()); return null; });
        probe.fails(t + "connection refused", UnavailableException.class,
                () -> rest(KEY, closedPort(), format).build().warehousing().articleBalances(DemoData.CUSTOMER));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.ok(format, "[1, 2".getBytes(StandardCharsets.UTF_8))));
        probe.fails(t + "unexpected answer: not a document", UnexpectedResponseException.class,
                () -> oneTry.warehousing().articleBalances(DemoData.CUSTOMER));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(200, "text/html",
                "<html><head><title>Log in to Mybring</title></head></html>")));
        probe.fails(t + "unexpected answer: an HTML page for a label", UnexpectedResponseException.class,
                () -> oneTry.booking().label(simulator.baseUri().resolve("/labels/id/x.pdf")));
        simulator.failNext(new SimulatedFault.Truncate(7));
        probe.fails(t + "unexpected answer: cut short", UnavailableException.class,
                () -> oneTry.warehousing().articleBalances(DemoData.CUSTOMER));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(400, "text/plain", ECHO)));
        probe.fails(t + "unexpected answer: a proxy's page echoing the request headers", InvalidRequestException.class,
                () -> oneTry.warehousing().articleBalances(DemoData.CUSTOMER));
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.ok(format, ("X-Mybring-API-Key: " + KEY)
                .getBytes(StandardCharsets.UTF_8))));
        probe.fails(t + "unexpected answer: the key where a document should be", UnexpectedResponseException.class,
                () -> oneTry.warehousing().articleBalances(DemoData.CUSTOMER));
        probe.fails(t + "a label link on plain HTTP", IllegalArgumentException.class,
                () -> ports.booking().label(URI.create("http://www.bring.no/label.pdf")));
        probe.fails(t + "a label link outside Bring", IllegalArgumentException.class,
                () -> ports.booking().label(URI.create("https://labels.example.com/label.pdf")));
        probe.fails(t + "a plain HTTP host", IllegalArgumentException.class,
                () -> rest(KEY, URI.create("http://api.bring.com"), format).build());
    }

    private static void faults(BringSimulator simulator, int times, SimulatedFault fault) {
        for (int i = 0; i < times; i++) {
            simulator.failNext(fault);
        }
    }

    private Object demo(BringPorts ports) {
        return new Demo(ports, Clock.offset(CLOCK, Duration.ofSeconds(demos.incrementAndGet()))).run(step -> { });
    }

    private BookingRequest booking() {
        return BookingRequest.test(Demo.consignment("SECRETS-" + bookings.incrementAndGet(), NOW));
    }

    private static PackingList tooMuch() {
        return PackingList.of("70438101015432135", List.of(PackingListItem.of("1", new BigDecimal("100000"))));
    }

    private static PackingList onePiece() {
        return PackingList.of("70438101015432142", List.of(PackingListItem.of("1", BigDecimal.ONE)));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    // --- SOAP -----------------------------------------------------------------------------------

    @SuppressWarnings("deprecation")
    private static BringSoap.Builder soap(URI host) {
        return BringSoap.builder().credentials(CREDENTIALS).host(host).clock(CLOCK).retryPolicy(QUICK)
                .requestsPerSecond(1000).requestTimeout(SHORT_TIMEOUT);
    }

    @SuppressWarnings("deprecation")
    private void soap() throws IOException {
        String t = "SOAP / ";
        SimulatedBring bring = started(new SimulatedBring(InMemoryBring.builder().clock(CLOCK).build().givenDemoData()));
        BringSoap.Builder builder = soap(bring.host());
        BringSoap soap = builder.build();
        BringPorts ports = soap.ports();
        probe.looksAt("BringSoap.Builder", builder);
        probe.looksAt("BringSoap", soap);
        probe.looksAt("the SOAP ports", ports);

        probe.succeeds(t + "an order", () -> ports.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        probe.succeeds(t + "a packing list", () -> {
            ports.orderManagement().addPackingList(DemoData.CUSTOMER, DemoData.ORDER_ID, onePiece());
            return null;
        });
        probe.succeeds(t + "a booking", () -> ports.booking().book(booking()));
        probe.succeeds(t + "booking customers", () -> ports.booking().customers());
        probe.fails(t + "invalid request, refused before sending", InvalidRequestException.class,
                () -> ports.orderManagement().order(" ", DemoData.ORDER_ID));
        probe.fails(t + "Bring's error: no such order", NotFoundException.class,
                () -> ports.orderManagement().order(DemoData.CUSTOMER, MISSING_ORDER));
        probe.fails(t + "Bring's error: packing more than ordered", InvalidRequestException.class,
                () -> { ports.orderManagement().addPackingList(DemoData.CUSTOMER, DemoData.ORDER_ID, tooMuch()); return null; });
        probe.fails(t + "not offered over SOAP", NotSupportedByTransportException.class,
                () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        bring.slowNext(BringSoap.BOOKING_PATH, SLOWER);
        probe.fails(t + "timeout of a booking: outcome unknown", OutcomeUnknownException.class,
                () -> ports.booking().book(booking()));
        probe.fails(t + "connection refused", UnavailableException.class,
                () -> soap(closedPort()).build().orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        probe.fails(t + "a plain HTTP host", IllegalArgumentException.class,
                () -> soap(URI.create("http://api.bring.com")).build());
        probe.fails(t + "a plain HTTP endpoint", IllegalArgumentException.class,
                () -> soap(bring.host()).bookingEndpoint(URI.create("http://soap.example.com/booking/api/ws")).build());

        // Answers Bring's SOAP services do not give on their own, from a server that answers what it is told to.
        BringSimulator canned = started(BringSimulator.start(InMemoryBring.create())).user(InMemoryBring.DEFAULT_USER, KEY)
                .limit(Integer.MAX_VALUE);
        BringPorts odd = soap(canned.baseUri()).build().ports();
        canned.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(401, "text/plain",
                "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 77c1-401)")));
        probe.fails(t + "unauthenticated: Bring's plain-text 401", UnauthenticatedException.class,
                () -> odd.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        canned.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(403, "text/plain",
                "[CT_2_ACCESS_DENIED] Access denied (errorId: 77c1-403)")));
        probe.fails(t + "access denied: Bring's plain-text 403", AccessDeniedException.class,
                () -> odd.booking().customers());
        faults(canned, 3, new SimulatedFault.Answer(SimulatedAnswer.empty(429)));
        probe.fails(t + "429 on every attempt", RateLimitedException.class, () -> odd.booking().customers());
        faults(canned, 3, new SimulatedFault.Answer(SimulatedAnswer.empty(503)));
        probe.fails(t + "503 on every attempt of a read", UnavailableException.class,
                () -> odd.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        canned.failNext(new SimulatedFault.Answer(SimulatedAnswer.empty(503)));
        probe.fails(t + "503 on a booking: outcome unknown", OutcomeUnknownException.class, () -> odd.booking().book(booking()));
        faults(canned, 3, new SimulatedFault.Slow(SLOWER));
        probe.fails(t + "timeout of a read", TimedOutException.class,
                () -> odd.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        canned.failNext(new SimulatedFault.Drop());
        probe.fails(t + "connection dropped after a booking was sent: outcome unknown", OutcomeUnknownException.class,
                () -> odd.booking().book(booking()));
        canned.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(200, "text/html",
                "<html><head><title>Log in to Mybring</title></head></html>")));
        probe.fails(t + "unexpected answer: an HTML page", UnexpectedResponseException.class, () -> odd.booking().customers());
        canned.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(400, "text/plain", ECHO)));
        probe.fails(t + "unexpected answer: a proxy's page echoing the request headers", InvalidRequestException.class,
                () -> odd.booking().customers());

        // Answers that repeat the key, read by ports made while Metro's message dump is off: it prints every
        // answer as it came, which no client can mask. Every other switch stays on.
        String dump = System.clearProperty(METRO_MESSAGE_DUMP);
        try {
            BringPorts echoed = soap(canned.baseUri()).build().ports();
            canned.failNext(new SimulatedFault.Answer(new SimulatedAnswer(500, "text/xml;charset=UTF-8", fault("Client",
                    "Invalid API key " + KEY + " for " + InMemoryBring.DEFAULT_USER, ""), Map.of())));
            probe.fails(t + "a SOAP fault repeating the key", InvalidRequestException.class,
                    () -> echoed.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
            canned.failNext(new SimulatedFault.Answer(new SimulatedAnswer(500, "text/xml;charset=UTF-8", fault("Server",
                    "Internal error while checking key " + KEY, ""), Map.of())));
            probe.fails(t + "a server's SOAP fault repeating the key", UnavailableException.class,
                    () -> echoed.orderManagement().order(DemoData.CUSTOMER, DemoData.ORDER_ID));
            canned.failNext(new SimulatedFault.Answer(new SimulatedAnswer(500, "text/xml;charset=UTF-8", fault("Client", "x",
                    "<detail><po:Error xmlns:po=\"http://api.bring.com/po\"><po:Code>PO_STATE_002</po:Code><po:Description>"
                            + "Unknown key " + KEY + "</po:Description></po:Error></detail>"), Map.of())));
            probe.fails(t + "Bring's error repeating the key in a fault", UnauthenticatedException.class,
                    () -> echoed.booking().customers());
            canned.failNext(new SimulatedFault.Answer(new SimulatedAnswer(200, "text/xml;charset=UTF-8",
                    ("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>" + KEY)
                            .getBytes(StandardCharsets.UTF_8), Map.of())));
            probe.fails(t + "unexpected answer: the key in a broken envelope", UnexpectedResponseException.class,
                    () -> echoed.booking().customers());
        } finally {
            if (dump != null) {
                System.setProperty(METRO_MESSAGE_DUMP, dump);
            }
        }
    }

    private static byte[] fault(String code, String text, String detail) {
        return ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>"
                + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:" + code + "</faultcode><faultstring>" + text + "</faultstring>"
                + detail + "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    // --- in memory ------------------------------------------------------------------------------

    private void inMemory() {
        String t = "in-memory / ";
        InMemoryBring bring = InMemoryBring.builder().clock(CLOCK).build().givenDemoData();
        BringPorts ports = bring.ports();
        probe.looksAt("InMemoryBring", bring);
        probe.looksAt("the in-memory ports", ports);
        probe.succeeds(t + "Bring's usage pattern, every port", () -> demo(ports));
        probe.fails(t + "invalid request", InvalidRequestException.class,
                () -> ports.orderManagement().order(" ", DemoData.ORDER_ID));
        probe.fails(t + "Bring's error: no such order", NotFoundException.class,
                () -> ports.orderManagement().order(DemoData.CUSTOMER, MISSING_ORDER));
        bring.failNext(Fault.RATE_LIMITED);
        probe.fails(t + "429", RateLimitedException.class, () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        bring.failNext(Fault.UNAVAILABLE);
        probe.fails(t + "503", UnavailableException.class, () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        bring.failNext(Fault.TIMEOUT);
        probe.fails(t + "timeout of a read", TimedOutException.class,
                () -> ports.warehousing().articleBalances(DemoData.CUSTOMER));
        bring.failNext(Fault.TIMEOUT);
        probe.fails(t + "timeout of a booking: outcome unknown", OutcomeUnknownException.class,
                () -> ports.booking().book(booking()));
    }

    // --- composed: routing, fallback, shadow, wired by Guice ---------------------------------------

    @SuppressWarnings("deprecation")
    private void composed() throws InterruptedException {
        String t = "composed / ";
        TwoProtocolBring bring = started(new TwoProtocolBring(CLOCK, CREDENTIALS, simulator -> { }));
        bring.rest().limit(Integer.MAX_VALUE);
        List<FallbackEvent> fallbacks = new CopyOnWriteArrayList<>();
        List<ShadowReport> reports = new CopyOnWriteArrayList<>();
        Shadow shadow = started(new Shadow(reports::add, Duration.ofSeconds(5), 2, 8));
        TransportPlan plan = TransportPlan.builder("rest").capability(Capability.ORDER_MANAGEMENT, "soap")
                .capability(Capability.BOOKING, "soap").fallback("rest").shadow("rest").build();
        Injector injector = Guice.createInjector(new BringportModule(plan, bring::transport, fallbacks::add,
                Optional.of(shadow)));
        BringPorts ports = injector.getInstance(BringPorts.class);
        probe.looksAt("TransportPlan", plan);
        probe.looksAt("the composed ports", ports);
        probe.looksAt("the Guice injector", injector);

        probe.succeeds(t + "an order over SOAP, shadowed by REST", () -> ports.orderManagement()
                .order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        bring.rest().failNext(new SimulatedFault.Answer(SimulatedAnswer.text(401, "text/plain",
                "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 3e1d-401)")));
        probe.succeeds(t + "an order over SOAP, the REST shadow unauthenticated", () -> ports.orderManagement()
                .order(DemoData.CUSTOMER, DemoData.ORDER_ID));
        for (int attempt = 0; attempt < QUICK.maxAttempts(); attempt++) {
            bring.soap().failNext(BringSoap.BOOKING_PATH, 429);
        }
        probe.succeeds(t + "a booking SOAP throttles, falling back to REST", () -> ports.booking().book(booking()));
        probe.succeeds(t + "stock: not offered over SOAP, over REST", () -> ports.warehousing()
                .articleBalances(DemoData.CUSTOMER));
        bring.soap().slowNext(BringSoap.BOOKING_PATH, TwoProtocolBring.SOAP_TIMEOUT.multipliedBy(2));
        probe.fails(t + "a booking that timed out over SOAP: outcome unknown, no fallback", OutcomeUnknownException.class,
                () -> ports.booking().book(booking()));
        probe.fails(t + "a plan naming a transport that is not there", com.google.inject.CreationException.class,
                () -> Guice.createInjector(new BringportModule(TransportPlan.builder("rest").fallback("carrier-pigeon")
                        .build(), bring::transport, fallbacks::add, Optional.empty())));
        probe.check(t + "the shadow's comparisons end", shadow.drain(Duration.ofSeconds(10)));
        fallbacks.forEach(event -> probe.looksAt("FallbackEvent", event));
        reports.forEach(report -> probe.looksAt("ShadowReport", report));
        probe.check(t + "one fallback", fallbacks.size() == 1);
        probe.check(t + "shadow reports, one differing by a failure", reports.size() >= 2
                && reports.stream().anyMatch(r -> r.differences().stream().anyMatch(d -> d.candidate().contains("Exception"))));
    }

    // --- the command-line tool --------------------------------------------------------------------

    private void cli() throws IOException {
        TwoProtocolBring bring = started(new TwoProtocolBring(CLOCK, CREDENTIALS, simulator -> { }));
        bring.rest().limit(Integer.MAX_VALUE);
        OneHost host = started(OneHost.start(bring.rest().baseUri(), bring.soap().host()));
        String h = host.baseUri().toString();
        Path label = files.resolve("label.pdf");
        cli("not found over REST", 3, KEY, "--transport", "rest", "--host", h, "om", "order", DemoData.CUSTOMER, MISSING_ORDER);
        cli("not found over REST", 3, KEY, "--json", "--transport", "rest", "--host", h, "om", "order", DemoData.CUSTOMER,
                MISSING_ORDER);
        cli("not found over SOAP", 3, KEY, "--transport", "soap", "--host", h, "om", "order", DemoData.CUSTOMER, MISSING_ORDER);
        cli("not found over SOAP", 3, KEY, "--json", "--transport", "soap", "--host", h, "om", "order", DemoData.CUSTOMER,
                MISSING_ORDER);
        cli("unauthenticated", 3, WRONG_KEY, "--transport", "rest", "--host", h, "om", "order", DemoData.CUSTOMER,
                DemoData.ORDER_ID);
        cli("unauthenticated", 3, WRONG_KEY, "--json", "--transport", "rest", "--host", h, "booking", "customers");
        cli("connection refused", 4, KEY, "--transport", "rest", "--host", closedPort().toString(), "wh", "stock",
                DemoData.CUSTOMER);
        cli("connection refused", 4, KEY, "--json", "--transport", "soap", "--host", closedPort().toString(), "om", "order",
                DemoData.CUSTOMER, DemoData.ORDER_ID);
        cli("a plain HTTP host", 2, KEY, "--transport", "rest", "--host", "http://api.bring.com", "wh", "stock",
                DemoData.CUSTOMER);
        cli("a plain HTTP host", 2, KEY, "--json", "--transport", "soap", "--host", "http://api.bring.com", "om", "order",
                DemoData.CUSTOMER, DemoData.ORDER_ID);
        cli("shadow and fallback", 0, KEY, "--om-transport", "soap", "--transport", "rest", "--shadow", "rest",
                "--fallback", "rest", "--host", h, "om", "order", DemoData.CUSTOMER, DemoData.ORDER_ID);
        cli("a successful read", 0, KEY, "--json", "--transport", "rest", "--host", h, "wh", "stock", DemoData.CUSTOMER);
        cli("a label link on plain HTTP", 2, KEY, "--transport", "rest", "--host", h, "booking", "label",
                "http://www.bring.no/label.pdf", "--out", label.toString());
    }

    private void cli(String what, int status, String key, String... args) {
        String where = "CLI / " + what + " " + String.join(" ", args);
        probe.succeeds(where, () -> {
            CliRun run = CliRun.run(CLOCK, environment(key), args);
            if (run.status() != status) {
                throw new IllegalStateException("exit status " + run.status() + ", not " + status + ": " + run.err());
            }
            return "exit " + run.status() + "\n" + run.out() + "\n" + run.err();
        });
    }

    private Map<String, String> environment(String key) {
        Map<String, String> environment = new HashMap<>(Map.of(BringCredentials.USER_ID_VARIABLE, InMemoryBring.DEFAULT_USER,
                BringCredentials.API_KEY_VARIABLE, key, BringCredentials.CLIENT_URL_VARIABLE, CLIENT_URL.toString()));
        environment.put(LabelJournal.STATE_HOME, files.resolve("state").toString());
        return environment;
    }
}
