package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
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
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values Bring's documented examples hold, written out by hand from the example files: what
 * the adapter must read from them, field by field.
 */
final class DocumentedValues {

    /** {@code CreatedDateTime} and {@code LastUpdatedDateTime} of every documented balance: 2017-05-03T01:37:17+02:00. */
    static final Instant BALANCE_DATE = Instant.parse("2017-05-02T23:37:17Z");

    private DocumentedValues() {
    }

    /**
     * The order {@code 11873875-status_med_2} of {@code retrieve_order.json|xml} and of the page.
     *
     * @param spacing the space in the article texts: two in the example files ("STAR B  90/190"),
     *                one on the page ("STAR B 90/190")
     * @return the order
     */
    static Order order(String spacing) {
        return Order.builder("11873875-status_med_2")
                .status(new OrderStatus("Picked"))
                .reference(new Reference("ACD", "0003277", Optional.of("Additional reference number")))
                .reference(new Reference("AAO", "1234567,AVD.", Optional.of("Consignee's shipment reference number")))
                .reference(new Reference("CMR", "70707730124779733", Optional.of("Road consignment note number")))
                .reference(new Reference("WS", "BERGER", Optional.of("Warehouse storage location number")))
                // <Date>2017-11-19+01:00</Date><Time>19:22:51.355+01:00</Time>, and 1511115771355 in JSON
                .date(new OrderDate("DocumentDate", Instant.parse("2017-11-19T18:22:51.355Z")))
                .termsOfDelivery(new TermsOfDelivery(Optional.of("FOB"), Optional.of("Incoterms"), Optional.empty()))
                .transportLeg(new TransportLeg("30", Optional.of(new ModeOfTransport("3")), List.of(
                        new Location("StartLocation", Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location("EndLocation", Optional.of("5161"), Optional.of("LAKSEVÅG"), Optional.of("NO")))))
                .party(seller(PartyRole.DELIVERY_PARTY))
                .party(Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("5161").city("LAKSEVÅG")
                                .countryCode("NO").street("Johan Berentsensvei 4").build())
                        .build())
                .party(seller(PartyRole.SUPPLIER))
                .party(Party.builder(PartyRole.TRANSPORT_COMPANY).name("BCN").build())
                .line(line("1", "100001", "2200001", "STAR B" + spacing + "90/190 V AC/R S51 SØLV Vidar igjen", "23.0"))
                .line(line("2", "100002", "3300001", "STAR B" + spacing + "80/190 H AC/R S51 SØLV", "42.0"))
                .line(line("3", "100003", "4400001", "STAR B" + spacing + "90/190 V AC/R S51 SØLV", "55.0"))
                .build();
    }

    private static Party seller(PartyRole role) {
        return Party.builder(role).partyId("104520").name("Selger Norge AS")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("3015").city("DRAMMEN").countryCode("NO")
                        .addressLine("Nedre Storgate 37").build())
                .build();
    }

    private static OrderLine line(String articleLineId, String customerItemNo, String vendorItemNo, String text,
                                  String price) {
        return OrderLine.builder(articleLineId)
                .articleId(new ArticleId(customerItemNo, ArticleIdType.CUSTOMER_ITEM_NO))
                .articleId(new ArticleId(vendorItemNo, ArticleIdType.VENDOR_ITEM_NO))
                .description(new Description(text, Optional.of("AAA")))
                .unitPrice(Money.of(new BigDecimal(price), "NOK"))
                .build();
    }

    /** @return the lines of {@code retrieve_orderitems.json|xml} */
    static List<OrderLine> orderItems() {
        return List.of(item("1", 4, "Fjernkontroll TV"), item("2", 1, "HD Module 500"), item("3", 3, "HD dekoder"));
    }

    private static OrderLine item(String articleLineId, int quantity, String text) {
        return OrderLine.builder(articleLineId)
                .quantity(new Quantity(BigDecimal.valueOf(quantity), Optional.empty()))
                .remainingQuantity(BigDecimal.ZERO)
                .description(new Description(text, Optional.empty()))
                // <UnitPrice currencyIdentificationCode="">0.00</UnitPrice>: an amount without a currency
                .unitPrice(new Money(BigDecimal.ZERO, Optional.empty()))
                .build();
    }

    /** @return the packing list of {@code retrieve_packinglist.json|xml} */
    static List<PackingList> packingLists() {
        return List.of(PackingList.of("70707730122339403", List.of(
                PackingListItem.of("4", BigDecimal.ONE), PackingListItem.of("3", new BigDecimal("3")),
                PackingListItem.of("2", BigDecimal.ONE), PackingListItem.of("1", new BigDecimal("4")))));
    }

    /**
     * The balances of {@code retrieve_articlebalance_all.json|xml}. The two documents differ: the
     * JSON holds one article more (5300301, CTS HET-3012BTFC) than the XML.
     *
     * @param format which document
     * @return its balances, in its order
     */
    static List<ArticleBalance> allBalances(WireFormat format) {
        List<ArticleBalance> balances = new ArrayList<>(List.of(balance("5300363", "ADB 5812WX Dekoder PVR", 251),
                balance("5300311", "ADB ABX-2720W HD dekoder", 5896),
                balance("5300352", "ADB ABX-2720WX PVR dekoder", 758),
                balance("5300741", "Altibox emballasje for rekit Mellomstor", 5484),
                balance("5301761", "Altibox WifiPluss Installasjon", 720),
                balance("5300531", "ZyXEL strømforsyning til hjemm", 211)));
        if (format == WireFormat.JSON) {
            balances.add(5, balance("5300301", "CTS HET-3012BTFC", 2));
        }
        return balances;
    }

    /** @return the balance of {@code retrieve_articlebalance_one.json|xml} */
    static ArticleBalance oneBalance() {
        return balance("5300311", "HD dekoder", 5896);
    }

    /** @return the balances of {@code retrieve_articlebalance_search.json|xml} */
    static List<ArticleBalance> searchedBalances() {
        return List.of(balance("5300311", "HD dekoder", 5896), balance("5300601", "HDMI 2m M-M", 887));
    }

    /** Nothing allocated or in order: free is physical, as in every documented balance. */
    private static ArticleBalance balance(String number, String name, int physical) {
        return new ArticleBalance(number, Optional.of(name), BigDecimal.valueOf(physical), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.valueOf(physical), Optional.of(BALANCE_DATE), Optional.of(BALANCE_DATE));
    }
}
