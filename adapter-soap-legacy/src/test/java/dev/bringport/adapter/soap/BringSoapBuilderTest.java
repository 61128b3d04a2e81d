package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.adapter.soap.CannedSoapServer.Received;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The builder: Bring's addresses by default, the {@code --host} override, HTTPS only (plain HTTP
 * on loopback hosts), and the three authentication headers on every call, as HTTP headers.
 */
@SuppressWarnings("deprecation")
class BringSoapBuilderTest {

    @Test
    void theEndpointsAreBringsByDefault() {
        BringSoap soap = BringSoap.builder().credentials(TestSoap.CREDENTIALS).build();

        assertThat(soap.orderManagementEndpoint()).isEqualTo(URI.create("https://api.bring.com/po/api/ws"));
        assertThat(soap.bookingEndpoint()).isEqualTo(URI.create("https://api.bring.com/booking/api/ws"));
    }

    @Test
    void theHostReplacesBringsHostInEveryEndpointAndKeepsThePaths() {
        BringSoap soap = BringSoap.builder().credentials(TestSoap.CREDENTIALS)
                .host(URI.create("https://bring-proxy.example.com:8443/sim/")).build();

        assertThat(soap.orderManagementEndpoint()).isEqualTo(URI.create("https://bring-proxy.example.com:8443/sim/po/api/ws"));
        assertThat(soap.bookingEndpoint()).isEqualTo(URI.create("https://bring-proxy.example.com:8443/sim/booking/api/ws"));
    }

    @Test
    void anEndpointOnBringsHostFollowsTheHostAndAnyOtherIsKept() {
        BringSoap soap = BringSoap.builder().credentials(TestSoap.CREDENTIALS)
                .orderManagementEndpoint(URI.create("https://api.bring.com/po/api/ws/v2"))
                .bookingEndpoint(URI.create("https://soap.example.com/booking/api/ws"))
                .host(URI.create("http://localhost:8080"))
                .build();

        assertThat(soap.orderManagementEndpoint()).isEqualTo(URI.create("http://localhost:8080/po/api/ws/v2"));
        assertThat(soap.bookingEndpoint()).isEqualTo(URI.create("https://soap.example.com/booking/api/ws"));
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopbackHosts() {
        assertThatThrownBy(() -> BringSoap.builder().credentials(TestSoap.CREDENTIALS)
                .host(URI.create("http://bring.example.com")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS");
        for (String loopback : new String[] {"http://localhost:1", "http://127.0.0.1:2", "http://[::1]:3"}) {
            assertThat(BringSoap.builder().credentials(TestSoap.CREDENTIALS).host(URI.create(loopback)).build()
                    .bookingEndpoint().toString()).startsWith(loopback);
        }
    }

    @Test
    void plainHttpEndpointsOnAnotherHostAreRefusedAndLookAlikesOfLoopbackToo() {
        for (String endpoint : new String[] {"http://soap.example.com/booking/api/ws", "http://127.0.0.1.example.com/ws",
                "http://localhost.example.com/ws", "http://127.0.0.1@soap.example.com/ws"}) {
            assertThatThrownBy(() -> BringSoap.builder().credentials(TestSoap.CREDENTIALS).bookingEndpoint(URI.create(endpoint))
                    .build()).as(endpoint).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS")
                    .hasMessageNotContaining(TestSoap.API_KEY);
            assertThatThrownBy(() -> BringSoap.builder().credentials(TestSoap.CREDENTIALS)
                    .orderManagementEndpoint(URI.create(endpoint)).build()).as(endpoint)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS");
        }
    }

    @Test
    void credentialsAreRequiredAndSaidSoAsEveryTransportSaysIt() {
        assertThatThrownBy(() -> BringSoap.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("credentials are required: call credentials(...) or credentialsFromEnvironment(...)");
    }

    @Test
    void aHostOrEndpointWithAQueryOrFragmentIsRefusedRatherThanSendingToTheWrongPath() {
        for (String address : new String[] {"http://127.0.0.1:8080/?x=1", "http://127.0.0.1:8080#po"}) {
            assertThatThrownBy(() -> BringSoap.builder().host(URI.create(address))).as(address)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query or fragment");
            assertThatThrownBy(() -> BringSoap.builder().bookingEndpoint(URI.create(address))).as(address)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query or fragment");
        }
    }

    @Test
    void aClosedAdapterReleasesItsPortsAndRefusesCalls() {
        try (CannedSoapServer server = new CannedSoapServer()) {
            server.answer(BringSoap.ORDER_MANAGEMENT_PATH,
                    Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));
            BringSoap soap = TestSoap.soap(server.host()).build();
            soap.orderManagement().order("10000000000", "4504104664");

            soap.close();
            soap.close();

            assertThatThrownBy(() -> soap.orderManagement().order("10000000000", "4504104664"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> soap.booking().book(ContractExamples.booking(Instant.now())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void everyCallCarriesTheThreeAuthenticationHeadersAsHttpHeaders() {
        try (CannedSoapServer server = new CannedSoapServer()) {
            server.answer(BringSoap.ORDER_MANAGEMENT_PATH,
                    Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));
            server.answer(BringSoap.BOOKING_PATH, Answer.soap(TestSoap.bookingAnswer("successfulResponse.xml")));
            BringSoap soap = TestSoap.soap(server.host()).build();

            soap.orderManagement().order("10000000000", "4504104664");
            soap.booking().book(ContractExamples.booking(Instant.now()));

            assertThat(server.received()).hasSize(2).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("X-Mybring-API-Uid")).isEqualTo("soap-tests@example.com");
                assertThat(request.header("X-Mybring-API-Key")).isEqualTo(TestSoap.API_KEY);
                assertThat(request.header("X-Bring-Client-URL")).isEqualTo("https://shop.example.com/checkout");
                assertThat(request.header("Content-Type")).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
            });
            assertThat(server.received()).extracting(Received::path)
                    .containsExactly("/po/api/ws", "/booking/api/ws");
            assertThat(server.received().get(1).text()).as("the headers travel as HTTP headers only")
                    .doesNotContain(TestSoap.API_KEY).doesNotContain("Header><");
        }
    }
}
