package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.adapter.inmemory.FailureAssertions.assertRefused;
import static dev.bringport.domain.pickup.PickupCodes.PICKUP_INPUT_004;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.pickup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.Gs1;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.pickup.Pickups;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A pickup is confirmed for its day: earliest at the ready-at time (or the start of the day) and
 * latest at the start of the next day, both in the order's time zone (Europe/Oslo when it gives
 * none). Only a customer number the user may book with can order one ({@code PICKUP-INPUT-004},
 * "This customer number cannot be used to order Pickup"). Bring's time is 15 January 2026, 10:00 in Oslo.
 */
class PickupConfirmationTest {

    private static final LocalDate TOMORROW = LocalDate.of(2026, 1, 16);

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers());
    private final Pickups pickups = bring.pickups();

    @Test
    void aPickupReadyAtATimeIsConfirmedFromThatTimeToTheEndOfTheDay() {
        // The page's example: "pickupIsReadyAtTime": "14:26", "pickupTimeZone": "Europe/Oslo".
        PickupConfirmation confirmation = pickups.orderPickup(pickup(NOW).readyAt(LocalTime.of(14, 26)).build());

        assertThat(confirmation.status()).isEqualTo("OK");
        assertThat(confirmation.earliestPickup()).isEqualTo(Instant.parse("2026-01-16T13:26:00Z"));
        assertThat(confirmation.latestPickup()).contains(Instant.parse("2026-01-16T23:00:00Z"));
    }

    @Test
    void aPickupWithoutReadyAtTimeIsConfirmedForTheWholeDay() {
        PickupConfirmation confirmation = pickups.orderPickup(pickup(NOW).build());

        assertThat(confirmation.earliestPickup()).isEqualTo(Instant.parse("2026-01-15T23:00:00Z"));
        assertThat(confirmation.latestPickup()).contains(Instant.parse("2026-01-16T23:00:00Z"));
    }

    @Test
    void aPickupWithoutTimeZoneIsInNorwegianTime() {
        PickupConfirmation confirmation = pickups.orderPickup(pickup(NOW).timeZone(null).readyAt(LocalTime.of(8, 0)).build());

        assertThat(confirmation.earliestPickup()).isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
        assertThat(confirmation.latestPickup()).contains(Instant.parse("2026-01-16T23:00:00Z"));
    }

    @Test
    void aPickupInFinlandIsConfirmedInFinnishTime() {
        PickupOrder helsinki = pickup(NOW).countryCode("FI").customer("6", "Suomalainen Yritys Oy")
                .address(PickupAddress.of("Mannerheimintie 1", "00100", "HELSINKI", "yritys@example.fi", "+358401234567"))
                .timeZone(ZoneId.of("Europe/Helsinki")).readyAt(LocalTime.of(9, 30)).build();

        PickupConfirmation confirmation = pickups.orderPickup(helsinki);

        assertThat(confirmation.earliestPickup()).isEqualTo(Instant.parse("2026-01-16T07:30:00Z"));
        assertThat(confirmation.latestPickup()).contains(Instant.parse("2026-01-16T22:00:00Z"));
    }

    @Test
    void onTheDaySummerTimeStartsThePickupDayIsTwentyThreeHoursLong() {
        Instant friday = Instant.parse("2026-03-27T09:00:00Z");
        InMemoryBring spring = InMemoryBring.builder().clock(Clock.fixed(friday, ZoneOffset.UTC))
                .ids(IdGenerator.sequential(1)).build().givenBookingCustomers(bookingCustomers());

        PickupConfirmation confirmation = spring.pickups().orderPickup(pickup(friday)
                .pickupDate(LocalDate.of(2026, 3, 29)).build());

        assertThat(confirmation.earliestPickup()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(confirmation.latestPickup()).contains(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void theConfirmationsPackageNumberIsAnSscc() {
        PickupConfirmation confirmation = pickups.orderPickup(pickup(NOW).build());

        assertThat(confirmation.packageNumber()).hasValueSatisfying(n -> assertThat(Gs1.isValid(n, 18)).isTrue());
        assertThat(confirmation.url()).isPresent();
    }

    @Test
    void aCustomerNumberTheUserHasNoBookingCustomerForCannotOrderAPickup() {
        // 7 is Bring's cargo test customer, which this user does not have.
        InvalidRequestException e = assertRefused(InvalidRequestException.class,
                () -> pickups.orderPickup(pickup(NOW).customer("7", "Norsk Bedrift AS").build()), PICKUP_INPUT_004);

        assertThat(e.detectedBeforeSending()).isFalse();
        assertThat(bring.received().pickupOrders()).isEmpty();
    }

    @Test
    void aUserWithoutBookingCustomersCannotOrderAnyPickup() {
        assertRefused(InvalidRequestException.class,
                () -> bring.ports("ny-bruker@example.com").pickups().orderPickup(pickup(NOW).build()), PICKUP_INPUT_004);

        assertThat(bring.received().pickupOrders()).isEmpty();
    }

    @Test
    void everyConfirmedPickupIsReceivedWithItsOrderConfirmationUserAndBringsTime() {
        PickupOrder order = pickup(NOW).readyAt(LocalTime.of(14, 26)).build();

        PickupConfirmation confirmation = pickups.orderPickup(order);

        assertThat(bring.received().pickupOrders()).containsExactly(
                new Received.PickupOrdered(InMemoryBring.DEFAULT_USER, order, confirmation, NOW));
    }
}
