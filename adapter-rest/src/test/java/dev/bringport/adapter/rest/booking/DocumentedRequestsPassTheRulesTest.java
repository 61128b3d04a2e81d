package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library is never stricter than Bring: every booking and pickup request Bring documents
 * passes every rule the library checks before sending. Bring's examples are years old, so each is
 * checked at its own time: an hour before its shipping date, two days before its pickup date.
 * The Order Management requests are checked in {@code dev.bringport.adapter.rest.order}.
 */
class DocumentedRequestsPassTheRulesTest {

    static List<String> bookings() {
        return BringExamples.sendableBookingRequests();
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
        return BringExamples.readable(example);
    }
}
