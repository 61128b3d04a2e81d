package dev.bringport.ports.contract;

import static dev.bringport.domain.pickup.PickupCodes.*;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.pickup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.pickup.Pickups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Pickups} must do: the Booking page's "Order a pickup" and the PICKUP codes. */
public abstract class PickupsContract extends ContractSupport {

    private Pickups pickups() {
        return bring.pickups();
    }

    @Override
    protected Transport port() {
        return pickups();
    }

    @Override
    protected Map<Operation, ThrowingCallable> callsPerOperation() {
        Map<Operation, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put(Operation.ORDER_PICKUP, () -> pickups().orderPickup(pickup(bring.now()).build()));
        return calls;
    }

    @BeforeEach
    void demoCustomers() {
        bring.givenBookingCustomers(bookingCustomers());
    }

    @Test
    void aPickupIsConfirmedWithinThePickupDay() {
        assumeSupported(Operation.ORDER_PICKUP);
        LocalDate tomorrow = ContractExamples.tomorrow(bring.now());

        PickupConfirmation confirmation = pickups().orderPickup(pickup(bring.now()).build());

        assertThat(confirmation.status()).isEqualTo("OK");
        assertThat(BringTime.today(confirmation.earliestPickup())).isEqualTo(tomorrow);
        confirmation.latestPickup().ifPresent(latest -> assertThat(latest).isAfterOrEqualTo(confirmation.earliestPickup()));
    }

    @Test
    void aCargoPickupWithWeightAndVolumeIsConfirmed() {
        assumeSupported(Operation.ORDER_PICKUP);
        PickupOrder cargo = PickupOrder.builder(PickupService.CARGO)
                .countryCode("NO").customer("5", "Norsk Bedrift AS")
                .address(PickupAddress.of("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com", "+4712345678"))
                .pickupDate(ContractExamples.tomorrow(bring.now()))
                .details(PickupDetails.packages(PickupItems.of(2, 1000, new BigDecimal("40"))))
                .build();

        PickupConfirmation confirmation = pickups().orderPickup(cargo);

        assertThat(confirmation.status()).isEqualTo("OK");
    }

    @Test
    void aPickupInThePastIsRejected() {
        assumeSupported(Operation.ORDER_PICKUP);
        LocalDate yesterday = BringTime.today(bring.now()).minusDays(1);
        assertInvalid(() -> pickups().orderPickup(pickup(bring.now()).pickupDate(yesterday).build()), PICKUP_INPUT_007);
    }

    @Test
    void aPickupWithoutDateOrCountryIsRejectedWithBothViolations() {
        assumeSupported(Operation.ORDER_PICKUP);
        assertInvalid(() -> pickups().orderPickup(pickup(bring.now()).pickupDate(null).countryCode("").build()),
                PICKUP_INPUT_006, PICKUP_INPUT_010);
    }

    @Test
    void aWeightOfZeroGramsIsRejected() {
        assumeSupported(Operation.ORDER_PICKUP);
        assertInvalid(() -> pickups().orderPickup(pickup(bring.now())
                .details(PickupDetails.packages(PickupItems.of(2, 0))).build()), PICKUP_INPUT_008);
    }

    @Test
    void aCustomerNumberThatCannotOrderPickupsIsRejected() {
        assumeSupported(Operation.ORDER_PICKUP);
        assertInvalid(() -> pickups().orderPickup(pickup(bring.now()).customer("424242", "Ukjent AS").build()),
                PICKUP_INPUT_004);
    }
}
