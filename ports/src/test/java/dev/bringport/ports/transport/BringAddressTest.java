package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the library sends Bring's credentials: HTTPS anywhere, plain HTTP only to the loopback
 * host, never with user information in the URL; a host the library appends Bring's paths to
 * holds neither a query nor a fragment.
 */
class BringAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://api.bring.com", "http://bring.example.com:8080", "http://10.0.0.7",
            "http://localhost.example.com", "http://127.0.0.1.example.com", "http://127.0.0.1@bring.example.com",
            "http://[::2]", "ftp://127.0.0.1", "file:///etc/passwd", "//127.0.0.1"})
    void plainHttpToAnotherHostAndOtherSchemesAreRefused(String address) {
        URI uri = URI.create(address);

        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireHost(uri))
                .withMessageStartingWith("refusing to send Bring credentials to ");
        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireEndpoint(uri))
                .withMessageStartingWith("refusing to send Bring credentials to ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.bring.com", "not a url at all", "https:/api.bring.com", "/po/api/v1"})
    void anAddressThatIsNoAbsoluteUrlIsRefusedSayingSo(String address) {
        URI uri = URI.create(address.replace(" ", "%20"));

        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireHost(uri))
                .withMessageStartingWith("an address must be an absolute URL with a host, like https://api.bring.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:8080", "http://127.0.0.2",
            "http://127.255.255.254/sim/", "http://[::1]:8080", "https://bring-proxy.example.com:8443/bring",
            "HTTPS://api.bring.com", "HTTP://127.0.0.1"})
    void httpsAnywhereAndPlainHttpToTheLoopbackHostAreAccepted(String address) {
        URI uri = URI.create(address);

        assertThat(BringAddress.requireHost(uri)).isSameAs(uri);
        assertThat(BringAddress.requireEndpoint(uri)).isSameAs(uri);
    }

    @Test
    void theRefusalNamesSchemeAndHostOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireHost(URI.create("http://api.bring.com/po/api/v1")))
                .withMessage("refusing to send Bring credentials to http://api.bring.com: HTTPS is required, plain HTTP"
                        + " only for the loopback host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@api.bring.com", "https://user@api.bring.com/po", "http://me@127.0.0.1:8080"})
    void userInformationIsRefusedWithoutBeingRepeated(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireEndpoint(URI.create(address)))
                .withMessageContaining("user information").withMessageNotContaining("secret").withMessageNotContaining("me@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.bring.com?x=1", "https://api.bring.com/#top", "http://127.0.0.1:8080/sim?k=v",
            "http://127.0.0.1:8080#po"})
    void aHostWithAQueryOrFragmentIsRefusedBecauseBringsPathsFollowIt(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireHost(URI.create(address)))
                .withMessageContaining("query or fragment");
    }

    @Test
    void anEndpointMayCarryAQueryButNoFragment() {
        URI link = URI.create("https://api.bring.com/labels/id/6d8c4323.pdf?copies=2");

        assertThat(BringAddress.requireEndpoint(link)).isSameAs(link);
        assertThatIllegalArgumentException().isThrownBy(() -> BringAddress.requireEndpoint(URI.create(
                "https://api.bring.com/labels/id/6d8c4323.pdf#page=2"))).withMessageContaining("fragment");
    }

    @Test
    void onlyLoopbackAddressesAndLocalhostAreLoopbackAndNoNameIsLookedUp() {
        assertThat(BringAddress.isLoopback("localhost")).isTrue();
        assertThat(BringAddress.isLoopback("127.0.0.1")).isTrue();
        assertThat(BringAddress.isLoopback("[::1]")).isTrue();
        assertThat(BringAddress.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();
        assertThat(BringAddress.isLoopback("10.0.0.1")).isFalse();
        assertThat(BringAddress.isLoopback("loopback.invalid")).as("a name that would not resolve anyway").isFalse();
        assertThat(BringAddress.isLoopback(null)).isFalse();
        assertThat(BringAddress.isLoopback("")).isFalse();
    }
}
