package dev.bringport.ports.contract;

import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.ModeOfTransport;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.domain.BringTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The data the contract suite works with, taken from Bring's documented examples: the order
 * {@code 11873875-status_med_2} of the Order Management page, the article balances of the
 * Warehousing page, the booking and pickup examples and the demo customers 5 and 6 of the
 * Booking page.
 */
public final class ContractExamples {

    /** The Order Management page's example customer number. */
    public static final String CUSTOMER = "10000000000";
    /** A customer number of another user. */
    public static final String OTHER_CUSTOMER = "20000000000";
    /** The Order Management page's example order id. */
    public static final String ORDER_ID = "11873875-status_med_2";
    /** The warehouse of the example order ({@code Reference WS BERGER}). */
    public static final String WAREHOUSE = "BERGER";

    private ContractExamples() {
    }

    /**
     * The example order with quantities (4, 1 and 3 STK) on its three lines, every field a new
     * order needs, addressed to the BERGER warehouse.
     *
     * @param orderId the order id
     * @return the order
     */
    public static Order order(String orderId) {
        Instant documentDate = Instant.parse("2017-11-19T18:22:51.355Z");
        return Order.builder(orderId)
                .reference(new Reference("ACD", "0003277", Optional.of("Additional reference number")))
                .reference(new Reference("WS", WAREHOUSE, Optional.of("Warehouse storage location number")))
                .documentDate(documentDate)
                .deliveryDateRequested(documentDate.plus(Duration.ofDays(7)))
                .termsOfDelivery(TermsOfDelivery.incoterms("FOB"))
                .transportService(new TransportService("SERVICEPAKKE", List.of("EVARSLING")))
                .transportLeg(TransportLeg.of(ModeOfTransport.ROAD, List.of(
                        new Location(Location.START_LOCATION, Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location(Location.END_LOCATION, Optional.of("5161"), Optional.of("LAKSEVÅG"), Optional.of("NO")))))
                .party(party(PartyRole.DELIVERY_PARTY, "104520", "Selger Norge AS", "Nedre Storgate 37", "3015", "DRAMMEN"))
                .party(party(PartyRole.ORDERING_PARTY, null, "Kjøper AS/Laksevåg", "Johan Berentsensvei 4", "5161", "LAKSEVÅG"))
                .party(party(PartyRole.SUPPLIER, "104520", "Selger Norge AS", "Nedre Storgate 37", "3015", "DRAMMEN"))
                .party(Party.builder(PartyRole.PERFORMING_UNIT).partyId(WAREHOUSE).build())
                .line(line("1", "100001", "2200001", "STAR B 90/190 V AC/R S51 SØLV", 4, "23.0"))
                .line(line("2", "100002", "3300001", "STAR B 80/190 H AC/R S51 SØLV", 1, "42.0"))
                .line(line("3", "100003", "4400001", "STAR B 90/190 V AC/R S51 SØLV", 3, "55.0"))
                .build();
    }

    /**
     * The example order as an Original message of the example customer.
     *
     * @param orderId the order id
     * @param now     when the message is sent
     * @return the message
     */
    public static OrderMessage originalOrder(String orderId, Instant now) {
        return new OrderMessage(OrderType.PURCHASE_ORDER, "3dcc8b71-2bf7-4574-813d-9295bd5db8c0", CUSTOMER, now,
                order(orderId));
    }

    private static Party party(PartyRole role, String partyId, String name, String street, String postalCode,
                               String city) {
        return Party.builder(role).partyId(partyId).name(name)
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street(street).postalCode(postalCode)
                        .city(city).countryCode("NO").build())
                .build();
    }

    private static OrderLine line(String articleLineId, String customerItemNo, String vendorItemNo, String text,
                                  int quantity, String price) {
        return OrderLine.builder(articleLineId)
                .articleId(ArticleId.customerItemNo(customerItemNo))
                .articleId(new ArticleId(vendorItemNo, ArticleIdType.VENDOR_ITEM_NO))
                .description(Description.of(text))
                .quantity(Quantity.of(quantity, "STK"))
                .unitPrice(Money.of(new BigDecimal(price), "NOK"))
                .build();
    }

