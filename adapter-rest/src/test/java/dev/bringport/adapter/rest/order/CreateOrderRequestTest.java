package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Contact;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.ModeOfTransport;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * The {@code CreateOrderRequest} the adapter sends (POST {@code /omorder}) against the Order
 * Management page's request examples. The examples are schemas with placeholder values, so the
 * request must use only their element, attribute and field names, nesting and kinds of value, in
 * their order; and it must carry every value of the message, checked one by one.
 */
class CreateOrderRequestTest {

    private static final Instant MESSAGE_DATE = Instant.parse("2026-01-15T09:00:00Z");
    private static final String PARTS = "/CreateOrderRequest/SupplyStructure/OrderSet";

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    /** An order using every part of the domain the request carries. */
    static OrderMessage message() {
        Order order = Order.builder("4504104664")
                .reference(new Reference("ON", "897392479234", Optional.of("Buyers order number")))
                .documentDate(Instant.parse("2026-01-14T08:30:00Z"))
                .deliveryDateRequested(Instant.parse("2026-07-01T10:00:00.250Z"))
                .termsOfDelivery(new TermsOfDelivery(Optional.of("FCA"), Optional.of("Incoterms"), Optional.of("Drammen")))
                .transportService(new TransportService("SERVICEPAKKE", List.of("EVARSLING")))
                .transportLeg(TransportLeg.of(ModeOfTransport.ROAD, List.of(
                        new Location(Location.START_LOCATION, Optional.of("3015"), Optional.of("DRAMMEN"), Optional.of("NO")))))
                .party(Party.builder(PartyRole.DELIVERY_PARTY).partyId("104520").name("Selger Norge AS")
                        .vatNo("NO912345678MVA")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("3015").city("DRAMMEN")
                                .zipCode("3015").stateOrRegion("Buskerud").countryCode("NO").street("Nedre Storgate")
                                .streetNo("37").addressLine("Bygg B").poBox("PB 1").postOffice("Drammen").build())
                        .contact(Contact.builder().phone("32000000").cellPhone("99999999").telefax("32000001")
                                .email("ordre@selger.example").web("https://selger.example").name("Ola Nordmann")
                                .function("Innkjøp").build())
                        .reference(Reference.of("AAO", "1234567,AVD."))
                        .build())
                .party(Party.builder(PartyRole.ORDERING_PARTY).name("Kjøper AS/Laksevåg")
                        .address(Address.builder(AddressType.POSTAL_ADDRESS).street("Johan Berentsensvei 4")
                                .postalCode("5161").city("LAKSEVÅG").countryCode("NO").build())
                        .build())
                .party(Party.builder(PartyRole.PERFORMING_UNIT).partyId("BERGER").build())
                .line(OrderLine.builder("10")
                        .articleId(ArticleId.customerItemNo("123-4000"))
                        .articleId(new ArticleId("V-1", ArticleIdType.VENDOR_ITEM_NO))
                        .articleId(new ArticleId("7070000000000", ArticleIdType.EAN))
                        .articleName("Spear parts")
                        .description(Description.of("Spear parts with all parts"))
                        .quantity(Quantity.of(2, "STK"))
                        .unitPrice(Money.of(new BigDecimal("23.50"), "NOK"))
                        .date(new OrderDate(OrderDate.DELIVERY_DATE_REQUESTED, Instant.parse("2026-07-02T06:00:00Z")))
                        .build())
                .build();
        return new OrderMessage(OrderType.PURCHASE_ORDER, "3dcc8b71-2bf7-4574-813d-9295bd5db8c0", "10000000000",
                MESSAGE_DATE, order);
    }

    private SimulatedRequest send(WireFormat format) {
        bring = new ExampleBring(format).answer("POST", BASE + "/omorder", 200, new byte[0], format);
        bring.orderManagement().sendOrder(message());
        SimulatedRequest sent = bring.onlyRequest();
        assertThat(sent.header("Content-Type")).contains(format.mediaType() + "; charset=UTF-8");
        return sent;
    }

    @Test
    void theXmlRequestHasOnlyTheNamesNestingAndOrderOfThePagesExample() {
        byte[] sent = send(WireFormat.XML).body();

        assertThat(DocumentShape.ofXml(sent).notIn(DocumentShape.ofXml(ExampleBring.example("create_order_request.xml"))))
                .as(new String(sent, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theXmlRequestCarriesEveryValue() {
        byte[] sent = send(WireFormat.XML).body();
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/CreateOrderRequest/@version", "2.0"),
                Map.entry("/CreateOrderRequest/@messageFunction", "PurchaseOrder"),
                Map.entry("/CreateOrderRequest/@messageId", "3dcc8b71-2bf7-4574-813d-9295bd5db8c0"),
                Map.entry("/CreateOrderRequest/MessageDetails/MessageSender/@partyId", "10000000000"),
                Map.entry("/CreateOrderRequest/MessageDetails/MessageRecipient/@partyId", "NO98466118506"),
                Map.entry("/CreateOrderRequest/MessageDetails/MessageDate", "2026-01-15T10:00:00+01:00"),
                Map.entry(PARTS + "/@updateIndicator", "Original"),
                Map.entry(PARTS + "/Order/@orderId", "4504104664"),
                Map.entry(PARTS + "/Order/Reference/@referenceType", "ON"),
                Map.entry(PARTS + "/Order/Reference/ReferenceNo", "897392479234"),
                Map.entry(PARTS + "/Order/Reference/Text", "Buyers order number"),
                Map.entry("count(" + PARTS + "/Order/DateAndTimes)", "1"),
                Map.entry(PARTS + "/Order/DateAndTimes/@subClass", "DocumentDate"),
                Map.entry(PARTS + "/Order/DateAndTimes/Date", "2026-01-14+01:00"),
                Map.entry(PARTS + "/Order/DateAndTimes/Time", "09:30:00+01:00"),
                Map.entry(PARTS + "/Order/TermsOfDelivery/TODConditionCode", "FCA"),
                Map.entry(PARTS + "/Order/TermsOfDelivery/TODConditionCodeList", "Incoterms"),
                Map.entry(PARTS + "/Order/TermsOfDelivery/TODLocation", "Drammen"),
                Map.entry(PARTS + "/TransportService/BasicServiceCode", "SERVICEPAKKE"),
                Map.entry(PARTS + "/TransportService/AdditionalService/AdditionalServiceCode", "EVARSLING"),
                Map.entry(PARTS + "/TransportLeg/TransportLegType", "30"),
                Map.entry(PARTS + "/TransportLeg/ModeOfTransport", "3"),
                Map.entry(PARTS + "/TransportLeg/Location/@subClass", "StartLocation"),
                Map.entry(PARTS + "/TransportLeg/Location/@locationId", "3015"),
                Map.entry(PARTS + "/TransportLeg/Location/LocationName", "DRAMMEN"),
                Map.entry(PARTS + "/TransportLeg/Location/CountryCode", "NO"),
                Map.entry(PARTS + "/Party[1]/@subClass", "DeliveryParty"),
                Map.entry(PARTS + "/Party[1]/@partyId", "104520"),
                Map.entry(PARTS + "/Party[1]/Name", "Selger Norge AS"),
                Map.entry(PARTS + "/Party[1]/VATNo", "NO912345678MVA"),
                Map.entry(PARTS + "/Party[1]/Address/@subClass", "PhysicalAddress"),
                Map.entry(PARTS + "/Party[1]/Address/PostalCode", "3015"),
                Map.entry(PARTS + "/Party[1]/Address/City", "DRAMMEN"),
                Map.entry(PARTS + "/Party[1]/Address/ZIPCode", "3015"),
                Map.entry(PARTS + "/Party[1]/Address/StateOrRegion", "Buskerud"),
                Map.entry(PARTS + "/Party[1]/Address/CountryCode", "NO"),
                Map.entry(PARTS + "/Party[1]/Address/Street", "Nedre Storgate"),
                Map.entry(PARTS + "/Party[1]/Address/StreetNo", "37"),
                Map.entry(PARTS + "/Party[1]/Address/AddressLine", "Bygg B"),
                Map.entry(PARTS + "/Party[1]/Address/POBox", "PB 1"),
                Map.entry(PARTS + "/Party[1]/Address/PostOffice", "Drammen"),
                Map.entry(PARTS + "/Party[1]/Contact/PhoneNo", "32000000"),
                Map.entry(PARTS + "/Party[1]/Contact/CellPhoneNo", "99999999"),
                Map.entry(PARTS + "/Party[1]/Contact/TelefaxNo", "32000001"),
                Map.entry(PARTS + "/Party[1]/Contact/EMailAddress", "ordre@selger.example"),
                Map.entry(PARTS + "/Party[1]/Contact/WebAddress", "https://selger.example"),
                Map.entry(PARTS + "/Party[1]/Contact/ContactName", "Ola Nordmann"),
                Map.entry(PARTS + "/Party[1]/Contact/ContactFunction", "Innkjøp"),
                Map.entry(PARTS + "/Party[1]/Reference/@referenceType", "AAO"),
                Map.entry(PARTS + "/Party[1]/Reference/ReferenceNo", "1234567,AVD."),
                Map.entry(PARTS + "/Party[2]/@subClass", "OrderingParty"),
                Map.entry("count(" + PARTS + "/Party[2]/@partyId)", "0"),
                Map.entry(PARTS + "/Party[2]/Address/@subClass", "PostalAddress"),
                Map.entry(PARTS + "/Party[2]/Address/Street", "Johan Berentsensvei 4"),
                Map.entry(PARTS + "/Party[3]/@subClass", "PerformingUnit"),
                Map.entry(PARTS + "/Party[3]/@partyId", "BERGER"),
                Map.entry("count(" + PARTS + "/Party[3]/*)", "0"),
                Map.entry("count(" + PARTS + "/OrderLineSet)", "1"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/@articleLineId", "10"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleId[1]", "123-4000"),
                Map.entry("count(" + PARTS + "/OrderLineSet/OrderItem/ArticleId[1]/@*)", "0"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleId[2]", "V-1"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleId[2]/@codeListAgencyIdentifier", "VendorItemNo"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleId[3]", "7070000000000"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleId[3]/@codeListAgencyIdentifier", "EAN"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleQuantity", "2"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleQuantity/@unitCode", "STK"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/Description/@usageCode", "AAA"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/Description/Text", "Spear parts with all parts"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/DateAndTimes/@subClass", "DeliveryDateRequested"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/DateAndTimes/Date", "2026-07-02+02:00"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/DateAndTimes/Time", "08:00:00+02:00"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleMonetaryAmounts/UnitPrice", "23.5"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleMonetaryAmounts/UnitPrice/@currencyIdentificationCode", "NOK"),
                Map.entry(PARTS + "/OrderLineSet/OrderItem/ArticleName", "Spear parts"),
                Map.entry("count(" + PARTS + "/DateAndTimes)", "1"),
                Map.entry(PARTS + "/DateAndTimes/@subClass", "DeliveryDateRequested"),
                Map.entry(PARTS + "/DateAndTimes/Date", "2026-07-01+02:00"),
                Map.entry(PARTS + "/DateAndTimes/Time", "12:00:00.250+02:00"));
        expected.forEach((path, value) ->
                assertThat(xpath.evaluate(path, Input.fromByteArray(sent).build())).as(path).isEqualTo(value));
    }

    @Test
    void theJsonRequestHasOnlyTheFieldsNestingAndKindsOfThePagesExample() {
        byte[] sent = send(WireFormat.JSON).body();

        assertThat(DocumentShape.ofJson(sent).notIn(DocumentShape.ofJson(ExampleBring.example("create_order_request.json"))))
                .as(new String(sent, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theJsonRequestCarriesEveryValue() throws Exception {
        JsonNode sent = new ObjectMapper().readTree(send(WireFormat.JSON).body());
        String set = "/SupplyStructure/OrderSet";
        String item = set + "/OrderLineSet/0";
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("/version", "2.0"),
                Map.entry("/messageFunction", "PurchaseOrder"),
                Map.entry("/messageId", "3dcc8b71-2bf7-4574-813d-9295bd5db8c0"),
                Map.entry("/MessageDetails/MessageSender/partyId", "10000000000"),
                Map.entry("/MessageDetails/MessageRecipient/partyId", "NO98466118506"),
                Map.entry("/MessageDetails/MessageDate/value", MESSAGE_DATE.toEpochMilli()),
                Map.entry(set + "/updateIndicator", "Original"),
                Map.entry(set + "/Order/orderId", "4504104664"),
                Map.entry(set + "/Order/Reference/0/referenceType", "ON"),
                Map.entry(set + "/Order/Reference/0/ReferenceNo", "897392479234"),
                Map.entry(set + "/Order/Reference/0/Text", "Buyers order number"),
                Map.entry(set + "/Order/DateAndTimes/subClass", "DocumentDate"),
                Map.entry(set + "/Order/DateAndTimes/Date", "2026-01-14+01:00"),
                Map.entry(set + "/Order/DateAndTimes/Time", "09:30:00+01:00"),
                Map.entry(set + "/Order/TermsOfDelivery/0/TODConditionCode/value", "FCA"),
                Map.entry(set + "/Order/TermsOfDelivery/0/TODConditionCodeList/value", "Incoterms"),
                Map.entry(set + "/Order/TermsOfDelivery/0/TODLocation", "Drammen"),
                Map.entry(set + "/TransportService/BasicServiceCode/value", "SERVICEPAKKE"),
                Map.entry(set + "/TransportService/AdditionalService/0/AdditionalServiceCode/value", "EVARSLING"),
                Map.entry(set + "/TransportLeg/TransportLegType/value", "30"),
                Map.entry(set + "/TransportLeg/ModeOfTransport/value", "3"),
                Map.entry(set + "/TransportLeg/Location/0/subClass", "StartLocation"),
                Map.entry(set + "/TransportLeg/Location/0/locationId", "3015"),
                Map.entry(set + "/TransportLeg/Location/0/LocationName", "DRAMMEN"),
                Map.entry(set + "/TransportLeg/Location/0/CountryCode/value", "NO"),
                Map.entry(set + "/Party/0/subClass", "DeliveryParty"),
                Map.entry(set + "/Party/0/partyId", "104520"),
                Map.entry(set + "/Party/0/Name", "Selger Norge AS"),
                Map.entry(set + "/Party/0/VATNo", "NO912345678MVA"),
                Map.entry(set + "/Party/0/Address/0/subClass", "PhysicalAddress"),
                Map.entry(set + "/Party/0/Address/0/Street", "Nedre Storgate"),
                Map.entry(set + "/Party/0/Address/0/StreetNo", "37"),
                Map.entry(set + "/Party/0/Address/0/AddressLine/0", "Bygg B"),
                Map.entry(set + "/Party/0/Address/0/CountryCode/value", "NO"),
                Map.entry(set + "/Party/0/Contact/0/EMailAddress", "ordre@selger.example"),
                Map.entry(set + "/Party/0/Contact/0/ContactName", "Ola Nordmann"),
                Map.entry(set + "/Party/0/Reference/0/ReferenceNo", "1234567,AVD."),
                Map.entry(set + "/Party/1/subClass", "OrderingParty"),
                Map.entry(set + "/Party/2/subClass", "PerformingUnit"),
                Map.entry(set + "/Party/2/partyId", "BERGER"),
                Map.entry(item + "/articleLineId", "10"),
                Map.entry(item + "/ArticleId/0/value", "123-4000"),
                Map.entry(item + "/ArticleId/1/value", "V-1"),
                Map.entry(item + "/ArticleId/1/codeListAgencyIdentifier", "VendorItemNo"),
                Map.entry(item + "/ArticleId/2/codeListAgencyIdentifier", "EAN"),
                Map.entry(item + "/ArticleQuantity/unitCode", "STK"),
                Map.entry(item + "/ArticleQuantity/value", new BigDecimal("2")),
                Map.entry(item + "/Description/0/usageCode", "AAA"),
                Map.entry(item + "/Description/0/Text/0/value", "Spear parts with all parts"),
                Map.entry(item + "/DateAndTimes/0/subClass", "DeliveryDateRequested"),
                Map.entry(item + "/DateAndTimes/0/Date", "2026-07-02+02:00"),
                Map.entry(item + "/ArticleMonetaryAmounts/UnitPrice/value", new BigDecimal("23.5")),
                Map.entry(item + "/ArticleMonetaryAmounts/UnitPrice/currencyIdentificationCode", "NOK"),
                Map.entry(item + "/ArticleName", "Spear parts"),
                Map.entry(set + "/DateAndTimes/0/subClass", "DeliveryDateRequested"),
                Map.entry(set + "/DateAndTimes/0/Date", "2026-07-01+02:00"),
                Map.entry(set + "/DateAndTimes/0/Time", "12:00:00.250+02:00"));
        expected.forEach((pointer, value) -> {
            JsonNode node = sent.at(pointer);
            assertThat(node.isMissingNode()).as(pointer + " is missing").isFalse();
            if (value instanceof String text) {
                assertThat(node.isTextual()).as(pointer + " is text").isTrue();
                assertThat(node.textValue()).as(pointer).isEqualTo(text);
            } else if (value instanceof BigDecimal number) {
                assertThat(node.isNumber()).as(pointer + " is a number").isTrue();
                assertThat(node.decimalValue()).as(pointer).isEqualByComparingTo(number);
            } else {
                assertThat(node.isNumber()).as(pointer + " is a number").isTrue();
                assertThat(node.longValue()).as(pointer).isEqualTo(value);
            }
        });
        assertThat(sent.at(set + "/Order/DateAndTimes").isObject()).as("Order/DateAndTimes is one object, as on the page")
                .isTrue();
        assertThat(sent.at(set + "/Party/1/partyId").isMissingNode()).isTrue();
        assertThat(sent.at(item + "/ArticleId/0/codeListAgencyIdentifier").isMissingNode()).isTrue();
    }

    @Test
    void whatIsSentIsReadBackAsTheSameMessage() throws Exception {
        for (WireFormat format : WireFormat.values()) {
            SimulatedRequest sent = send(format);
            bring.close();
            assertThat(OrderDocuments.orderMessage(sent.body())).as(format.name()).isEqualTo(message());
        }
    }
}
