package dev.bringport.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.bringport.ports.BringCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the builder lets the adapter send the credentials: HTTPS anywhere, plain HTTP to the
 * loopback host only, whichever way the address is given, and never the key in a message.
 */
class BringRestBuilderTest {

    private static final String KEY = "7d41c2e0-builder-test-key";
    private static final BringCredentials CREDENTIALS = new BringCredentials("builder@example.com", KEY,
            URI.create("https://shop.example"));

    private static BringRest.Builder builder() {
        return BringRest.builder().credentials(CREDENTIALS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.bring.com", "http://bring.example.com:8080", "http://10.0.0.7",
            "http://localhost.example.com", "http://127.0.0.1.example.com", "http://127.0.0.1@bring.example.com",
            "ftp://127.0.0.1"})
    void plainHttpToAnotherHostIsRefusedWhereverTheAddressIsGiven(String address) {
        URI uri = URI.create(address);
        assertThatIllegalArgumentException().isThrownBy(() -> builder().host(uri))
                .withMessageContaining("refusing to send Bring credentials").withMessageNotContaining(KEY);
        assertThatIllegalArgumentException().isThrownBy(() -> builder().orderManagementBaseUrl(uri.resolve("/po/api/v1")));
        assertThatIllegalArgumentException().isThrownBy(() -> builder().warehousingBaseUrl(uri.resolve("/po/api/v1")));
        assertThatIllegalArgumentException().isThrownBy(() -> builder().bookingBaseUrl(uri.resolve("/booking-api/api")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080", "http://127.0.0.2", "http://[::1]:8080",
            "https://bring-proxy.example.com:8443", "HTTPS://api.bring.com"})
    void httpsAnywhereAndPlainHttpToTheLoopbackHostAreAccepted(String address) {
        URI uri = URI.create(address);

        assertThat(builder().host(uri).orderManagementBaseUrl(uri.resolve("/po/api/v1")).build()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/?x=1", "http://127.0.0.1:8080#po", "https://api.bring.com/sim?k=v"})
    void aHostWithAQueryOrFragmentIsRefusedRatherThanSendingToTheWrongPath(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().host(URI.create(address)))
                .withMessageContaining("query or fragment");
        assertThatIllegalArgumentException().isThrownBy(() -> builder().bookingBaseUrl(URI.create(address)))
                .withMessageContaining("query or fragment");
    }

    @Test
    void credentialsAreRequiredAndSaidSoAsEveryTransportSaysIt() {
        assertThatIllegalStateException().isThrownBy(() -> BringRest.builder().build())
                .withMessage("credentials are required: call credentials(...) or credentialsFromEnvironment(...)");
    }

    @Test
    void aSharedHttpClientThatFollowsRedirectsIsRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatIllegalArgumentException().isThrownBy(() -> builder().httpClient(following))
                .withMessageContaining("must not follow redirects");
    }

    @Test
    void aConnectTimeoutTheSharedClientDoesNotHaveIsNotDroppedInSilence() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(9)).build();

        assertThatIllegalStateException().isThrownBy(() -> builder().httpClient(client).connectTimeout(Duration.ofSeconds(1))
                .build()).withMessageContaining("connectTimeout");
        assertThat(builder().httpClient(client).connectTimeout(Duration.ofSeconds(9)).build()).isNotNull();
    }

    @Test
    void aClosedAdapterRefusesCallsAndReleasesItsClientButNotOneItWasHanded() throws Exception {
        HttpClient shared = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        BringRest own = builder().host(URI.create("http://127.0.0.1:9")).build();
        BringRest sharing = builder().host(URI.create("http://127.0.0.1:9")).httpClient(shared).build();

        own.close();
        sharing.close();
        own.close();

        assertThatIllegalStateException().isThrownBy(() -> own.booking().customers()).withMessageContaining("closed");
        assertThatIllegalStateException().isThrownBy(() -> sharing.orderManagement().order("1", "2"))
                .withMessageContaining("closed");
        assertThat(shared.sendAsync(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:9")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).handle((answer, failure) -> "asked").get())
                .as("the shared client still sends").isEqualTo("asked");
    }

    @Test
    void closingReleasesTheThreadsOfTheClientTheAdapterCreated() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                byte[] body = "{\"errorTypes\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        try {
            java.util.Set<Thread> before = adapterThreads();
            BringRest rest = builder().host(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).build();
            rest.booking().errorCodes();
            java.util.Set<Thread> its = new java.util.HashSet<>(adapterThreads());
            its.removeAll(before);
            assertThat(its).as("the client's threads while it serves").isNotEmpty();

            rest.close();

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (its.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(its).as("the client's threads once closed").noneMatch(Thread::isAlive);
        } finally {
            server.stop(0);
        }
    }

    /** The threads of the HTTP clients the REST adapters of this JVM created. */
    private static java.util.Set<Thread> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals("bringport-rest"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theRefusalNamesTheAddressButNotTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().host(URI.create("http://api.bring.com")))
                .withMessage("refusing to send Bring credentials to http://api.bring.com: HTTPS is required, plain HTTP"
                        + " only for the loopback host");
    }
}
