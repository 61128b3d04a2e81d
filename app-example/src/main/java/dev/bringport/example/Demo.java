package dev.bringport.example;

import dev.bringport.adapter.inmemory.DemoData;
import dev.bringport.domain.BringTime;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.ModeOfTransport;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.migration.BringPorts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bring's documented usage pattern, end to end: a customer creates an order; a supplier checks
 * that the customer uses Order Management, reads the order and its lines, books a consignment
 * for it, adds the packing list with that consignment number and sends a tracking event; the
 * order's sender status turns LOCKED; the warehouse's stock shows the goods gone; the supplier
 * orders a pickup.
 */
final class Demo {

    /**
     * One step of the walkthrough.
     *
     * @param number its number
     * @param title  what happens
     * @param result what Bring answered, as data
     * @param text   what Bring answered, for a person
     */
    record Step(int number, String title, Object result, String text) {
    }

    private static final String CUSTOMER = DemoData.CUSTOMER;
    private static final String BOOKING_CUSTOMER = "5";
    private static final String HD_DECODER = "5300311";
    private static final String HDMI_CABLE = "5300601";

    private final BringPorts ports;
    private final Clock clock;
    private final List<Step> steps = new ArrayList<>();
    private Consumer<Step> onStep = step -> { };

    Demo(BringPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /**
     * Runs the walkthrough, telling each step as it is done.
     *
     * @param listener told of each step when it is done
     * @return every step
     */
    List<Step> run(Consumer<Step> listener) {
        onStep = listener;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String orderId = "DEMO-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(BringTime.ZONE).format(now);

        Order order = order(orderId, now);
        ports.orderManagement().sendOrder(OrderMessage.of(OrderType.PURCHASE_ORDER, CUSTOMER, now, order));
        step("The customer " + CUSTOMER + " sends purchase order " + orderId + " for warehouse " + DemoData.WAREHOUSE
                + " to Order Management", Map.of("orderId", orderId), "Accepted.");

        boolean customer = ports.orderManagement().isOrderManagementCustomer(CUSTOMER);
        step("The supplier checks that customer " + CUSTOMER + " uses Order Management",
                Map.of("isOrderManagementCustomer", customer), customer ? "Yes." : "No.");

        Order read = ports.orderManagement().order(CUSTOMER, orderId);
        step("The supplier reads the order", read, TextFormat.order(read));

        List<OrderLine> lines = ports.orderManagement().orderLines(CUSTOMER, orderId);
        step("The supplier reads the order's lines", lines, TextFormat.lines(lines));

        BookingConfirmation booked = ports.booking().book(BookingRequest.test(consignment(orderId, now)));
        step("The supplier books a consignment for the order (test booking, customer " + BOOKING_CUSTOMER + ")",
                booked, TextFormat.confirmation(booked));

        PackingList packingList = new PackingList(booked.consignmentNumber(),
                booked.packages().stream().map(BookedPackage::packageNumber).findFirst(),
                lines.stream().map(l -> PackingListItem.of(l.articleLineId(), l.remaining())).toList(), List.of());
        ports.orderManagement().addPackingList(CUSTOMER, orderId, packingList);
        step("The supplier adds the packing list with consignment number " + booked.consignmentNumber(), packingList,
                TextFormat.packingList(packingList));

        TrackingEvent event = TrackingEvent.of(booked.consignmentNumber(), EventType.HANDED_IN, "Selger Norge AS", now);
        ports.orderManagement().sendEvent(event);
        step("The supplier sends a tracking event: " + event.eventType() + " for " + event.consignmentId(), event, "Accepted.");

        SenderStatus status = ports.orderManagement().senderStatus(CUSTOMER, orderId);
        step("The customer follows the order's sender status", Map.of("senderStatus", status),
                "Order " + orderId + " is " + status + (status == SenderStatus.LOCKED ? ": fully delivered." : "."));

        List<ArticleBalance> stock = new ArrayList<>();
        for (String article : List.of(HD_DECODER, HDMI_CABLE)) {
            ports.warehousing().articleBalance(CUSTOMER, article).ifPresent(stock::add);
        }
        step("The customer checks the stock of the ordered articles in warehouse " + DemoData.WAREHOUSE, stock,
                TextFormat.balances(stock));

        PickupConfirmation pickup = ports.pickups().orderPickup(pickup(now));
        step("The supplier orders a pickup for tomorrow", pickup, TextFormat.pickup(pickup));
        return List.copyOf(steps);
    }

    private void step(String title, Object result, String text) {
        Step step = new Step(steps.size() + 1, title, result, text);
        steps.add(step);
        onStep.accept(step);
    }

    static Order order(String orderId, Instant now) {
        Party buyer = Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Johan Berentsensvei 4").postalCode("5161")
                        .city("LAKSEVÅG").countryCode("NO").build()).build();
        Party delivery = Party.builder(PartyRole.DELIVERY_PARTY).name("Kjøper AS/Laksevåg")
                .address(buyer.addresses().get(0)).build();
        Party supplier = Party.builder(PartyRole.SUPPLIER).partyId("104520").name("Selger Norge AS")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Nedre Storgate 37").postalCode("3015")
                        .city("DRAMMEN").countryCode("NO").build()).build();
        return Order.builder(orderId)
                .reference(Reference.of("ON", orderId))
                .documentDate(now)
                .deliveryDateRequested(now.plus(Duration.ofDays(3)))
                .termsOfDelivery(TermsOfDelivery.incoterms("FCA"))
                .transportService(new TransportService("SERVICEPAKKE", List.of("EVARSLING")))
                .transportLeg(TransportLeg.of(ModeOfTransport.ROAD, List.of(
                        new Location(Location.START_LOCATION, Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location(Location.END_LOCATION, Optional.of("5161"), Optional.of("LAKSEVÅG"), Optional.of("NO")))))
                .party(buyer).party(delivery).party(supplier)
                .party(Party.builder(PartyRole.PERFORMING_UNIT).partyId(DemoData.WAREHOUSE).build())
                .line(line("1", HD_DECODER, "ADB ABX-2720W HD dekoder", 2, "1290"))
                .line(line("2", HDMI_CABLE, "HDMI 2m M-M", 3, "149"))
                .build();
    }

