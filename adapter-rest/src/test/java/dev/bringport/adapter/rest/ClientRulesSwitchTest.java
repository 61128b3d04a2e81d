package dev.bringport.adapter.rest;

import static dev.bringport.adapter.inmemory.InMemoryBackedFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The escape hatch: with {@link ClientRules#OFF} a request that breaks a rule the library checks is
 * sent, and Bring's answer decides (here the in-memory Bring behind the simulator, which keeps
 * enforcing the rules, answers with its code); with the default, nothing is sent.
 */
class ClientRulesSwitchTest {

    private final BringSimulator simulator = BringSimulator.start(InMemoryBring.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(IdGenerator.sequential(1)).build());

    ClientRulesSwitchTest() {
        simulator.limit(Integer.MAX_VALUE);
        simulator.bring().givenBookingCustomers(ContractExamples.bookingCustomers());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private BringRest.Builder builder(WireFormat format) {
        return BringRest.builder()
                .credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                        URI.create("https://shop.example")))
                .host(simulator.baseUri()).format(format).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0, Duration.ofSeconds(1)))
                .requestsPerSecond(1000);
    }

    private record Broken(String name, String code, Consumer<BringRest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> brokenRules() {
        BookingRequest noShippingDate = BookingRequest.test(Consignment.builder().correlationId("C-1")
                .sender(ContractExamples.sender()).recipient(ContractExamples.recipient())
                .product(ContractExamples.booking(NOW).consignment().product().orElseThrow())
                .addPackage(ContractExamples.parcel()).build());
        OrderMessage demoCustomer = new OrderMessage(OrderType.ORDER, "m-1", "5", NOW,
                ContractExamples.order("4500012345"));
        return Stream.of(
                new Broken("a booking without shipping date", "BOOK-INPUT-012",
                        rest -> rest.booking().book(noShippingDate)),
                new Broken("a pickup on a past day", "PICKUP-INPUT-007",
                        rest -> rest.pickups().orderPickup(ContractExamples.pickup(NOW)
                                .pickupDate(ContractExamples.tomorrow(NOW).minusDays(3)).build())),
                new Broken("an order from a demo customer", "PO_INPUT_001",
                        rest -> rest.orderManagement().sendOrder(demoCustomer)),
                new Broken("a packing list with a negative quantity", "PO_INPUT_011",
                        rest -> rest.orderManagement().addPackingList(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID,
                                PackingList.of("70438101268018539", List.of(PackingListItem.of("1", new BigDecimal("-1")))))),
                new Broken("an event without type", "PO_INPUT_008",
                        rest -> rest.orderManagement().sendEvent(TrackingEvent.of("70438101268018539", new EventType(" "),
                                null, NOW))))
                .flatMap(broken -> Stream.of(WireFormat.values()).map(format -> Arguments.of(broken, format)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("brokenRules")
    void byDefaultABrokenRuleStopsTheRequestBeforeSending(Broken broken, WireFormat format) {
        InvalidRequestException e = refusal(() -> broken.call().accept(builder(format).build()));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.codes()).extracting(Object::toString).contains(broken.code());
        assertThat(simulator.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("brokenRules")
    void switchedOffTheRequestIsSentAndBringsAnswerDecides(Broken broken, WireFormat format) {
        InvalidRequestException e = refusal(() -> broken.call().accept(builder(format).clientRules(ClientRules.OFF)
                .build()));

        assertThat(e.detectedBeforeSending()).isFalse();
        assertThat(e.codes()).extracting(Object::toString).contains(broken.code());
        assertThat(simulator.requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientRules.class)
    void theIdsThatAddressAnOrderAreRequiredWhateverTheSwitch(ClientRules rules) {
        InvalidRequestException e = refusal(() -> builder(WireFormat.JSON).clientRules(rules).build()
                .orderManagement().order(" ", ""));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void theBuildersDefaultIsOn() {
        BringRest rest = builder(WireFormat.JSON).build();

        assertThat(rest.clientRules()).isEqualTo(ClientRules.ON);
        assertThat(builder(WireFormat.JSON).clientRules(ClientRules.OFF).build().clientRules()).isEqualTo(ClientRules.OFF);
    }

    // snippet: client-rules-in-guice
    // Bring's answer decides: the ports the module binds do not check Bring's rules before sending.
    static Injector withoutClientRules(BringRest rest) {
        return Guice.createInjector(new BringRestModule(rest), new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClientRules.class).toInstance(ClientRules.OFF);
            }
        });
    }
    // end snippet: client-rules-in-guice

    @Test
    void aClientRulesBoundInGuiceSwitchesTheModulesPorts() {
        Injector injector = withoutClientRules(builder(WireFormat.JSON).build());

        BringRest bound = injector.getInstance(BringRest.class);
        assertThat(bound.clientRules()).isEqualTo(ClientRules.OFF);
        assertThat(injector.getInstance(Booking.class)).isSameAs(bound.booking());
        assertThat(injector.getInstance(Pickups.class)).isSameAs(bound.pickups());
        assertThat(injector.getInstance(OrderManagement.class)).isSameAs(bound.orderManagement());
        InvalidRequestException e = refusal(() -> injector.getInstance(Booking.class).book(BookingRequest.test(
                Consignment.builder().product(ContractExamples.booking(NOW).consignment().product().orElseThrow())
                        .build())));
        assertThat(e.detectedBeforeSending()).isFalse();
        assertThat(simulator.requests()).hasSize(1);
    }

    @Test
    void withoutABindingTheModuleKeepsTheAdaptersOwnSwitch() {
        BringRest on = builder(WireFormat.JSON).build();
        BringRest off = builder(WireFormat.JSON).clientRules(ClientRules.OFF).build();

        assertThat(Guice.createInjector(new BringRestModule(on)).getInstance(BringRest.class)).isSameAs(on);
        assertThat(Guice.createInjector(new BringRestModule(off)).getInstance(Booking.class)).isSameAs(off.booking());
    }

    private static InvalidRequestException refusal(ThrowingCallable call) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
        assertThat(e).as("an InvalidRequestException").isNotNull();
        return e;
    }
}
