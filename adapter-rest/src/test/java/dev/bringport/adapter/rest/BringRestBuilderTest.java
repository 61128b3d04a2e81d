package dev.bringport.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.ports.BringCredentials;
import java.net.URI;
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

    @Test
    void theRefusalNamesTheAddressButNotTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder().host(URI.create("http://api.bring.com")))
                .withMessage("refusing to send Bring credentials to http://api.bring.com: HTTPS is required, plain HTTP"
                        + " only for the loopback host");
    }
}
