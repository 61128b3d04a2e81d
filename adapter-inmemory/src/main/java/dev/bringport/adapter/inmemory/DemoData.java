package dev.bringport.adapter.inmemory;

import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.ModeOfTransport;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo dataset, mirroring Bring's documented examples: Order Management customer
 * {@value #CUSTOMER} owning order {@value #ORDER_ID} of the Order Management page (its parties,
 * references, transport leg, lines and prices; the quantities 4, 1 and 3 are those of the page's
 * "List order lines" example), the article balances of the Warehousing page in that customer's
 * warehouse {@value #WAREHOUSE}, and the Booking page's demo customers 5 and 6 with their products.
 */
public final class DemoData {

    /** The Order Management page's example customer number. */
    public static final String CUSTOMER = "10000000000";
    /** The Order Management page's example order. */
    public static final String ORDER_ID = "11873875-status_med_2";
    /** The example order's warehouse. */
    public static final String WAREHOUSE = "BERGER";

    private DemoData() {
    }

    static void seed(InMemoryBring bring) {
        bring.givenOrderManagementCustomer(CUSTOMER)
                .givenStock(CUSTOMER, articleBalances())
                .givenOrder(CUSTOMER, order())
                .givenBookingCustomers(bookingCustomers());
    }

    /**
     * Order {@value #ORDER_ID} as the Order Management page shows it.
     *
     * @return the order
     */
    public static Order order() {
        return Order.builder(ORDER_ID)
                .status(OrderStatus.PICKED)
                .reference(new Reference("ACD", "0003277", Optional.of("Additional reference number")))
                .reference(new Reference("AAO", "1234567,AVD.", Optional.of("Consignee's shipment reference number")))
                .reference(new Reference("CMR", "70707730124779733", Optional.of("Road consignment note number")))
                .reference(new Reference("WS", WAREHOUSE, Optional.of("Warehouse storage location number")))
                .date(new OrderDate(OrderDate.DOCUMENT_DATE, Instant.parse("2017-11-19T18:22:51.355Z")))
                .termsOfDelivery(TermsOfDelivery.incoterms("FOB"))
                .transportLeg(TransportLeg.of(ModeOfTransport.ROAD, List.of(
                        new Location(Location.START_LOCATION, Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location(Location.END_LOCATION, Optional.of("5161"), Optional.of("LAKSEVÅG"), Optional.of("NO")))))
                .party(seller(PartyRole.DELIVERY_PARTY))
                .party(Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("5161").city("LAKSEVÅG")
                                .countryCode("NO").street("Johan Berentsensvei 4").build())
                        .build())
                .party(seller(PartyRole.SUPPLIER))
                .party(Party.builder(PartyRole.TRANSPORT_COMPANY).name("BCN").build())
                .line(line("1", "100001", "2200001", "STAR B 90/190 V AC/R S51 SØLV Vidar igjen", 4, "23.0"))
                .line(line("2", "100002", "3300001", "STAR B 80/190 H AC/R S51 SØLV", 1, "42.0"))
                .line(line("3", "100003", "4400001", "STAR B 90/190 V AC/R S51 SØLV", 3, "55.0"))
                .build();
    }

    private static Party seller(PartyRole role) {
        return Party.builder(role).partyId("104520").name("Selger Norge AS")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("3015").city("DRAMMEN")
                        .countryCode("NO").addressLine("Nedre Storgate 37").build())
                .build();
    }

    private static OrderLine line(String articleLineId, String customerItemNo, String vendorItemNo, String text,
                                  int quantity, String price) {
        return OrderLine.builder(articleLineId)
                .articleId(new ArticleId(customerItemNo, ArticleIdType.CUSTOMER_ITEM_NO))
                .articleId(new ArticleId(vendorItemNo, ArticleIdType.VENDOR_ITEM_NO))
                .description(Description.of(text))
                .quantity(Quantity.of(quantity, "STK"))
                .unitPrice(Money.of(new BigDecimal(price), "NOK"))
                .build();
    }

    /**
     * The article balances of the Warehousing page: the "all articles" example and the article
     * that only its search example shows.
     *
     * @return the balances
     */
    public static List<ArticleBalance> articleBalances() {
        Instant at = Instant.parse("2017-05-02T23:37:17Z");
        return List.of(
                ArticleBalance.inStock("5300363", "ADB 5812WX Dekoder PVR", new BigDecimal("251"), at),
                ArticleBalance.inStock("5300311", "ADB ABX-2720W HD dekoder", new BigDecimal("5896"), at),
                ArticleBalance.inStock("5300352", "ADB ABX-2720WX PVR dekoder", new BigDecimal("758"), at),
                ArticleBalance.inStock("5300741", "Altibox emballasje for rekit Mellomstor", new BigDecimal("5484"), at),
                ArticleBalance.inStock("5301761", "Altibox WifiPluss Installasjon", new BigDecimal("720"), at),
                ArticleBalance.inStock("5300301", "CTS HET-3012BTFC", new BigDecimal("2"), at),
                ArticleBalance.inStock("5300531", "ZyXEL strømforsyning til hjemm", new BigDecimal("211"), at),
                ArticleBalance.inStock("5300601", "HDMI 2m M-M", new BigDecimal("887"), at));
    }

    /**
     * The Booking page's demo customers: 5 (parcels Norway) and 6 (Sweden), with their products.
     *
     * @return the customers
     */
    public static List<BookingCustomer> bookingCustomers() {
        List<String> nordic = List.of("BUSINESS_HALFPALLET", "BUSINESS_PALLET", "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK",
                "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK", "HOME_DELIVERY_PARCEL",
                "PICKUP_PARCEL", "PICKUP_PARCEL_BULK");
        List<String> norway = new java.util.ArrayList<>(List.of("3570", "3584", "4850", "5000", "5600", "5800", "9000",
                "9300", "9600", "9650"));
        norway.addAll(nordic);
        List<String> sweden = new java.util.ArrayList<>(List.of("0345"));
        sweden.addAll(nordic);
        return List.of(new BookingCustomer("5", "Demo customer (00000000005)", "NO", norway),
                new BookingCustomer("6", "Demo customer (00000000006)", "SE", sweden));
    }
}
