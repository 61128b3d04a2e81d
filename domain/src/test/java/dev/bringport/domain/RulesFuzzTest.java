package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.fuzzing.Fuzz;
import dev.bringport.domain.fuzzing.Instances;
import dev.bringport.domain.fuzzing.Values;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TrackingEventRules;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Bring's rules, on generated values (mostly breaking rules, some keeping them), answer with
 * violations and never throw: each violation names a field and a code from Bring's catalogues.
 */
class RulesFuzzTest {

    /** Tries per rule in the default build. */
    static final int TRIES = 60;

    private static final ErrorCatalogue ORDER_MANAGEMENT = ErrorCatalogue.orderManagement();
    private static final ErrorCatalogue BOOKING = ErrorCatalogue.booking();

    private static void wellFormed(List<Violation> violations) {
        assertThat(violations).isNotNull().allSatisfy(v -> {
            assertThat(v.field()).as("field of %s", v).isNotBlank();
            assertThat(v.message()).as("message of %s", v).isNotNull();
            assertThat(ORDER_MANAGEMENT.find(v.code()).or(() -> BOOKING.find(v.code())))
                    .as("%s in Bring's catalogues", v.code()).isPresent();
        });
    }

    /** A generated value of a type, when one of a few attempts could be made. */
    private static <T> Function<Random, Optional<T>> some(Class<T> type) {
        return random -> Instances.tryCreate(type, random, 5);
    }

    private static <T> void rule(String name, Class<T> type, java.util.function.BiFunction<T, Random, List<Violation>> rule) {
        Fuzz.forAll(name, TRIES, Random::nextLong, seed -> {
            Random random = new Random(seed);
            Optional<T> value = some(type).apply(random);
            if (value.isPresent()) {
                wellFormed(rule.apply(value.get(), random));
            }
        });
    }

    private static Instant now(Random random) {
        return Instant.parse("2026-01-15T09:00:00Z").plusSeconds(random.nextInt(2_000_000) - 1_000_000L);
    }

    private static List<BookingCustomer> customers(Random random) {
        List<BookingCustomer> customers = Values.listOrNull(random, r -> Instances.tryCreate(BookingCustomer.class, r, 5)
                .orElse(null), 3);
        return customers == null ? List.of() : customers.stream().filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void orderRules() {
        rule("OrderRules.violations", OrderMessage.class, (message, random) -> OrderRules.violations(message));
        Fuzz.forAll("OrderRules.identity", TRIES, Random::nextLong, seed -> {
            Random random = new Random(seed);
            wellFormed(OrderRules.identity(Values.textOrNull(random), Values.textOrNull(random)));
        });
    }

    @Test
    void packingListRules() {
        rule("PackingListRules.violations", PackingList.class, (list, random) -> PackingListRules.violations(list));
        rule("PackingListRules.violations against an order", PackingList.class, (list, random) ->
                Instances.tryCreate(Order.class, random, 5).map(order -> PackingListRules.violations(list, order))
                        .orElse(List.of()));
    }

    @Test
    void trackingEventRules() {
        rule("TrackingEventRules.violations", TrackingEvent.class, (event, random) -> TrackingEventRules.violations(event));
        rule("TrackingEventRules.violationsWithType", TrackingEvent.class,
                (event, random) -> TrackingEventRules.violationsWithType(event));
    }

    @Test
    void bookingRules() {
        rule("BookingRules.violations", BookingRequest.class, (request, random) -> BookingRules.violations(request, now(random)));
        rule("BookingRules.violationsAgainst", Consignment.class,
                (consignment, random) -> BookingRules.violationsAgainst(consignment, customers(random)));
    }

    @Test
    void pickupRules() {
        rule("PickupRules.violations", PickupOrder.class, (order, random) -> PickupRules.violations(order, now(random)));
        rule("PickupRules.violationsAgainst", PickupOrder.class,
                (order, random) -> PickupRules.violationsAgainst(order, customers(random)));
    }
}