    /**
     * The article balances of the Warehousing page's "all articles" example (a selection).
     *
     * @return the balances
     */
    public static List<ArticleBalance> articleBalances() {
        Instant at = Instant.parse("2017-05-02T23:37:17Z");
        return List.of(
                ArticleBalance.inStock("5300363", "ADB 5812WX Dekoder PVR", new BigDecimal("251"), at),
                ArticleBalance.inStock("5300311", "HD dekoder", new BigDecimal("5896"), at),
                ArticleBalance.inStock("5300601", "HDMI 2m M-M", new BigDecimal("887"), at),
                ArticleBalance.inStock("5300531", "ZyXEL strømforsyning til hjemm", new BigDecimal("211"), at));
    }

    /**
     * The demo customers 5 (Norway) and 6 (Sweden) with the products the Booking page lists.
     *
     * @return the customers
     */
    public static List<BookingCustomer> bookingCustomers() {
        return List.of(
                new BookingCustomer("5", "Demo customer (00000000005)", "NO", List.of("3570", "3584", "4850", "5000",
                        "5600", "5800", "9000", "9300", "9600", "9650", "BUSINESS_HALFPALLET", "BUSINESS_PALLET",
                        "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK", "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900",
                        "EXPRESS_NORDIC_0900_BULK", "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL", "PICKUP_PARCEL_BULK")),
                new BookingCustomer("6", "Demo customer (00000000006)", "SE", List.of("0345", "BUSINESS_HALFPALLET",
                        "BUSINESS_PALLET", "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK", "BUSINESS_QUARTERPALLET",
                        "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK", "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL",
                        "PICKUP_PARCEL_BULK")));
    }

    /** @return the sender of the Booking page's examples */
    public static BookingParty sender() {
        return BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("0263")
                .city("OSLO").countryCode("NO").reference("1234")
                .contact(BookingContact.of("Trond Nordmann", "trond@nordmanntest.no", "99999999")).build();
    }

    /** @return the recipient of the Booking page's examples */
    public static BookingParty recipient() {
        return BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                .addressLine2("c/o Tina Mottaker").postalCode("0659").city("OSLO").countryCode("NO")
                .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", "88888888")).build();
    }

    /** @return the package of the Booking page's examples: 1.1 kg, 13 x 23 x 10 cm */
    public static BookingPackage parcel() {
        return BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("1.1")
                .goodsDescription("Testing equipment").dimensions(13, 23, 10).build();
    }

    /**
     * A consignment without packages: Business parcel (5000) of demo customer 5 from Oslo to Oslo,
     * ready for transport a day after now.
     *
     * @param now Bring's now
     * @return a builder holding the consignment, to vary it
     */
    public static Consignment.Builder consignment(Instant now) {
        return Consignment.builder().correlationId("INTERNAL-123456")
                .shippingDateTime(now.plus(Duration.ofDays(1)))
                .sender(sender()).recipient(recipient())
                .product(Product.of("5000", "5"));
    }

    /**
     * A test booking of {@link #consignment(Instant)} with the example {@link #parcel()}.
     *
     * @param now Bring's now
     * @return the request
     */
    public static BookingRequest booking(Instant now) {
        return BookingRequest.test(consignment(now).addPackage(parcel()).build());
    }

    /**
     * A test booking that breaks four of Bring's rules at once: no shipping date
     * ({@code BOOK-INPUT-012}), no sender ({@code BOOK-INPUT-006}), no recipient
     * ({@code BOOK-INPUT-007}) and a cargo package (Stykkgods til bedrift, 5100) without weight
     * ({@code BOOK-INPUT-002}).
     *
     * @return the request
     */
    public static BookingRequest bookingBreakingFourRules() {
        return BookingRequest.test(Consignment.builder().product(Product.of("5100", "5"))
                .addPackage(BookingPackage.builder().volumeInDm3(new BigDecimal("120")).build()).build());
    }

    /**
     * The Booking page's pickup example as a parcel pickup of demo customer 5 tomorrow.
     *
     * @param now Bring's now
     * @return a builder holding the order, to vary it
     */
    public static PickupOrder.Builder pickup(Instant now) {
        return PickupOrder.builder(PickupService.PARCEL)
                .countryCode("NO")
                .customer("5", "Norsk Bedrift AS")
                .address(PickupAddress.of("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com", "+4712345678")
                        .withMessageToDriver("Hentes på baksiden"))
                .pickupDate(tomorrow(now))
                .timeZone(ZoneId.of("Europe/Oslo"))
                .details(PickupDetails.packages(PickupItems.of(2, 1000)));
    }

    /**
     * The day after now, in Norway.
     *
     * @param now Bring's now
     * @return tomorrow
     */
    public static LocalDate tomorrow(Instant now) {
        return BringTime.today(now).plusDays(1);
    }
}
