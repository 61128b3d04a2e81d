package dev.bringport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Testing your application with the in-memory Bring.
 *
 * <p>Your application talks to Bring through the ports ({@link OrderManagement}, {@link Booking},
 * ...). In production they are the REST or SOAP adapter; in your tests, hand it the ports of an
 * {@link InMemoryBring}: a fake that keeps state and enforces Bring's rules like Bring does. Give
 * it a fixed clock and sequential ids and every run books the same consignment numbers; seed it
 * with {@code given...} (here: Bring's documented demo data), and afterwards ask it what it
 * received. {@link InMemoryBring#failNext(Operation, Fault)} lets you test the bad days too.
 */
class TestingYourApplicationWithTheInMemoryAdapterTest {

    // --- the application under test ------------------------------------------------------------

    // snippet: application
    /**
     * A supplier's shipping service: reads an order from Order Management, books one parcel for
     * what remains of it, and reports the packing list with the consignment number.
     */
    static final class ShipOrderService {

        /** What happened to an order. */
        sealed interface Outcome permits Shipped, NothingToShip, CheckBeforeRetrying {
        }

        /** Booked and reported. */
        record Shipped(String consignmentNumber) implements Outcome {
        }

        /** The order is already fully packed (sender status LOCKED). */
        record NothingToShip() implements Outcome {
        }

        /** Bring may or may not have booked it: someone must check before booking it again. */
        record CheckBeforeRetrying(String correlationId) implements Outcome {
        }

        private final OrderManagement orders;
        private final Booking booking;
        private final Clock clock;
        private final String bookingCustomerNumber;

        ShipOrderService(OrderManagement orders, Booking booking, Clock clock, String bookingCustomerNumber) {
            this.orders = orders;
            this.booking = booking;
            this.clock = clock;
            this.bookingCustomerNumber = bookingCustomerNumber;
        }

        Outcome ship(String customerId, String orderId) {
            if (orders.senderStatus(customerId, orderId) == SenderStatus.LOCKED) {
                return new NothingToShip();
            }
            Order order = orders.order(customerId, orderId);
            BookingConfirmation confirmation;
            try {
                confirmation = booking.book(BookingRequest.production(Consignment.builder()
                        .correlationId(orderId)
                        .shippingDateTime(clock.instant().plus(Duration.ofHours(2)))
                        .sender(bookingParty(order.party(PartyRole.SUPPLIER).orElseThrow()))
                        .recipient(bookingParty(order.party(PartyRole.ORDERING_PARTY).orElseThrow()))
                        .product(Product.of("5000", bookingCustomerNumber))
                        .addPackage(BookingPackage.builder().correlationId(orderId + "/1").weightInKg("12.5")
                                .dimensions(40, 60, 80).goodsDescription("Sengetøy").build())
                        .build()));
            } catch (OutcomeUnknownException e) {
                // Booking again could ship the goods twice and pay twice: leave it to someone who can check.
                return new CheckBeforeRetrying(e.correlationId().orElse(orderId));
            }
            List<PackingListItem> everythingLeft = order.lines().stream().filter(line -> line.remaining().signum() > 0)
                    .map(line -> new PackingListItem(line.orderLineId(), line.articleLineId(), line.remaining(),
                            Optional.empty(), Optional.empty()))
                    .toList();
            orders.addPackingList(customerId, orderId, PackingList.of(confirmation.consignmentNumber(), everythingLeft));
            return new Shipped(confirmation.consignmentNumber());
        }

        private static BookingParty bookingParty(Party party) {
            Address address = party.addresses().get(0);
            return BookingParty.builder().name(party.name().orElseThrow())
                    .addressLine(address.street().or(() -> address.addressLines().stream().findFirst()).orElseThrow())
                    .postalCode(address.postalCode().orElseThrow()).city(address.city().orElseThrow())
                    .countryCode(address.countryCode().orElseThrow())
                    .build();
        }
    }
    // end snippet: application

    // --- the tests -----------------------------------------------------------------------------

    // snippet: tests
    private static final String CUSTOMER = DemoData.CUSTOMER;   // 10000000000, the Order Management page's customer
    private static final String ORDER_ID = DemoData.ORDER_ID;   // 11873875-status_med_2: 4, 1 and 3 STK on lines 1-3

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-19T07:00:00Z"), ZoneOffset.UTC);
    private final InMemoryBring bring = InMemoryBring.builder()
            .clock(clock)                          // Bring's "now": dates and rules go by it
            .ids(IdGenerator.sequential(1))        // the same consignment numbers on every run
            .build()
            .givenDemoData();                      // the documented order, stock and booking customers 5 and 6

    private final ShipOrderService service =
            new ShipOrderService(bring.orderManagement(), bring.booking(), clock, "5");

    @Test
    void shippingAnOrderBooksOneConsignmentAndReportsEverythingItPacks() {
        ShipOrderService.Outcome outcome = service.ship(CUSTOMER, ORDER_ID);

        assertThat(outcome).isEqualTo(new ShipOrderService.Shipped("70438100000000016"));
        assertThat(bring.received().bookings()).singleElement().satisfies(booked -> {
            Consignment consignment = booked.request().consignment();
            assertThat(consignment.correlationId()).contains(ORDER_ID);
            assertThat(consignment.parties().sender().map(BookingParty::name)).contains("Selger Norge AS");
            assertThat(consignment.parties().recipient().map(BookingParty::name)).contains("Kjøper AS/Laksevåg");
        });
        assertThat(bring.received().packingLists()).singleElement().satisfies(received -> {
            assertThat(received.packingList().consignmentId()).isEqualTo("70438100000000016");
            assertThat(received.packingList().items())
                    .extracting(PackingListItem::articleLineId, item -> item.quantity().intValueExact())
                    .containsExactly(tuple("1", 4), tuple("2", 1), tuple("3", 3));
        });
        assertThat(bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.LOCKED);
    }

    @Test
    void whenTheBookingTimesOutTheServiceAsksForACheckInsteadOfBookingTwice() {
        bring.failNext(Operation.BOOK, Fault.TIMEOUT);   // Bring books it, but the answer never arrives

        ShipOrderService.Outcome outcome = service.ship(CUSTOMER, ORDER_ID);

        assertThat(outcome).isEqualTo(new ShipOrderService.CheckBeforeRetrying(ORDER_ID));
        assertThat(bring.received().bookings()).as("Bring did book it, once").hasSize(1);
        assertThat(bring.received().packingLists()).as("no consignment number to report").isEmpty();
        assertThat(bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);
    }
    // end snippet: tests

    @Test
    void shippingAnOrderTwiceBooksItOnce() {
        service.ship(CUSTOMER, ORDER_ID);

        ShipOrderService.Outcome again = service.ship(CUSTOMER, ORDER_ID);

        assertThat(again).isEqualTo(new ShipOrderService.NothingToShip());
        assertThat(bring.received().bookings()).hasSize(1);
        assertThat(bring.received().packingLists()).hasSize(1);
    }

    @Test
    void aBookingBringRefusesLeavesTheOrderOpen() {
        // Customer number 7 is not one of this user's booking customers: Bring answers BOOK-INPUT-021.
        ShipOrderService withoutAgreement = new ShipOrderService(bring.orderManagement(), bring.booking(), clock, "7");

        assertThatThrownBy(() -> withoutAgreement.ship(CUSTOMER, ORDER_ID))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.codes()).extracting(Object::toString).containsExactly("BOOK-INPUT-021"));
        assertThat(bring.received().bookings()).isEmpty();
        assertThat(bring.received().packingLists()).isEmpty();
    }
}
