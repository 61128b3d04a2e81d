package dev.bringport.domain;

import dev.bringport.domain.fuzzing.ReliabilityTable;
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
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bring's rules, on generated values (mostly breaking rules, some keeping them), answer with
 * violations and never throw: each violation names a field and a code from Bring's catalogues.
 */
class RulesFuzzTest {

    /** Tries per rule in the default build. */
    static final int TRIES = 40;

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

    private static Instant now(Random random) {
        return Instant.parse("2026-01-15T09:00:00Z").plusSeconds(random.nextInt(2_000_000) - 1_000_000L);
    }

    private static List<BookingCustomer> customers(Random random) {
        List<BookingCustomer> customers = Values.listOrNull(random, r -> Instances.tryCreate(BookingCustomer.class, r, 5)
                .orElse(null), 3);
        return customers == null ? List.of() : customers.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Each of Bring's rules, applied to a generated value of the type it checks. */
    enum Rule {
        ORDER(OrderMessage.class, (message, random) -> OrderRules.violations(message)),
        ORDER_IDENTITY(String.class, (customerId, random) -> OrderRules.identity(customerId, Values.textOrNull(random))),
        PACKING_LIST(PackingList.class, (list, random) -> PackingListRules.violations(list)),
        PACKING_LIST_AGAINST_ORDER(PackingList.class, (list, random) -> Instances.tryCreate(Order.class, random, 5)
                .map(order -> PackingListRules.violations(list, order)).orElse(List.of())),
        TRACKING_EVENT(TrackingEvent.class, (event, random) -> TrackingEventRules.violations(event)),
        TRACKING_EVENT_WITH_TYPE(TrackingEvent.class, (event, random) -> TrackingEventRules.violationsWithType(event)),
        BOOKING(BookingRequest.class, (request, random) -> BookingRules.violations(request, now(random))),
        BOOKING_AGAINST_CUSTOMERS(Consignment.class,
                (consignment, random) -> BookingRules.violationsAgainst(consignment, customers(random))),
        PICKUP(PickupOrder.class, (order, random) -> PickupRules.violations(order, now(random))),
        PICKUP_AGAINST_CUSTOMERS(PickupOrder.class, (order, random) -> PickupRules.violationsAgainst(order, customers(random)));

        private final Class<?> checks;
        private final BiFunction<Object, Random, List<Violation>> rule;

        @SuppressWarnings("unchecked")
        <T> Rule(Class<T> checks, BiFunction<T, Random, List<Violation>> rule) {
            this.checks = checks;
            this.rule = (BiFunction<Object, Random, List<Violation>>) rule;
        }

        private Optional<?> generated(Random random) {
            return checks == String.class ? Optional.ofNullable(Values.textOrNull(random))
                    : Instances.tryCreate(checks, random, 5);
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void aRuleAnswersWellFormedViolationsAndNeverThrows(Rule rule) {
        Fuzz.forAll(rule + " rule", TRIES, Random::nextLong, seed -> {
            Random random = new Random(seed);
            Optional<?> value = rule.generated(random);
            if (value.isPresent()) {
                wellFormed(rule.rule.apply(value.get(), random));
            }
        });
    }

    @org.junit.jupiter.api.Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertProperties("rules", Rule.values().length, TRIES);
    }
}
