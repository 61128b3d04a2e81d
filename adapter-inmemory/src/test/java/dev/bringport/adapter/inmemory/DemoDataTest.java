package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.BringExampleFiles.at;
import static dev.bringport.adapter.inmemory.BringExampleFiles.objects;
import static dev.bringport.adapter.inmemory.BringExampleFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo dataset ({@link InMemoryBring#withDemoData()}) holds Bring's documented examples, read
 * here from copies of Bring's own files (see {@code bring-examples/README.md}) rather than retyped:
 * order {@code 11873875-status_med_2} of customer 10000000000 with its parties, references, date,
 * terms and lines; that order in warehouse BERGER, Picked; the Warehousing page's article balances;
 * and the Booking page's demo customers 5 and 6.
 */
class DemoDataTest {

    private static final String CUSTOMER = "10000000000";
    private static final String ORDER_ID = "11873875-status_med_2";

    private final InMemoryBring bring = InMemoryBring.withDemoData();
    private final Map<String, Object> exampleOrder = read("retrieve_order.json");

    @Test
    void theExampleCustomerIsAnOrderManagementCustomerOfTheDefaultUser() {
        assertThat(bring.orderManagement().isOrderManagementCustomer(CUSTOMER)).isTrue();
        assertThat(bring.orderManagement().order(CUSTOMER, ORDER_ID).orderId())
                .isEqualTo(at(exampleOrder, "OrderSet", "Order", "orderId"));
    }

    @Test
    void theExampleOrderHasThePagesReferencesDocumentDateAndTerms() {
        Order order = bring.orderManagement().order(CUSTOMER, ORDER_ID);

        List<Reference> documented = objects(exampleOrder, "OrderSet", "Order", "Reference").stream()
                .map(r -> new Reference((String) r.get("referenceType"), (String) r.get("ReferenceNo"),
                        Optional.of((String) r.get("Text")))).toList();
        assertThat(order.references()).containsExactlyElementsOf(documented);
        assertThat(order.references()).extracting(Reference::type).containsExactly("ACD", "AAO", "CMR", "WS");

        BigDecimal documentDate = (BigDecimal) at(exampleOrder, "OrderSet", "Order", "DateAndTimes", "Date");
        assertThat(order.date(OrderDate.DOCUMENT_DATE)).contains(Instant.ofEpochMilli(documentDate.longValueExact()))
                .contains(OffsetDateTime.parse("2017-11-19T19:22:51.355+01:00").toInstant());

        assertThat(order.termsOfDelivery()).containsExactly(TermsOfDelivery.incoterms((String) at(
                objects(exampleOrder, "OrderSet", "Order", "TermsOfDelivery").get(0), "TODConditionCode", "value")));
    }

    @Test
    void theExampleOrderHasThePagesParties() {
        Order order = bring.orderManagement().order(CUSTOMER, ORDER_ID);

        List<Map<String, Object>> documented = objects(exampleOrder, "OrderSet", "Party");
        assertThat(order.parties()).extracting(Party::role)
                .containsExactlyElementsOf(documented.stream().map(p -> PartyRole.of((String) p.get("subClass"))).toList());
        for (Map<String, Object> p : documented) {
            Party party = order.party(PartyRole.of((String) p.get("subClass"))).orElseThrow();
            assertThat(party.name()).contains((String) p.get("Name"));
            assertThat(party.partyId()).isEqualTo(text(p.get("partyId")));
            assertThat(party.addresses()).containsExactlyElementsOf(addresses(p));
        }
        assertThat(order.party(PartyRole.DELIVERY_PARTY).flatMap(Party::name)).contains("Selger Norge AS");
        assertThat(order.party(PartyRole.ORDERING_PARTY).flatMap(Party::name)).contains("Kjøper AS/Laksevåg");
        assertThat(order.party(PartyRole.SUPPLIER).flatMap(Party::name)).contains("Selger Norge AS");
        assertThat(order.party(PartyRole.TRANSPORT_COMPANY).flatMap(Party::name)).contains("BCN");
    }

    @Test
    void theExampleOrderHasThePagesTransportLeg() {
        Order order = bring.orderManagement().order(CUSTOMER, ORDER_ID);

        Object leg = at(exampleOrder, "OrderSet", "TransportLeg");
        assertThat(order.transportLeg().orElseThrow().modeOfTransport().orElseThrow().code())
                .isEqualTo(at(leg, "ModeOfTransport", "value"));
        assertThat(order.transportLeg().orElseThrow().locations()).containsExactlyElementsOf(
                objects(leg, "Location").stream().map(l -> new Location((String) l.get("subClass"),
                        text(l.get("locationId")), text(l.get("LocationName")), text(at(l, "CountryCode", "value"))))
                        .toList());
    }

    @Test
    void theExampleOrderHasThePagesLinesArticlesDescriptionsPricesAndQuantities() {
        List<OrderLine> lines = bring.orderManagement().orderLines(CUSTOMER, ORDER_ID);

        List<Map<String, Object>> documented = objects(objects(exampleOrder, "OrderSet", "OrderLineSet").get(0), "OrderItem");
        List<Map<String, Object>> quantities = objects(objects(read("retrieve_orderitems.json"), "PurchaseOrderItem",
                "OrderLineSet").get(0), "OrderItem");
        assertThat(lines).extracting(OrderLine::articleLineId).containsExactly("1", "2", "3")
                .containsExactlyElementsOf(documented.stream().map(i -> (String) i.get("articleLineId")).toList());
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            Map<String, Object> item = documented.get(i);
            assertThat(line.articleIds()).containsExactlyElementsOf(objects(item, "ArticleId").stream()
                    .map(a -> new ArticleId((String) a.get("value"),
                            ArticleIdType.fromBring((String) a.get("codeListAgencyIdentifier")))).toList());
            // The Warehousing page writes "STAR B  90/190" with two spaces, the Order Management page with one.
            String description = (String) at(objects(objects(item, "Description").get(0), "Text").get(0), "value");
            assertThat(line.description().orElseThrow().text()).isEqualTo(description.replaceAll(" +", " "));
            Object price = at(item, "ArticleMonetaryAmounts", "UnitPrice");
            assertThat(line.unitPrice().orElseThrow().amount()).isEqualByComparingTo((BigDecimal) at(price, "value"));
            assertThat(line.unitPrice().orElseThrow().currency()).contains((String) at(price, "currencyIdentificationCode"));
            assertThat(line.quantity().orElseThrow().value())
                    .isEqualByComparingTo((BigDecimal) quantities.get(i).get("ArticleQuantity"));
        }
        assertThat(lines).extracting(l -> l.articleIds().get(0).value()).containsExactly("100001", "100002", "100003");
        assertThat(lines).extracting(l -> l.articleIds().get(1)).containsExactly(
                new ArticleId("2200001", ArticleIdType.VENDOR_ITEM_NO), new ArticleId("3300001", ArticleIdType.VENDOR_ITEM_NO),
                new ArticleId("4400001", ArticleIdType.VENDOR_ITEM_NO));
        assertThat(lines).extracting(l -> l.unitPrice().orElseThrow().amount().intValue()).containsExactly(23, 42, 55);
    }

    @Test
    void theExampleOrderIsPickedInWarehouseBergerAndStillOpen() {
        Order inWarehouse = bring.warehousing().order(CUSTOMER, ORDER_ID);

        assertThat(inWarehouse.warehouse()).contains("BERGER");
        assertThat(inWarehouse.status()).contains(new OrderStatus((String) at(exampleOrder, "OrderSet", "Order", "OrderStatus")))
                .contains(OrderStatus.PICKED);
        assertThat(bring.orderManagement().senderStatus(CUSTOMER, ORDER_ID)).isEqualTo(SenderStatus.OPEN);
    }

    @Test
    void theStockHoldsTheWarehousingPagesArticleBalances() {
        List<Map<String, Object>> documented = new ArrayList<>(
                objects(read("retrieve_articlebalance_all.json"), "ArticleBalanceSet", "ArticleBalance"));
        objects(read("retrieve_articlebalance_search.json"), "ArticleBalanceSet", "ArticleBalance").stream()
                .filter(b -> documented.stream().noneMatch(d -> d.get("ArticleNumber").equals(b.get("ArticleNumber"))))
                .forEach(documented::add);

        List<ArticleBalance> stock = bring.warehousing().articleBalances(CUSTOMER);

        assertThat(stock).extracting(ArticleBalance::articleNumber).containsExactlyInAnyOrderElementsOf(
                documented.stream().map(b -> (String) b.get("ArticleNumber")).toList());
        for (Map<String, Object> d : documented) {
            ArticleBalance b = stock.stream().filter(s -> s.articleNumber().equals(d.get("ArticleNumber"))).findFirst()
                    .orElseThrow();
            assertThat(List.of(b.physicalBalance(), b.allocatedBalance(), b.inOrderBalance(), b.freeBalance()))
                    .as("balances of %s", b.articleNumber()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly((BigDecimal) d.get("PhysicalBalance"), (BigDecimal) d.get("AllocatedBalance"),
                            (BigDecimal) d.get("InOrderBalance"), (BigDecimal) d.get("FreeBalance"));
            assertThat(b.created()).contains(OffsetDateTime.parse((String) d.get("CreatedDateTime")).toInstant());
            assertThat(b.lastUpdated()).contains(OffsetDateTime.parse((String) d.get("LastUpdatedDateTime")).toInstant());
        }
        assertThat(bring.warehousing().articleBalance(CUSTOMER, "5300601")).hasValueSatisfying(b -> {
            assertThat(b.articleName()).contains("HDMI 2m M-M");
            assertThat(b.physicalBalance()).isEqualByComparingTo("887");
        });
    }

    @Test
    void theStockHasTheArticleNamesOfTheAllArticlesExample() {
        List<Map<String, Object>> all = objects(read("retrieve_articlebalance_all.json"), "ArticleBalanceSet",
                "ArticleBalance");

        for (Map<String, Object> d : all) {
            assertThat(bring.warehousing().articleBalance(CUSTOMER, (String) d.get("ArticleNumber")))
                    .hasValueSatisfying(b -> assertThat(b.articleName()).contains((String) d.get("ArticleName")));
        }
    }

    @Test
    void aSearchForHdFindsTheTwoArticlesOfThePagesSearchExample() {
        List<String> documented = objects(read("retrieve_articlebalance_search.json"), "ArticleBalanceSet",
                "ArticleBalance").stream().map(b -> (String) b.get("ArticleNumber")).toList();

        assertThat(bring.warehousing().searchArticleBalances(CUSTOMER, "HD")).extracting(ArticleBalance::articleNumber)
                .containsExactlyInAnyOrderElementsOf(documented).containsExactlyInAnyOrder("5300311", "5300601");
    }

    @Test
    void theBookingCustomersAreTheBookingPagesDemoCustomers() {
        List<BookingCustomer> documented = objects(read("booking_customers_response.json"), "customers").stream()
                .map(c -> new BookingCustomer((String) c.get("customerNumber"), (String) c.get("name"),
                        (String) c.get("countryCode"), strings(c.get("products")))).toList();

        assertThat(bring.booking().customers()).isEqualTo(documented);
        assertThat(bring.booking().customers()).extracting(BookingCustomer::customerNumber, BookingCustomer::countryCode)
                .containsExactly(tuple("5", "NO"), tuple("6", "SE"));
    }

    @Test
    void eachDemoBringIsItsOwn() {
        InMemoryBring another = InMemoryBring.withDemoData();
        bring.orderManagement().addPackingList(CUSTOMER, ORDER_ID, ExampleOrders.packing(ExampleOrders.CONSIGNMENT, "1", 4));

        assertThat(another.orderManagement().orderLines(CUSTOMER, ORDER_ID).get(0).remaining()).isEqualByComparingTo("4");
        assertThat(another.received().packingLists()).isEmpty();
    }

    // --- reading Bring's JSON ------------------------------------------------------------------

    private static Optional<String> text(Object value) {
        return Optional.ofNullable((String) value).filter(s -> !s.isBlank());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** A party's addresses as the example gives them, without the empty ones Bring sends. */
    @SuppressWarnings("unchecked")
    private static List<Address> addresses(Map<String, Object> party) {
        return objects(party, "Address").stream().map(a -> {
            Address.Builder b = Address.builder(AddressType.fromBring((String) a.get("subClass")));
            text(a.get("Street")).ifPresent(b::street);
            Stream.ofNullable((List<String>) a.get("AddressLine")).flatMap(List::stream)
                    .filter(l -> l != null && !l.isBlank()).forEach(b::addressLine);
            text(a.get("PostalCode")).ifPresent(b::postalCode);
            text(a.get("City")).ifPresent(b::city);
            text(at(a, "CountryCode", "value")).ifPresent(b::countryCode);
            return b.build();
        }).filter(a -> !a.isEmpty()).toList();
    }
}
