package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.CONSIGNMENT;
import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_008;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_009;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.order.OrderManagement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tracking events (POST {@code /event}): Bring validates the event type ({@code PO_INPUT_008},
 * "Must provide valid EventType") and the timestamp ({@code PO_INPUT_009}, "Must provide valid ISO
 * timestamp for event"); accepted events are in {@link Received#events()}, refused ones are not.
 */
class TrackingEventsTest {

    /** The page's example: {@code <Timestamp>2014-07-04T00:00:00+02:00</Timestamp>}. */
    private static final Instant HAPPENED = Instant.parse("2014-07-03T22:00:00Z");

    private final InMemoryBring bring = freshBring();
    private final OrderManagement om = bring.orderManagement();

    @Test
    void anAcceptedEventIsReceivedWithItsUserAndBringsTime() {
        TrackingEvent delivered = TrackingEvent.of(CONSIGNMENT, EventType.DELIVERED, "Selger Norge AS", HAPPENED);

        om.sendEvent(delivered);

        assertThat(bring.received().events()).containsExactly(
                new Received.EventReceived(InMemoryBring.DEFAULT_USER, delivered, NOW));
    }

    @Test
    void eventsOfSeveralUsersAreReceivedInTheOrderBringAcceptedThem() {
        TrackingEvent collected = TrackingEvent.of(CONSIGNMENT, EventType.COLLECTED, "Bring", HAPPENED);
        TrackingEvent delivered = TrackingEvent.of(CONSIGNMENT, EventType.DELIVERED, "Bring", HAPPENED.plusSeconds(86_400));

        om.sendEvent(collected);
        bring.ports("transport@bcn.example").orderManagement().sendEvent(delivered);

        assertThat(bring.received().events()).extracting(Received.EventReceived::event).containsExactly(collected, delivered);
        assertThat(bring.received().events()).extracting(Received.EventReceived::userId)
                .containsExactly(InMemoryBring.DEFAULT_USER, "transport@bcn.example");
    }

    @Test
    void aBlankEventTypeIsRefusedWithPO_INPUT_008BeforeSending() {
        InvalidRequestException e = assertRefused(InvalidRequestException.class,
                () -> om.sendEvent(TrackingEvent.of(CONSIGNMENT, new EventType("  "), "Bring", HAPPENED)), PO_INPUT_008);

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(bring.received().events()).isEmpty();
    }

    @Test
    void anEventTypeBringDoesNotDocumentIsRefusedByBringWithPO_INPUT_008() {
        InvalidRequestException e = assertRefused(InvalidRequestException.class,
                () -> om.sendEvent(TrackingEvent.of(CONSIGNMENT, new EventType("TELEPORTED"), "Bring", HAPPENED)),
                PO_INPUT_008);

        assertThat(e.detectedBeforeSending()).as("clients let unknown types through to Bring").isFalse();
        assertThat(e.getMessage()).contains("TELEPORTED");
        assertThat(bring.received().events()).isEmpty();
    }

    @Test
    void anEventWithoutTimestampIsRefusedWithPO_INPUT_009() {
        assertRefused(InvalidRequestException.class, () -> om.sendEvent(
                new TrackingEvent(CONSIGNMENT, EventType.DELIVERED, Optional.of("Bring"), Optional.empty())), PO_INPUT_009);

        assertThat(bring.received().events()).isEmpty();
    }

    @Test
    void everyProblemOfAnEventIsReportedAtOnce() {
        assertRefused(InvalidRequestException.class, () -> om.sendEvent(
                        new TrackingEvent("", new EventType(""), Optional.empty(), Optional.empty())),
                PO_INPUT_007, PO_INPUT_008, PO_INPUT_009);

        assertThat(bring.received().events()).isEmpty();
    }

    @Test
    void everyDocumentedEventTypeIsAccepted() {
        EventType.DOCUMENTED.forEach(type ->
                om.sendEvent(TrackingEvent.of(CONSIGNMENT, new EventType(type), "Bring", HAPPENED)));

        assertThat(bring.received().events()).extracting(e -> e.event().eventType().value())
                .containsExactlyInAnyOrderElementsOf(EventType.DOCUMENTED);
    }
}
