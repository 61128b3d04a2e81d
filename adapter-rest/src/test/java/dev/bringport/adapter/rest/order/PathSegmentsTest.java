package dev.bringport.adapter.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.RestFixture;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ids are sent as single, percent-encoded path segments: order ids with {@code -}, spaces, slashes,
 * plus signs and letters beyond ASCII reach Bring (here the simulator) as they were given.
 */
class PathSegmentsTest {

    private RestFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "11873875-status_med_2 | 11873875-status_med_2",
            "PO 2026 0001          | PO%202026%200001",
            "A/B+C                 | A%2FB%2BC",
            "Ordre-ÆØÅ-7           | Ordre-%C3%86%C3%98%C3%85-7",
            "a.b~c_d               | a.b~c_d",
            "..                    | %2E%2E",
            "50%?#&=               | 50%25%3F%23%26%3D"})
    void aSegmentIsPercentEncodedButForRfc3986sUnreservedCharacters(String id, String encoded) {
        assertThat(PoApi.encode(id)).isEqualTo(encoded);
    }

    @Test
    void theBaseUrlMayEndWithASlash() {
        try (ExampleBring bring = new ExampleBring(WireFormat.JSON)) {
            PoApi api = new PoApi(bring.http(), URI.create("https://api.bring.com/po/api/v1/"), WireFormat.JSON);
            assertThat(api.uri("omorder", "10000000000", "PO 1"))
                    .isEqualTo(URI.create("https://api.bring.com/po/api/v1/omorder/10000000000/PO%201"));
        }
    }

    @ParameterizedTest
    @CsvSource({"JSON", "XML"})
    void anOrderWithSpacesSlashesAndPlusInItsIdIsReadBack(WireFormat format) {
        fixture = new RestFixture(format);
        String customer = "1000 0000";
        String orderId = "PO 2026/0001+ø-1";
        Order order = ContractExamples.order(orderId);
        fixture.givenOrder(customer, order);

        Order read = fixture.orderManagement().order(customer, orderId);

        assertThat(read.orderId()).isEqualTo(orderId);
        SimulatedRequest request = fixture.simulator().requests().get(0);
        assertThat(request.uri().getRawPath()).isEqualTo("/po/api/v1/omorder/1000%200000/PO%202026%2F0001%2B%C3%B8-1");
        assertThat(fixture.orderManagement().orderLines(customer, orderId)).hasSize(3);
        assertThat(fixture.warehousing().order(customer, orderId).orderId()).isEqualTo(orderId);
    }

    @ParameterizedTest
    @CsvSource({"JSON", "XML"})
    void anArticleNumberAndASearchTextAreEncodedToo(WireFormat format) {
        fixture = new RestFixture(format);
        ArticleBalance odd = ArticleBalance.inStock("A/1 +2", "Kabel 2 m / HDMI", BigDecimal.TEN, Instant.parse("2026-01-01T00:00:00Z"));
        fixture.givenArticleBalances("10000000000", List.of(odd));

        assertThat(fixture.warehousing().articleBalance("10000000000", "A/1 +2")).contains(odd);
        assertThat(fixture.warehousing().searchArticleBalances("10000000000", "2 m / HD")).containsExactly(odd);
        assertThat(fixture.simulator().requests()).extracting(r -> r.uri().getRawPath()).containsExactly(
                "/po/api/v1/articlebalance/10000000000/A%2F1%20%2B2",
                "/po/api/v1/articlebalance/info/10000000000/2%20m%20%2F%20HD");
    }
}
