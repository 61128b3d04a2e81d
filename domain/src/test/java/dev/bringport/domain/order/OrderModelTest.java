package dev.bringport.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bring's example order 11873875-status_med_2 (warehousing/examples/retrieve_order.xml), as parsed. */
class OrderModelTest {

    private static final Instant DOCUMENT_DATE = OffsetDateTime.parse("2017-11-19T19:22:51.355+01:00").toInstant();

    /** The delivery party as Bring sends it: empty VATNo, an empty PostalAddress, an empty Contact. */
    private static Party deliveryPartyAsBringSendsIt() {
        return Party.builder(PartyRole.of("DeliveryParty")).partyId("104520").name("Selger Norge AS").vatNo("")
                .address(Address.builder(AddressType.POSTAL_ADDRESS).stateOrRegion("").countryCode("").build())
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("3015").city("DRAMMEN").stateOrRegion("")
                        .countryCode("NO").addressLine("Nedre Storgate 37").build())
                .contact(Contact.builder().build())
                .plantId("")
                .build();
    }

    private static Order bringsOrder() {
        return Order.builder("11873875-status_med_2")
                .status(OrderStatus.PICKED)
                .reference(new Reference("WS", "BERGER", Optional.of("Warehouse storage location number")))
                .date(new OrderDate("DocumentDate", DOCUMENT_DATE))
                .termsOfDelivery(new TermsOfDelivery(Optional.of("FOB"), Optional.of("Incoterms"), Optional.of("")))
                .party(deliveryPartyAsBringSendsIt())
                .party(Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg").build())
                .party(Party.builder(PartyRole.of("PERFORMING_UNIT")).partyId("BERGER").build())
                .line(OrderLine.builder("1").articleId(ArticleId.customerItemNo("100001"))
                        .articleId(new ArticleId("2200001", ArticleIdType.fromBring("VendorItemNo")))
                        .description(Description.of("STAR B  90/190 V AC/R S51 SØLV Vidar igjen"))
                        .unitPrice(Money.of(new BigDecimal("23.0"), "NOK")).build())
                .line(OrderLine.builder("2").articleId(ArticleId.customerItemNo("100002")).build())
                .line(OrderLine.builder("3").articleId(ArticleId.customerItemNo("100003")).build())
                .build();
    }

    @Test
    void partyByRoleInEitherSpelling() {
        Order order = bringsOrder();

        assertThat(order.party(PartyRole.DELIVERY_PARTY)).map(Party::name).contains(Optional.of("Selger Norge AS"));
        assertThat(order.party(PartyRole.of("ORDERING_PARTY"))).map(Party::name).contains(Optional.of("Kjøper AS/Laksevåg"));
        assertThat(order.party(PartyRole.SUPPLIER)).isEmpty();
    }

    @Test
    void theWarehouseIsThePerformingUnitsPartyId() {
        assertThat(bringsOrder().warehouse()).contains("BERGER");
        assertThat(Order.builder("1").build().warehouse()).isEmpty();
        assertThat(Order.builder("1").party(Party.builder(PartyRole.PERFORMING_UNIT).partyId(" ").build()).build()
                .warehouse()).isEmpty();
    }

    @Test
    void dateByKind() {
        Order order = bringsOrder();

        assertThat(order.date(OrderDate.DOCUMENT_DATE)).contains(DOCUMENT_DATE);
        assertThat(order.date(OrderDate.DELIVERY_DATE_REQUESTED)).isEmpty();
    }

    @Test
    void lineByArticleLineIdAndOrderLineId() {
        Order order = Order.builder("12345678")
                .line(OrderLine.builder("10").orderLineId("1").build())
                .line(OrderLine.builder("10").orderLineId("2").build())
                .line(OrderLine.builder("30").build())
                .build();

        assertThat(order.line(Optional.of("2"), "10")).map(OrderLine::orderLineId).contains(Optional.of("2"));
        assertThat(order.line(Optional.of("1"), "10")).map(OrderLine::orderLineId).contains(Optional.of("1"));
        assertThat(order.line(Optional.of("3"), "10")).isEmpty();
        assertThat(order.line(Optional.empty(), "30")).isPresent();
        assertThat(order.line(Optional.of("7"), "30")).as("a line without order line id matches any").isPresent();
        assertThat(order.line(Optional.empty(), "40")).isEmpty();
    }

    @Test
    void linesOfBringsOrder() {
        Order order = bringsOrder();

        assertThat(order.line(Optional.empty(), "1")).hasValueSatisfying(line -> {
            assertThat(line.articleIds()).containsExactly(ArticleId.customerItemNo("100001"),
                    new ArticleId("2200001", ArticleIdType.VENDOR_ITEM_NO));
            assertThat(line.description()).contains(new Description("STAR B  90/190 V AC/R S51 SØLV Vidar igjen",
                    Optional.of("AAA")));
            assertThat(line.unitPrice()).contains(Money.of(new BigDecimal("23"), "NOK"));
        });
    }

    @ParameterizedTest(name = "ordered {0}, remaining {1}: {2} left")
    @CsvSource({
            "4,    0,    0",
            "4,    1.00, 1",
            "4,    ,     4",
            "251.00, ,   251",
            ",     ,     0",
            ",     2,    2"})
    void remaining(String ordered, String remaining, String expected) {
        OrderLine.Builder line = OrderLine.builder("1");
        if (ordered != null) {
            line.quantity(Quantity.of(new BigDecimal(ordered), "STK"));
        }
        if (remaining != null) {
            line.remainingQuantity(new BigDecimal(remaining));
        }

        assertThat(line.build().remaining()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void withRemainingQuantityKeepsTheRestOfTheLine() {
        OrderLine line = OrderLine.builder("1").orderLineId("1").articleId(ArticleId.customerItemNo("100001"))
                .quantity(Quantity.of(4, "STK")).build();

        OrderLine packed = line.withRemainingQuantity(new BigDecimal("1.0"));

        assertThat(packed.remainingQuantity()).contains(BigDecimal.ONE);
        assertThat(packed).isEqualTo(OrderLine.builder("1").orderLineId("1").articleId(ArticleId.customerItemNo("100001"))
                .quantity(Quantity.of(4, "STK")).remainingQuantity(new BigDecimal("1")).build());
    }

    @Test
    void aLineDropsBlankOrderLineIdAndArticleName() {
        OrderLine line = OrderLine.builder("1").orderLineId(" ").articleName("").build();

        assertThat(line.orderLineId()).isEmpty();
        assertThat(line.articleName()).isEmpty();
    }

    @Test
    void aPartyDropsEmptyAddressesContactsAndBlankParts() {
        Party party = deliveryPartyAsBringSendsIt();

        assertThat(party.vatNo()).isEmpty();
        assertThat(party.plantId()).isEmpty();
        assertThat(party.contacts()).isEmpty();
        assertThat(party.addresses()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AddressType.PHYSICAL_ADDRESS);
            assertThat(a.stateOrRegion()).isEmpty();
            assertThat(a.addressLines()).containsExactly("Nedre Storgate 37");
        });
        assertThat(party.address(AddressType.POSTAL_ADDRESS)).isEmpty();
        assertThat(party.address(AddressType.PHYSICAL_ADDRESS)).map(Address::city).contains(Optional.of("DRAMMEN"));
    }

    @Test
    void anAddressDropsBlankParts() {
        Address address = Address.builder(AddressType.PHYSICAL_ADDRESS).street(" ").streetNo("").addressLine("")
                .addressLine("Nedre Storgate 37").addressLine("  ").postalCode("3015").city("DRAMMEN").zipCode("")
                .stateOrRegion(" ").countryCode("NO").poBox("").postOffice("").build();

        assertThat(address.street()).isEmpty();
        assertThat(address.streetNo()).isEmpty();
        assertThat(address.addressLines()).containsExactly("Nedre Storgate 37");
        assertThat(address.zipCode()).isEmpty();
        assertThat(address.stateOrRegion()).isEmpty();
        assertThat(address.poBox()).isEmpty();
        assertThat(address.postOffice()).isEmpty();
        assertThat(address.isEmpty()).isFalse();
    }

    @Test
    void anAddressOfBlanksIsEmpty() {
        assertThat(Address.builder(AddressType.POSTAL_ADDRESS).stateOrRegion("").countryCode("").addressLine(" ")
                .build().isEmpty()).isTrue();
        assertThat(Address.builder(AddressType.POSTAL_ADDRESS).poBox("123").build().isEmpty()).isFalse();
    }

    @Test
    void aContactDropsBlankParts() {
        Contact contact = Contact.builder().name("Trond Nordmann").function(" ").phone("").cellPhone("+4712345678")
                .telefax("").email("trond@nordmanntest.no").web(" ").build();

        assertThat(contact.name()).contains("Trond Nordmann");
        assertThat(contact.function()).isEmpty();
        assertThat(contact.phone()).isEmpty();
        assertThat(contact.cellPhone()).contains("+4712345678");
        assertThat(contact.telefax()).isEmpty();
        assertThat(contact.email()).contains("trond@nordmanntest.no");
        assertThat(contact.web()).isEmpty();
        assertThat(contact.isEmpty()).isFalse();
        assertThat(Contact.builder().name(" ").email("").build().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "DELIVERY_PARTY,         DeliveryParty",
            "DeliveryParty,          DeliveryParty",
            "deliveryparty,          DeliveryParty",
            "ORDERING_PARTY,         OrderingParty",
            "SUPPLIER,               Supplier",
            "PERFORMING_UNIT,        PerformingUnit",
            "TRANSPORT_COMPANY,      TransportCompany",
            "MESSAGE_COPY_RECIPIENT, MessageCopyRecipient",
            "CUSTOMS_BROKER,         CustomsBroker",
            "CustomsBroker,          CustomsBroker"})
    void partyRoleIsCanonical(String given, String canonical) {
        assertThat(PartyRole.of(given).name()).isEqualTo(canonical);
        assertThat(PartyRole.of(given)).hasToString(canonical);
    }

    @Test
    void partyRoleConstantsEqualTheirJsonSpelling() {
        assertThat(PartyRole.of("DELIVERY_PARTY")).isEqualTo(PartyRole.DELIVERY_PARTY);
        assertThat(PartyRole.of("PERFORMING_UNIT")).isEqualTo(PartyRole.PERFORMING_UNIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aBlankPartyRoleIsRejected(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyRole.of(blank));
    }

    @ParameterizedTest
    @CsvSource({
            "DOCUMENT_DATE,             DocumentDate",
            "DocumentDate,              DocumentDate",
            "DELIVERY_DATE_REQUESTED,   DeliveryDateRequested",
            "ESTIMATED_TIME_OF_DELIVERY, EstimatedTimeOfDelivery"})
    void orderDateKindIsCanonical(String given, String canonical) {
        assertThat(new OrderDate(given, DOCUMENT_DATE).subClass()).isEqualTo(canonical);
    }

    @Test
    void anOrderDateGivenInJsonSpellingIsFoundByItsConstant() {
        Order order = Order.builder("1").date(new OrderDate("DOCUMENT_DATE", DOCUMENT_DATE)).build();

        assertThat(order.date(OrderDate.DOCUMENT_DATE)).contains(DOCUMENT_DATE);
    }

    @Test
    void locationKindIsCanonicalAndBlankPartsAbsent() {
        Location start = new Location("START_LOCATION", Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of(""));

        assertThat(start.subClass()).isEqualTo(Location.START_LOCATION);
        assertThat(start.countryCode()).isEmpty();
    }

    @Test
    void termsOfDeliveryDropBlankParts() {
        // <TODLocation></TODLocation>
        TermsOfDelivery fob = new TermsOfDelivery(Optional.of("FOB"), Optional.of("Incoterms"), Optional.of(""));

        assertThat(fob).isEqualTo(TermsOfDelivery.incoterms("FOB"));
        assertThat(fob.location()).isEmpty();
    }

    @Test
    void aReferenceDropsBlankText() {
        assertThat(new Reference("CMR", "70707730124779733", Optional.of(" "))).isEqualTo(
                Reference.of("CMR", "70707730124779733"));
    }

    @Test
    void aDescriptionOfAnArticleHasUsageCodeAAA() {
        assertThat(Description.of("HD dekoder").usageCode()).contains(Description.ARTICLE_DESCRIPTION);
        assertThat(new Description("HD dekoder", Optional.of("")).usageCode()).isEmpty();
    }

    @Test
    void anOrderNeedsAnOrderId() {
        assertThatIllegalArgumentException().isThrownBy(() -> Order.builder(" ").build());
        assertThatNullPointerException().isThrownBy(() -> Order.builder(null).build());
    }

    @Test
    void anOrderStatusMustNotBeBlank() {
        assertThat(new OrderStatus("EDIIMPORTED")).hasToString("EDIIMPORTED");
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderStatus(""));
    }

    @Test
    void theListsOfAnOrderCannotBeChanged() {
        Order order = bringsOrder();

        assertThatThrownBy(() -> order.lines().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.parties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderCopiesEverything() {
        Order order = bringsOrder().withStatus(OrderStatus.SHIPPED).withSenderStatus(SenderStatus.LOCKED);

        assertThat(order.toBuilder().build()).isEqualTo(order);
        assertThat(order.status()).contains(OrderStatus.SHIPPED);
        assertThat(order.senderStatus()).contains(SenderStatus.LOCKED);
    }

    @Test
    void anOrderMessageDefaultsAndConstants() {
        OrderMessage message = OrderMessage.of(OrderType.PURCHASE_ORDER, "10000000000", DOCUMENT_DATE,
                Order.builder("101010").updateIndicator(UpdateIndicator.UPDATE).build());

        assertThat(message.updateIndicator()).isEqualTo(UpdateIndicator.UPDATE);
        assertThat(OrderMessage.VERSION).isEqualTo("2.0");
        assertThat(OrderMessage.MESSAGE_RECIPIENT).isEqualTo("NO98466118506");
        assertThat(List.of(message.messageId(), OrderMessage.of(OrderType.ORDER, "1", DOCUMENT_DATE,
                Order.builder("1").build()).messageId())).doesNotHaveDuplicates();
    }
}
