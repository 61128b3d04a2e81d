package dev.bringport.adapter.soap;

import static dev.bringport.adapter.inmemory.InMemoryBackedFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.pickup.Pickups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The escape hatch over SOAP: with {@link ClientRules#OFF} a request that breaks a rule the library
 * checks is sent and Bring's answer decides (the in-memory Bring behind Metro answers with its
 * code); what booking-v1.xsd has no place for is refused whatever the switch.
 */
@SuppressWarnings("deprecation")
class ClientRulesSwitchTest {

    private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1)).build();
    private final SimulatedBring server = new SimulatedBring(bring);

    ClientRulesSwitchTest() {
        bring.givenBookingCustomers(ContractExamples.bookingCustomers());
        bring.givenOrder(ContractExamples.CUSTOMER, ContractExamples.order(ContractExamples.ORDER_ID));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private BringSoap soap(ClientRules rules) {
        return TestSoap.soap(server.host()).credentials(SoapFixture.CREDENTIALS).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .clientRules(rules).build();
    }

    private static BookingRequest withoutShippingDate() {
        return BookingRequest.test(Consignment.builder().correlationId("C-1").sender(ContractExamples.sender())
                .recipient(ContractExamples.recipient())
                .product(ContractExamples.booking(NOW).consignment().product().orElseThrow())
                .addPackage(ContractExamples.parcel()).build());
    }

    private static final PackingList NEGATIVE = PackingList.of("70438101268018539",
            List.of(PackingListItem.of("1", new BigDecimal("-1"))));

    @Test
    void byDefaultABrokenRuleStopsTheRequestBeforeSending() {
        BringSoap soap = soap(ClientRules.ON);

        assertThat(refusal(() -> soap.booking().book(withoutShippingDate())).detectedBeforeSending()).isTrue();
        assertThat(refusal(() -> soap.orderManagement().addPackingList(ContractExamples.CUSTOMER,
                ContractExamples.ORDER_ID, NEGATIVE)).detectedBeforeSending()).isTrue();
        assertThat(refusal(() -> soap.pickups().orderPickup(ContractExamples.pickup(NOW)
                .pickupDate(ContractExamples.tomorrow(NOW).minusDays(3)).build())).detectedBeforeSending()).isTrue();
        assertThat(server.requests(BringSoap.BOOKING_PATH) + server.requests(BringSoap.ORDER_MANAGEMENT_PATH)).isZero();
    }

    @Test
    void switchedOffTheRequestIsSentAndBringsAnswerDecides() {
        BringSoap soap = soap(ClientRules.OFF);

        InvalidRequestException booking = refusal(() -> soap.booking().book(withoutShippingDate()));
        InvalidRequestException packingList = refusal(() -> soap.orderManagement().addPackingList(
                ContractExamples.CUSTOMER, ContractExamples.ORDER_ID, NEGATIVE));
        InvalidRequestException pickup = refusal(() -> soap.pickups().orderPickup(ContractExamples.pickup(NOW)
                .pickupDate(ContractExamples.tomorrow(NOW).minusDays(3)).build()));

        assertThat(booking.detectedBeforeSending()).isFalse();
        assertThat(booking.codes()).contains(ErrorCode.of("BOOK-INPUT-012"));
        assertThat(packingList.detectedBeforeSending()).isFalse();
        assertThat(packingList.codes()).contains(ErrorCode.of("PO_INPUT_011"));
        assertThat(pickup.detectedBeforeSending()).isFalse();
        assertThat(pickup.codes()).contains(ErrorCode.of("PICKUP-INPUT-007"));
        assertThat(server.requests(BringSoap.BOOKING_PATH)).isEqualTo(2);
        assertThat(server.requests(BringSoap.ORDER_MANAGEMENT_PATH)).isEqualTo(1);
    }

    @Test
    void whatBookingV1HasNoPlaceForIsRefusedWhateverTheSwitch() {
        BookingRequest withReturn = BookingRequest.test(ContractExamples.consignment(NOW)
                .addPackage(ContractExamples.parcel()).returnProduct(new ReturnProduct("9350", List.of())).build());

        InvalidRequestException e = refusal(() -> soap(ClientRules.OFF).booking().book(withReturn));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("consignments[0].returnProduct");
        assertThat(server.requests(BringSoap.BOOKING_PATH)).isZero();
    }

    @Test
    void aClientRulesBoundInGuiceSwitchesTheModulesPorts() {
        BringSoap soap = soap(ClientRules.ON);
        Injector injector = Guice.createInjector(new BringSoapModule(soap), new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClientRules.class).toInstance(ClientRules.OFF);
            }
        });

        BringSoap bound = injector.getInstance(BringSoap.class);
        assertThat(bound.clientRules()).isEqualTo(ClientRules.OFF);
        assertThat(injector.getInstance(Booking.class)).isSameAs(bound.booking());
        assertThat(injector.getInstance(Pickups.class)).isSameAs(bound.pickups());
        assertThat(refusal(() -> injector.getInstance(Booking.class).book(withoutShippingDate()))
                .detectedBeforeSending()).isFalse();
    }

    @Test
    void withoutABindingTheModuleKeepsTheAdaptersOwnSwitch() {
        BringSoap off = soap(ClientRules.OFF);

        assertThat(Guice.createInjector(new BringSoapModule(off)).getInstance(BringSoap.class)).isSameAs(off);
        assertThat(soap(ClientRules.ON).clientRules()).isEqualTo(ClientRules.ON);
        assertThat(TestSoap.soap(server.host()).build().clientRules()).isEqualTo(ClientRules.ON);
    }

    private static InvalidRequestException refusal(ThrowingCallable call) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
        assertThat(e).as("an InvalidRequestException").isNotNull();
        return e;
    }
}
