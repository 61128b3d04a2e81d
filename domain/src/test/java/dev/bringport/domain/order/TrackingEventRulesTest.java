package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_008;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_009;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bring's CreateEventRequest example: consignment 12345 at 2014-07-04T00:00:00+02:00. */
class TrackingEventRulesTest {

    private static final Instant TIMESTAMP = OffsetDateTime.parse("2014-07-04T00:00:00+02:00").toInstant();

    private static TrackingEvent event(String consignmentId, String type, Optional<Instant> timestamp) {
        return new TrackingEvent(consignmentId, new EventType(type), Optional.of("Selger Norge AS"), timestamp);
    }

    @Test
    void aCompleteEventHasNoViolations() {
        TrackingEvent delivered = TrackingEvent.of("12345", EventType.DELIVERED, "Selger Norge AS", TIMESTAMP);

        assertThat(TrackingEventRules.violations(delivered)).isEmpty();
        assertThat(TrackingEventRules.violationsWithType(delivered)).isEmpty();
    }

    @Test
    void aConsignmentIdIsRequired() {
        assertThat(TrackingEventRules.violations(event(" ", "DELIVERED", Optional.of(TIMESTAMP))))
                .extracting(Violation::field, Violation::code).containsExactly(tuple("Event.ConsignmentId", PO_INPUT_007));
    }

    @Test
    void anEventTypeIsRequired() {
        TrackingEvent noType = event("12345", "  ", Optional.of(TIMESTAMP));

        assertThat(TrackingEventRules.violations(noType)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("Event.EventType", PO_INPUT_008));
        assertThat(TrackingEventRules.violationsWithType(noType)).extracting(Violation::field, Violation::code)
                .as("reported once, not again as undocumented")
                .containsExactly(tuple("Event.EventType", PO_INPUT_008));
    }

    @Test
    void aTimestampIsRequired() {
        assertThat(TrackingEventRules.violations(event("12345", "DELIVERED", Optional.empty())))
                .extracting(Violation::field, Violation::code).containsExactly(tuple("Event.Timestamp", PO_INPUT_009));
    }

    @Test
    void everyViolationAtOnce() {
        assertThat(TrackingEventRules.violations(event("", "", Optional.empty()))).extracting(Violation::code)
                .containsExactly(PO_INPUT_007, PO_INPUT_008, PO_INPUT_009);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{event type}", "PARTY_TIME", "DELIVERED_TWICE"})
    void anUndocumentedTypePassesTheBasicCheckButNotTheTypeCheck(String type) {
        TrackingEvent event = event("12345", type, Optional.of(TIMESTAMP));

        assertThat(TrackingEventRules.violations(event)).isEmpty();
        assertThat(TrackingEventRules.violationsWithType(event)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("Event.EventType", PO_INPUT_008));
        assertThat(TrackingEventRules.violationsWithType(event).get(0).message()).contains(type.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELIVERED", "delivered", " IN_TRANSIT ", "READY_FOR_PICKUP", "HANDED_IN", "RETURN",
            "ATTEMPTED_DELIVERY", "PRE_NOTIFIED"})
    void bringsTrackingStatusesAreDocumentedTypes(String type) {
        assertThat(TrackingEventRules.violationsWithType(event("12345", type, Optional.of(TIMESTAMP)))).isEmpty();
    }

    @Test
    void theTypeCheckAddsToTheOtherViolations() {
        assertThat(TrackingEventRules.violationsWithType(event("", "UNKNOWN", Optional.empty())))
                .extracting(Violation::code).containsExactly(PO_INPUT_007, PO_INPUT_009, PO_INPUT_008);
    }
}
