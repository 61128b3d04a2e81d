package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.example.wire.BringExamples;
import dev.bringport.example.wire.ExampleServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read command with {@code --transport rest --host} pointed at a plain HTTP server on
 * 127.0.0.1 that answers with Bring's documented example bodies, in JSON and in XML: the tool
 * prints the documented values.
 */
class CliOverRestReadsTest {

    static final Map<String, String> CREDENTIALS = Map.of("BRING_API_UID", "cli-user@example.com",
            "BRING_API_KEY", "cli-key-5b1e", "BRING_CLIENT_URL", "https://shop.example.com");

    private static ExampleServer server;

    /** A read command and values of the documented answer it must print. */
    private record Read(String command, List<String> values) {
        @Override
        public String toString() {
            return command;
        }
    }

    @BeforeAll
    static void serveTheExamples() {
        server = ExampleServer.start();
        String po = "/po/api/v1";
        order("GET", po + "/purchaseorderCustomer/[^/]+", "verify_customer");
        order("GET", po + "/(omorder|order)/[^/]+/[^/]+", "retrieve_order");
        order("GET", po + "/items/[^/]+/[^/]+", "retrieve_orderitems");
        order("GET", po + "/packaginglist/[^/]+/[^/]+", "retrieve_packinglist");
        order("GET", po + "/senderStatus/[^/]+/[^/]+", "check_status");
        order("GET", po + "/errorCodes", "error_codes");
        order("GET", po + "/articlebalance/info/[^/]+/[^/]+", "retrieve_articlebalance_search");
        order("GET", po + "/articlebalance/[^/]+/[^/]+", "retrieve_articlebalance_one");
        order("GET", po + "/articlebalance/[^/]+", "retrieve_articlebalance_all");
        booking("/booking-api/api/customers", "customers");
        booking("/booking-api/api/errors", "errors");
    }

    private static void order(String method, String path, String example) {
        server.route(method, path, request -> request.wantsXml()
                ? new ExampleServer.Answer(200, "application/xml", BringExamples.order(example + ".xml"))
                : new ExampleServer.Answer(200, "application/json", BringExamples.order(example + ".json")));
    }

    private static void booking(String path, String example) {
        server.route("GET", path, request -> request.wantsXml()
                ? new ExampleServer.Answer(200, "application/xml", BringExamples.booking(example + ".xml"))
                : new ExampleServer.Answer(200, "application/json", BringExamples.booking(example + ".json")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> reads() {
        String order = "10000000000 11873875-status_med_2";
        List<Read> reads = List.of(
                new Read("om is-customer 10000000000", List.of("Customer 10000000000 is an Order Management customer")),
                new Read("om order " + order, List.of("11873875-status_med_2", "Picked", "Selger Norge AS",
                        "Kjøper AS/Laksevåg", "Johan Berentsensvei 4", "100001/2200001", "23", "NOK")),
                new Read("om lines " + order, List.of("Fjernkontroll TV", "HD Module 500", "HD dekoder")),
                new Read("om packing-lists " + order, List.of("70707730122339403")),
                new Read("om sender-status " + order, List.of("is OPEN")),
                new Read("om error-codes", List.of("PO_INPUT_001", "Must provide valid customer ID")),
                new Read("wh order " + order, List.of("11873875-status_med_2", "Selger Norge AS", "BERGER")),
                new Read("wh lines " + order, List.of("Fjernkontroll TV", "HD Module 500")),
                new Read("wh stock 10000000000", List.of("ADB ABX-2720W HD dekoder", "5896", "Altibox WifiPluss Installasjon")),
                new Read("wh stock 10000000000 --article 5300311", List.of("5300311", "HD dekoder", "5896")),
                new Read("wh stock 10000000000 --search HD", List.of("5300311", "HD dekoder")),
                new Read("wh error-codes", List.of("PO_INPUT_001")),
                // customers.json and customers.xml name the customer differently: "(00000000006)" and "(6)"
                new Read("booking customers", List.of("Customer 6 (Demo Parcel Nordic Converted Customer (",
                        "from NO: ", "BUSINESS_PARCEL")),
                new Read("booking error-codes", List.of("BOOK-INPUT-002", "Weight is required")));
        List<Arguments> all = new ArrayList<>();
        for (Read read : reads) {
            for (String format : List.of("json", "xml")) {
                all.add(Arguments.of(read, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {1} answers")
    @MethodSource("reads")
    void everyReadCommandPrintsTheDocumentedValues(Read read, String format) {
        List<String> args = new ArrayList<>(List.of("--transport", "rest", "--host", server.baseUri().toString(),
                "--format", format));
        args.addAll(List.of(read.command().split(" ")));

        CliRun run = CliRun.run(CREDENTIALS, args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(read.values());
    }
}
