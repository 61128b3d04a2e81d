package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_002;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_011;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the CreateOrderRequest field table on the Order Management page. The valid order
 * is Bring's example order 11873875-status_med_2 (warehousing/examples/retrieve_order.xml) with the
 * quantities of its order items, sent as a PurchaseOrder.
 */
class OrderRulesTest {

    private static final String ORDER_ID = "11873875-status_med_2";
    private static final String CUSTOMER_NUMBER = "10000000000"; // the field table's example
    private static final Instant DOCUMENT_DATE = Instant.parse("2017-11-19T18:22:51.355Z");

    // --- test data -----------------------------------------------------------------------------

    private static Party deliveryParty() {
        return Party.builder(PartyRole.DELIVERY_PARTY).partyId("104520").name("Selger Norge AS")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Nedre Storgate 37").postalCode("3015")
                        .city("DRAMMEN").countryCode("NO").build())
                .build();
    }

    private static Party orderingParty() {
        return Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Johan Berentsensvei 4").postalCode("5161")
                        .city("LAKSEVÅG").countryCode("NO").build())
                .build();
    }

    private static Party warehouse() {
        return Party.builder(PartyRole.PERFORMING_UNIT).partyId("BERGER").build();
    }

    private static OrderLine line(String articleLineId, String articleId, String vendorItemNo, long quantity,
                                  String description, String price) {
        return OrderLine.builder(articleLineId)
                .articleId(ArticleId.customerItemNo(articleId))
                .articleId(new ArticleId(vendorItemNo, ArticleIdType.VENDOR_ITEM_NO))
                .description(Description.of(description))
                .quantity(Quantity.of(quantity, "STK"))
                .unitPrice(Money.of(new BigDecimal(price), "NOK"))
                .build();
    }

    private static List<OrderLine> lines() {
        return List.of(
                line("1", "100001", "2200001", 4, "STAR B  90/190 V AC/R S51 SØLV Vidar igjen", "23.0"),
                line("2", "100002", "3300001", 1, "STAR B  80/190 H AC/R S51 SØLV", "42.0"),
                line("3", "100003", "4400001", 3, "STAR B  90/190 V AC/R S51 SØLV", "55.0"));
    }

    private static Order.Builder header() {
        return Order.builder(ORDER_ID)
                .reference(new Reference("ACD", "0003277", Optional.of("Additional reference number")))
                .reference(new Reference("CMR", "70707730124779733", Optional.of("Road consignment note number")))
                .documentDate(DOCUMENT_DATE)
                .deliveryDateRequested(Instant.parse("2017-11-24T09:00:00Z"))
                .termsOfDelivery(TermsOfDelivery.incoterms("FOB"))
                .transportService(new TransportService("SERVICEPAKKE", List.of("EVARSLING")))
                .transportLeg(TransportLeg.of(ModeOfTransport.ROAD, List.of(
                        new Location(Location.START_LOCATION, Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location(Location.END_LOCATION, Optional.of("5161"), Optional.of("LAKSEVÅG"), Optional.of("NO")))));
    }

    private static Order validOrder() {
        Order.Builder order = header().party(deliveryParty()).party(orderingParty()).party(warehouse());
        lines().forEach(order::line);
        return order.build();
    }

    private static Order withParties(Order order, Party... parties) {
        return new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references(), order.dates(), order.termsOfDelivery(), order.transportService(),
                order.transportLeg(), List.of(parties), order.lines());
    }

    private static OrderMessage message(Order order) {
        return new OrderMessage(OrderType.PURCHASE_ORDER, "3dcc8b71-2bf7-4574-813d-9295bd5db8c0", CUSTOMER_NUMBER,
                Instant.parse("2017-11-19T18:25:00Z"), order);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(OrderMessage message) {
        return assertThat(OrderRules.violations(message)).extracting(Violation::field, Violation::code);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(Order order) {
        return assertViolations(message(order));
    }

    // --- tests ---------------------------------------------------------------------------------

    @Test
    void bringsExampleOrderHasNoViolations() {
        assertThat(OrderRules.violations(message(validOrder()))).isEmpty();
    }

    @Test
    void anOrderMessageWithAFreshMessageIdIsValidToo() {
        OrderMessage message = OrderMessage.of(OrderType.ORDER, CUSTOMER_NUMBER, DOCUMENT_DATE, validOrder());

        assertThat(message.messageId()).isNotBlank();
        assertThat(OrderRules.violations(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "6", "7", " 5 "})
    void aDemoCustomerNumberIsRefused(String demo) {
        // "MessageSender partyId: Customer Number which Bring has provided. It cannot be demo customer number."
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, "m-1", demo, DOCUMENT_DATE, validOrder());

        assertViolations(message).containsExactly(tuple("MessageSender.partyId", PO_INPUT_001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aCustomerNumberIsRequired(String blank) {
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, "m-1", blank, DOCUMENT_DATE, validOrder());

        assertViolations(message).containsExactly(tuple("MessageSender.partyId", PO_INPUT_001));
    }

    @Test
    void aMessageIdIsRequired() {
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, " ", CUSTOMER_NUMBER, DOCUMENT_DATE, validOrder());

        assertViolations(message).containsExactly(tuple("messageId", PO_INPUT_019));
    }

    @Test
    void aDeletionNeedsOnlyItsIdentity() {
        Order deletion = Order.builder(ORDER_ID).updateIndicator(UpdateIndicator.DELETION).build();

        assertThat(OrderRules.violations(message(deletion))).isEmpty();
    }

    @Test
    void aDeletionStillNeedsARealCustomerNumberAndAMessageId() {
        Order deletion = Order.builder(ORDER_ID).updateIndicator(UpdateIndicator.DELETION).build();
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, "", "5", DOCUMENT_DATE, deletion);

        assertViolations(message).containsExactly(
                tuple("MessageSender.partyId", PO_INPUT_001),
                tuple("messageId", PO_INPUT_019));
    }

    @Test
    void anUpdateMustBeCompleteLikeAnOriginal() {
        Order update = Order.builder(ORDER_ID).updateIndicator(UpdateIndicator.UPDATE).build();

        assertThat(OrderRules.violations(message(update))).isNotEmpty()
                .extracting(Violation::code).containsOnly(PO_INPUT_019);
    }

    @Test
    void anEmptyOriginalListsEveryMissingRequiredField() {
        assertViolations(Order.builder(ORDER_ID).build()).containsExactly(
                tuple("Order.DateAndTimes[DocumentDate]", PO_INPUT_019),
                tuple("Order.DateAndTimes[DeliveryDateRequested]", PO_INPUT_019),
                tuple("Party[DeliveryParty]", PO_INPUT_019),
                tuple("Party[OrderingParty]", PO_INPUT_019),
                tuple("TransportService", PO_INPUT_019),
                tuple("TransportLeg", PO_INPUT_019),
                tuple("OrderLineSet", PO_INPUT_019));
    }

    @Test
    void bothOrderDatesAreRequired() {
        Order order = validOrder();
        Order withoutDates = new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references(), List.of(new OrderDate("EstimatedTimeOfDelivery", DOCUMENT_DATE)),
                order.termsOfDelivery(), order.transportService(), order.transportLeg(), order.parties(), order.lines());

        assertViolations(withoutDates).containsExactly(
                tuple("Order.DateAndTimes[DocumentDate]", PO_INPUT_019),
                tuple("Order.DateAndTimes[DeliveryDateRequested]", PO_INPUT_019));
    }

    @Test
    void orderDatesInJsonSpellingCount() {
        Order order = validOrder();
        Order jsonDates = new Order(order.orderId(), order.updateIndicator(), order.status(), order.senderStatus(),
                order.references(), List.of(new OrderDate("DOCUMENT_DATE", DOCUMENT_DATE),
                new OrderDate("DELIVERY_DATE_REQUESTED", DOCUMENT_DATE)),
                order.termsOfDelivery(), order.transportService(), order.transportLeg(), order.parties(), order.lines());

        assertThat(OrderRules.violations(message(jsonDates))).isEmpty();
    }

    @Test
    void anOrderMessageWithoutDeliveryPartyIsRefused() {
        assertViolations(withParties(validOrder(), orderingParty(), warehouse()))
                .containsExactly(tuple("Party[DeliveryParty]", PO_INPUT_019));
    }

    @Test
    void anOrderMessageWithoutOrderingPartyIsRefused() {
        assertViolations(withParties(validOrder(), deliveryParty(), warehouse()))
                .containsExactly(tuple("Party[OrderingParty]", PO_INPUT_019));
    }

    @Test
    void aDeliveryPartyGivenInJsonSpellingIsTheDeliveryParty() {
        Party delivery = Party.builder(PartyRole.of("DELIVERY_PARTY")).name("Selger Norge AS")
                .address(Address.builder(AddressType.fromBring("PHYSICAL_ADDRESS")).street("Nedre Storgate 37")
                        .city("DRAMMEN").countryCode("NO").build())
                .build();

        assertThat(OrderRules.violations(message(withParties(validOrder(), delivery, orderingParty())))).isEmpty();
    }

    @Test
    void requiredPartiesMustHaveNameStreetCityAndCountryCode() {
        Party bare = Party.builder(PartyRole.DELIVERY_PARTY).partyId("104520").build();

        assertViolations(withParties(validOrder(), bare, orderingParty())).containsExactly(
                tuple("Party[DeliveryParty].Name", PO_INPUT_019),
                tuple("Party[DeliveryParty].Street", PO_INPUT_019),
                tuple("Party[DeliveryParty].City", PO_INPUT_019),
                tuple("Party[DeliveryParty].CountryCode", PO_INPUT_019));
    }

    @Test
    void anAddressLineIsNotAStreet() {
        // Bring's example order gives the delivery party an AddressLine and no Street; the field
        // table requires "Name, Street, City, CountryCode".
        Party addressLineOnly = Party.builder(PartyRole.DELIVERY_PARTY).name("Selger Norge AS")
                .address(Address.builder(AddressType.POSTAL_ADDRESS).countryCode("").build())
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).addressLine("Nedre Storgate 37").postalCode("3015")
                        .city("DRAMMEN").countryCode("NO").build())
                .build();

        assertViolations(withParties(validOrder(), addressLineOnly, orderingParty()))
                .containsExactly(tuple("Party[DeliveryParty].Street", PO_INPUT_019));
    }

    @Test
    void streetCityAndCountryMayComeFromDifferentAddresses() {
        Party split = Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                .address(Address.builder(AddressType.POSTAL_ADDRESS).street("Postboks 1").city("LAKSEVÅG").build())
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).countryCode("NO").build())
                .build();

        assertThat(OrderRules.violations(message(withParties(validOrder(), deliveryParty(), split)))).isEmpty();
    }

    @Test
    void aSupplierIsOptionalButMustBeCompleteIfUsed() {
        Party completeSupplier = Party.builder(PartyRole.SUPPLIER).partyId("104520").name("Selger Norge AS")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Nedre Storgate 37").city("DRAMMEN")
                        .countryCode("NO").build())
                .build();
        Party namelessSupplier = Party.builder(PartyRole.SUPPLIER).partyId("104520")
                .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Nedre Storgate 37").city("DRAMMEN")
                        .countryCode("NO").build())
                .build();

        assertThat(OrderRules.violations(message(withParties(validOrder(), deliveryParty(), orderingParty(),
                completeSupplier)))).isEmpty();
        assertViolations(withParties(validOrder(), deliveryParty(), orderingParty(), namelessSupplier))
                .containsExactly(tuple("Party[Supplier].Name", PO_INPUT_019));
    }

    @Test
    void otherPartiesNeedNothing() {
        Party transportCompany = Party.builder(PartyRole.TRANSPORT_COMPANY).name("BCN").build();
        Party copyRecipient = Party.builder(PartyRole.MESSAGE_COPY_RECIPIENT).build();

        assertThat(OrderRules.violations(message(withParties(validOrder(), deliveryParty(), orderingParty(),
                transportCompany, copyRecipient)))).isEmpty();
    }

    @Test
    void thePerformingUnitNeedsTheWarehouseId() {
        Party performingUnit = Party.builder(PartyRole.PERFORMING_UNIT).partyId(" ").name("Berger").build();

        assertViolations(withParties(validOrder(), deliveryParty(), orderingParty(), performingUnit))
                .containsExactly(tuple("Party[PerformingUnit].partyId", PO_INPUT_019));
    }

    @Test
    void referencesNeedTypeAndNumber() {
        Order order = header().reference(Reference.of("", "0003277")).reference(Reference.of("AAO", " "))
                .party(deliveryParty())
                .party(Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).street("Johan Berentsensvei 4")
                                .city("LAKSEVÅG").countryCode("NO").build())
                        .reference(Reference.of("ON", ""))
                        .build())
                .line(lines().get(0))
                .build();

        // the header's two valid references come first: [0] ACD, [1] CMR
        assertViolations(order).containsExactly(
                tuple("Order.Reference[2].referenceType", PO_INPUT_019),
                tuple("Order.Reference[3].ReferenceNo", PO_INPUT_019),
                tuple("Party[OrderingParty].Reference[0].ReferenceNo", PO_INPUT_019));
    }

    @Test
    void theTransportServiceNeedsItsCodes() {
        Order order = validOrder().toBuilder().transportService(new TransportService(" ", List.of("EVARSLING", "")))
                .build();

        assertViolations(order).containsExactly(
                tuple("TransportService.BasicServiceCode", PO_INPUT_019),
                tuple("TransportService.AdditionalService.AdditionalServiceCode", PO_INPUT_019));
    }

    @Test
    void theTransportLegNeedsTypeAndMode() {
        Order order = validOrder().toBuilder().transportLeg(new TransportLeg("", Optional.empty(), List.of())).build();

        assertViolations(order).containsExactly(
                tuple("TransportLeg.TransportLegType", PO_INPUT_019),
                tuple("TransportLeg.ModeOfTransport", PO_INPUT_019));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4"})
    void theFourDocumentedModesOfTransportAreValid(String mode) {
        Order order = validOrder().toBuilder().transportLeg(TransportLeg.of(new ModeOfTransport(mode), List.of())).build();

        assertThat(OrderRules.violations(message(order))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "8", "ROAD"})
    void anUndocumentedModeOfTransportIsInvalidContent(String mode) {
        Order order = validOrder().toBuilder().transportLeg(TransportLeg.of(new ModeOfTransport(mode), List.of())).build();

        assertViolations(order).containsExactly(tuple("TransportLeg.ModeOfTransport", PO_INPUT_017));
    }

    @Test
    void anOrderNeedsAtLeastOneLine() {
        assertViolations(validOrder().withLines(List.of())).containsExactly(tuple("OrderLineSet", PO_INPUT_019));
    }

    @Test
    void aMissingArticleIdIsRefused() {
        OrderLine noArticleId = OrderLine.builder("1").quantity(Quantity.of(4, "STK")).build();

        assertViolations(validOrder().withLines(List.of(noArticleId)))
                .containsExactly(tuple("OrderItem[articleLineId=1].ArticleId", PO_INPUT_021));
    }

    @Test
    void aBlankArticleIdIsRefused() {
        OrderLine blankArticleId = OrderLine.builder("1").articleId(ArticleId.customerItemNo("100001"))
                .articleId(new ArticleId(" ", ArticleIdType.EAN)).quantity(Quantity.of(4, "STK")).build();

        assertViolations(validOrder().withLines(List.of(blankArticleId)))
                .containsExactly(tuple("OrderItem[articleLineId=1].ArticleId", PO_INPUT_021));
    }

    @Test
    void aNegativeQuantityIsRefused() {
        OrderLine negative = OrderLine.builder("2").articleId(ArticleId.customerItemNo("100002"))
                .quantity(Quantity.of(-1, "STK")).build();

        assertViolations(validOrder().withLines(List.of(negative)))
                .containsExactly(tuple("OrderItem[articleLineId=2].ArticleQuantity", PO_INPUT_011));
    }

    @Test
    void aNegativeRemainingQuantityIsRefused() {
        OrderLine negative = OrderLine.builder("2").articleId(ArticleId.customerItemNo("100002"))
                .quantity(Quantity.of(1, "STK")).remainingQuantity(new BigDecimal("-0.5")).build();

        assertViolations(validOrder().withLines(List.of(negative)))
                .containsExactly(tuple("OrderItem[articleLineId=2].RemainingArticleQuantity", PO_INPUT_011));
    }

    @Test
    void aZeroQuantityIsNotNegative() {
        OrderLine zero = OrderLine.builder("2").articleId(ArticleId.customerItemNo("100002"))
                .quantity(Quantity.of(0, "STK")).remainingQuantity(BigDecimal.ZERO).build();

        assertThat(OrderRules.violations(message(validOrder().withLines(List.of(zero))))).isEmpty();
    }

    @Test
    void aQuantityAndItsUnitAreRequired() {
        OrderLine noQuantity = OrderLine.builder("1").articleId(ArticleId.customerItemNo("100001")).build();
        OrderLine noUnit = OrderLine.builder("2").articleId(ArticleId.customerItemNo("100002"))
                .quantity(Quantity.of(1, " ")).build();

        assertViolations(validOrder().withLines(List.of(noQuantity, noUnit))).containsExactly(
                tuple("OrderItem[articleLineId=1].ArticleQuantity", PO_INPUT_019),
                tuple("OrderItem[articleLineId=2].ArticleQuantity.unitCode", PO_INPUT_019));
    }

    @Test
    void anArticleLineIdIsRequired() {
        OrderLine blank = OrderLine.builder("").articleId(ArticleId.customerItemNo("100001"))
                .quantity(Quantity.of(1, "STK")).build();

        assertViolations(validOrder().withLines(List.of(blank)))
                .containsExactly(tuple("OrderItem[articleLineId=].articleLineId", PO_INPUT_019));
    }

    @Test
    void aLineMayAppearOnlyOncePerOrderLineSet() {
        OrderLine first = lines().get(0);
        OrderLine again = OrderLine.builder("1").articleId(ArticleId.customerItemNo("100009"))
                .quantity(Quantity.of(1, "STK")).build();
        OrderLine sameArticleLineInAnotherSet = OrderLine.builder("1").orderLineId("2")
                .articleId(ArticleId.customerItemNo("100009")).quantity(Quantity.of(1, "STK")).build();

        assertViolations(validOrder().withLines(List.of(first, again, sameArticleLineInAnotherSet)))
                .containsExactly(tuple("OrderItem[articleLineId=1]", PO_INPUT_017));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        OrderLine broken = OrderLine.builder("1").quantity(Quantity.of(-4, "STK")).build();
        Order order = withParties(validOrder(), orderingParty()).withLines(List.of(broken));
        OrderMessage message = new OrderMessage(OrderType.PURCHASE_ORDER, "m-1", "6", DOCUMENT_DATE, order);

        assertViolations(message).containsExactly(
                tuple("MessageSender.partyId", PO_INPUT_001),
                tuple("Party[DeliveryParty]", PO_INPUT_019),
                tuple("OrderItem[articleLineId=1].ArticleId", PO_INPUT_021),
                tuple("OrderItem[articleLineId=1].ArticleQuantity", PO_INPUT_011));
    }

    @Test
    void identityNeedsCustomerAndOrderId() {
        assertThat(OrderRules.identity(CUSTOMER_NUMBER, ORDER_ID)).isEmpty();
        assertThat(OrderRules.identity(" ", "")).extracting(Violation::field, Violation::code).containsExactly(
                tuple("customerId", PO_INPUT_001),
                tuple("orderId", PO_INPUT_002));
        assertThat(OrderRules.identity(null, null)).extracting(Violation::code)
                .containsExactly(PO_INPUT_001, PO_INPUT_002);
    }
}
