package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library is never stricter than Bring: every booking and pickup request Bring documents
 * passes every rule the library checks before sending. Bring's examples are years old, so each is
 * checked at its own time: an hour before its shipping date, two days before its pickup date.
 * The Order Management requests are checked in {@code dev.bringport.adapter.rest.order}.
 */
class DocumentedRequestsPassTheRulesTest {

    /**
     * Examples published without a test indicator (Bring answers {@code BOOK-INPUT-030} to them,
     * and the reader refuses them, as whether Bring books for real is not guessed): their content
     * is checked with the indicator set to true.
     */
    private static final Map<String, Map<String, String>> WITHOUT_TEST_INDICATOR = Map.of(
            "express.json", Map.of("\"testIndicator\": null", "\"testIndicator\": true"),
            "express.xml", Map.of("testIndicator=\"null\"", "testIndicator=\"true\""));

    /**
     * Published broken beyond the test indicator: {@code deliveryOption.json} is not JSON (a comma
     * before a closing brace), and both {@code deliveryOption} examples are fragments without
     * packages ({@code BOOK-INPUT-009}, Bring's own code) that show where the option goes.
     */
    private static final List<String> FRAGMENTS = List.of("deliveryOption.json", "deliveryOption.xml");

    static List<String> bookings() {
        return BringExamples.bookingRequests().stream().filter(n -> !FRAGMENTS.contains(n)).toList();
    }

    static List<String> pickups() {
        return BringExamples.pickupRequests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bookings")
    void aDocumentedBookingBreaksNoRule(String example) {
        BookingRequest request = BookingDocuments.bookingRequest(bytes(example));
        Instant atItsTime = request.consignment().shippingDateTime().orElseThrow().minus(Duration.ofHours(1));

        assertThat(BookingRules.violations(request, atItsTime)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pickups")
    void aDocumentedPickupBreaksNoRule(String example) {
        PickupOrder order = BookingDocuments.pickupOrder(bytes(example));
        Instant atItsTime = order.pickupDate().orElseThrow().minusDays(2).atStartOfDay(BringTime.ZONE).toInstant();

        assertThat(PickupRules.violations(order, atItsTime)).isEmpty();
    }

    private static byte[] bytes(String example) {
        byte[] published = BringExamples.bytes(example);
        Map<String, String> patch = WITHOUT_TEST_INDICATOR.get(example);
        if (patch == null) {
            return published;
        }
        String text = new String(published, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> change : patch.entrySet()) {
            assertThat(text).contains(change.getKey());
            text = text.replace(change.getKey(), change.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