    private static OrderLine line(String lineId, String article, String name, int quantity, String price) {
        return OrderLine.builder(lineId).articleId(ArticleId.customerItemNo(article)).articleName(name)
                .description(Description.of(name)).quantity(Quantity.of(quantity, "STK"))
                .unitPrice(Money.of(new BigDecimal(price), "NOK")).build();
    }

    static Consignment consignment(String orderId, Instant now) {
        return Consignment.builder().correlationId(orderId)
                .shippingDateTime(now.plus(Duration.ofHours(1)))
                .sender(BookingParty.builder().name("Selger Norge AS").addressLine("Nedre Storgate 37").postalCode("3015")
                        .city("DRAMMEN").countryCode("NO").reference(orderId)
                        .contact(BookingContact.of("Ola Selger", "ordre@selger.example", "+4791234567")).build())
                .recipient(BookingParty.builder().name("Kjøper AS/Laksevåg").addressLine("Johan Berentsensvei 4")
                        .postalCode("5161").city("LAKSEVÅG").countryCode("NO")
                        .contact(BookingContact.of("Kari Kjøper", "mottak@kjoper.example", "+4798765432")).build())
                .product(Product.of("5000", BOOKING_CUSTOMER))
                .addPackage(BookingPackage.builder().correlationId(orderId + "-1").weightInKg("3.5")
                        .goodsDescription("HD decoders and HDMI cables").dimensions(20, 30, 40).build())
                .build();
    }

    private static PickupOrder pickup(Instant now) {
        return PickupOrder.builder(PickupService.PARCEL).countryCode("NO").customer(BOOKING_CUSTOMER, "Selger Norge AS")
                .address(PickupAddress.of("Nedre Storgate 37", "3015", "DRAMMEN", "ordre@selger.example", "+4791234567")
                        .withMessageToDriver("Varemottak i bakgården"))
                .pickupDate(BringTime.today(now).plusDays(1)).readyAt(LocalTime.of(14, 0)).timeZone(BringTime.ZONE)
                .details(PickupDetails.packages(PickupItems.of(1, 3500)))
                .build();
    }
}
