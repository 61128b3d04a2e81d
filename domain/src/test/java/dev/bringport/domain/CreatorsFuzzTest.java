package dev.bringport.domain;

import dev.bringport.domain.fuzzing.ReliabilityTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.fuzzing.Fuzz;
import dev.bringport.domain.fuzzing.Instances;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.pickup.PickupOrder;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor, static factory and builder of the domain, with generated arguments
 * (null, blank, enormous, out of range), either makes a value or refuses with what the domain
 * documents for bad arguments: {@link IllegalArgumentException} or {@link NullPointerException};
 * never anything else, never a hang.
 */
class CreatorsFuzzTest {

    /** Tries per class in the default build. */
    static final int TRIES = 40;

    private static final List<Class<?>> CREATABLE = Instances.creatable(Order.class);

    @Test
    void theCreatableClassesAreFoundIncludingTheMainOnes() {
        assertThat(CREATABLE).contains(Order.class, OrderLine.class, PackingList.class, TrackingEvent.class,
                Consignment.class, BookingPackage.class, PickupOrder.class, Money.class, Quantity.class);
    }

    @TestFactory
    Stream<DynamicTest> everyCreatorMakesAValueOrRefusesAsDocumented() {
        return CREATABLE.stream().map(type -> dynamicTest(type.getName(), () ->
                Fuzz.forAll(type.getSimpleName() + " creators", TRIES, Random::nextLong, seed -> Fuzz.onlyThrows(
                        () -> Instances.create(type, new Random(seed)), IllegalArgumentException.class,
                        NullPointerException.class))));
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertProperties("creators", CREATABLE.size(), TRIES);
    }
}
