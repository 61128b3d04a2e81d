package dev.bringport.adapter.soap;

import static dev.bringport.adapter.soap.TestSoap.orderExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.AdditionalItem;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.AddressType;
import dev.bringport.domain.order.Contact;
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
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.order.OrderManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DifferenceEvaluator;

/**
 * Order Management against Bring's documented SOAP envelopes: what the adapter sends is
 * structurally Bring's request example, and Bring's example answers, served byte for byte, read
 * into the expected order and failures with their codes.
 */
@SuppressWarnings("deprecation")
class OrderManagementEnvelopeGoldenTest {

    private static final String PATH = BringSoap.ORDER_MANAGEMENT_PATH;
    private static final String CUSTOMER = "10000000000";
    private static final String ORDER = "4504104664";

    private final CannedSoapServer server = new CannedSoapServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private OrderManagement orderManagement(Clock clock, String locale) {
        return TestSoap.soap(server.host()).clock(clock).locale(locale).build().orderManagement();
    }

    private OrderManagement orderManagement() {
        return orderManagement(Clock.systemUTC(), "en");
    }

    private byte[] sent() {
        assertThat(server.received(PATH)).hasSize(1);
        return server.received(PATH).get(0).body();
    }

    // --- requests -----------------------------------------------------------------------------------

    @Test
    void getPurchaseOrderSendsTheDocumentedRequest() {
        server.answer(PATH, Answer.soap(orderExample("get_purchase_order_response.xml")));
        Clock atTheExamplesTime = Clock.fixed(OffsetDateTime.parse("2022-05-25T13:32:40.149+02:00").toInstant(),
                ZoneOffset.UTC);

        orderManagement(atTheExamplesTime, "no").order("Customer Number", "Purchase order number");

        // Bring's example marks its request date subClass="ResponseDate"; the adapter says what the
        // date is, RequestDate (the first kind soap-api.raml lists). Every other value is the example's.
        DifferenceEvaluator requestDate = (comparison, outcome) -> comparison.getType() == ComparisonType.ATTR_VALUE
                && "ResponseDate".equals(comparison.getControlDetails().getValue())
                && "RequestDate".equals(comparison.getTestDetails().getValue())
                && comparison.getControlDetails().getXPath().endsWith("/RequestProperties[1]/DateAndTimes[1]/@subClass")
                ? ComparisonResult.EQUAL : outcome;
        Envelopes.assertEquivalent(orderExample("get_purchase_order_request.xml"), sent(), requestDate);
        Envelopes.assertValid(Envelopes.purchaseOrderSchema(), sent());
    }

    /** Every optional element of Bring's example filled in, so that the whole structure is compared. */
    private static PackingList everyElement() {
        Instant requested = OffsetDateTime.parse("2022-06-20T12:00:00+02:00").toInstant();
        return new PackingList("70438101268018539", Optional.of("370438101268058536"),
                List.of(new PackingListItem(Optional.of("1"), "10", BigDecimal.TEN, Optional.of("7123"),
                        Optional.of("4688273"))),
                List.of(new AdditionalItem("646929334", BigDecimal.TEN, Optional.of(Description.of("Gift wrapping")),
                        Optional.of(new OrderDate(OrderDate.DELIVERY_DATE_REQUESTED, requested)),
                        Optional.of(Money.of(new BigDecimal("5382"), "NOK")))));
    }

    @Test
    void createPackagingListSendsTheDocumentedRequest() {
        server.answer(PATH, Answer.soap(orderExample("create_packaging_list_response.xml")));

        orderManagement().addPackingList(CUSTOMER, ORDER, everyElement());

        Envelopes.assertEquivalent(orderExample("create_packaging_list_request.xml"), sent());
        Envelopes.assertValid(Envelopes.purchaseOrderSchema(), sent());
    }

    @Test
    void createTransportOrderSendsTheDocumentedRequest() {
        server.answer(PATH, Answer.soap(orderExample("create_transport_order_response.xml")));

        orderManagement().createTransportOrder(CUSTOMER, ORDER, new TransportOrder(everyElement()));

        Envelopes.assertEquivalent(orderExample("create_transport_order_request.xml"), sent());
        Envelopes.assertValid(Envelopes.purchaseOrderSchema(), sent());
    }

    @Test
    void itemsOfSeveralOrderLineSetsTravelInOnePackingListSetEach() {
        server.answer(PATH, Answer.soap(orderExample("create_packaging_list_response.xml")));

        orderManagement().addPackingList(CUSTOMER, ORDER, PackingList.of("70438101268018539", List.of(
                PackingListItem.of("1", "10", BigDecimal.ONE), PackingListItem.of("2", "10", BigDecimal.ONE),
                PackingListItem.of("1", "20", new BigDecimal("2.5")), PackingListItem.of("30", BigDecimal.ONE))));

        String sent = new String(sent(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Envelopes.bodyElement(sent()).getElementsByTagNameNS("http://api.bring.com/po", "PackingListSet")
                .getLength()).isEqualTo(3);
        assertThat(sent).contains("orderLineId=\"1\"").contains("orderLineId=\"2\"").contains(">2.5<");
        Envelopes.assertValid(Envelopes.purchaseOrderSchema(), sent());
    }

    @Test
    void everyDocumentedEnvelopeIsValidAgainstTheContract() {
        // purchaseorder-v1.wsdl keeps everything Bring's examples show, exactly as they show it
        for (String example : List.of("get_purchase_order_request.xml", "get_purchase_order_response.xml",
                "get_purchase_order_not_found_response.xml", "get_purchase_order_access_denied_response.xml",
                "get_purchase_order_invalid_customer_number_response.xml", "create_packaging_list_response.xml",
                "create_packaging_list_access_denied_response.xml", "create_packaging_list_missing_consignment_id_response.xml",
                "create_packaging_list_order_not_found_response.xml", "create_transport_order_response.xml",
                "create_transport_order_access_denied_response.xml", "create_transport_order_invalid_customer_id_response.xml")) {
            Envelopes.assertValid(Envelopes.purchaseOrderSchema(), orderExample(example));
        }
    }

    // --- answers ------------------------------------------------------------------------------------

    @Test
    void theDocumentedPurchaseOrderIsRead() {
        server.answer(PATH, Answer.soap(orderExample("get_purchase_order_response.xml")));

        Order order = orderManagement().order(CUSTOMER, ORDER);

        assertThat(order).isEqualTo(Order.builder(ORDER)
                .senderStatus(SenderStatus.OPEN)
                .status(new OrderStatus("EDIIMPORTED"))
                .reference(new Reference("ZZZ", "897392479234", Optional.of("Mutually defined reference number")))
                .reference(new Reference("ON", "ReferenceNo", Optional.of("Buyers order number")))
                .documentDate(OffsetDateTime.parse("2022-06-01T07:19:10.684+02:00").toInstant())
                .termsOfDelivery(new TermsOfDelivery(Optional.of("FCA"), Optional.of("Incoterms"), Optional.empty()))
                .transportLeg(new TransportLeg("20", Optional.of(ModeOfTransport.ROAD), List.of(
                        new Location(Location.START_LOCATION, Optional.of("1234"), Optional.of("DRAMMEN"), Optional.of("NO")),
                        new Location(Location.END_LOCATION, Optional.of("0123"), Optional.of("STAVANGER"), Optional.of("NO")))))
                .party(Party.builder(PartyRole.DELIVERY_PARTY).partyId("1100").name("Party Name")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("1234").city("Oslo")
                                .countryCode("NO").addressLine("Address line").street("Street").build())
                        .contact(Contact.builder().name("Contact name").phone("1234567").telefax("7654321").build())
                        .plantId("1000").build())
                .party(Party.builder(PartyRole.ORDERING_PARTY).partyId("1000").name("Ordering party name")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("1234").city("STAVANGER")
                                .countryCode("NO").addressLine("Address line").build())
                        .contact(Contact.builder().name("Contact name").email("Email address").build())
                        .plantId("1000").build())
                .party(Party.builder(PartyRole.SUPPLIER).partyId("LEV-0000000000").name("Supplier Name").vatNo("91234567")
                        .address(Address.builder(AddressType.PHYSICAL_ADDRESS).postalCode("1234").city("DRAMMEN")
                                .countryCode("NO").addressLine("Address line").build())
                        .contact(Contact.builder().email("Email address").build())
                        .build())
                .line(OrderLine.builder("10")
                        .quantity(Quantity.of(1, null))
                        .remainingQuantity(BigDecimal.ONE)
                        .description(new Description("Description text", Optional.empty()))
                        .date(new OrderDate(OrderDate.DELIVERY_DATE_REQUESTED,
                                OffsetDateTime.parse("2022-12-31T12:00:00+01:00").toInstant()))
                        .unitPrice(new Money(BigDecimal.ZERO, Optional.empty()))
                        .build())
                .build());
    }

    @Test
    void theDocumentedOkAnswersOfTheCreateOperationsAreAccepted() {
        server.answer(PATH, Answer.soap(orderExample("create_packaging_list_response.xml")),
                Answer.soap(orderExample("create_transport_order_response.xml")));
        PackingList list = PackingList.of("70438101268018539", List.of(PackingListItem.of("10", BigDecimal.ONE)));

        orderManagement().addPackingList(CUSTOMER, ORDER, list);
        orderManagement().createTransportOrder(CUSTOMER, ORDER, new TransportOrder(list));

        assertThat(server.received(PATH)).hasSize(2);
    }

    static Stream<Arguments> documentedErrors() {
        PackingList list = PackingList.of("70438101268018539", List.of(PackingListItem.of("10", BigDecimal.ONE)));
        Consumer<OrderManagement> read = om -> om.order(CUSTOMER, ORDER);
        Consumer<OrderManagement> pack = om -> om.addPackingList(CUSTOMER, ORDER, list);
        Consumer<OrderManagement> transport = om -> om.createTransportOrder(CUSTOMER, ORDER, new TransportOrder(list));
        return Stream.of(
                Arguments.of("get_purchase_order_not_found_response.xml", read, NotFoundException.class,
                        "PO_STATE_001", "Order not found"),
                Arguments.of("get_purchase_order_access_denied_response.xml", read, AccessDeniedException.class,
                        "PO_STATE_004", "Access is denied"),
                Arguments.of("get_purchase_order_invalid_customer_number_response.xml", read,
                        InvalidRequestException.class, "PO_INPUT_001", "Must provide valid customer ID"),
                Arguments.of("create_packaging_list_access_denied_response.xml", pack, AccessDeniedException.class,
                        "PO_STATE_004", "Access is denied"),
                Arguments.of("create_packaging_list_missing_consignment_id_response.xml", pack,
                        InvalidRequestException.class, "PO_INPUT_007", "Consignment ID is required"),
                Arguments.of("create_packaging_list_order_not_found_response.xml", pack, NotFoundException.class,
                        "PO_INPUT_010", "Order not found. You can not have orderlines to a non-existing order."
                                + " Found at OrderLineId  and ArticleLineId"),
                Arguments.of("create_transport_order_access_denied_response.xml", transport,
                        AccessDeniedException.class, "PO_STATE_004", "Access is denied"),
                Arguments.of("create_transport_order_invalid_customer_id_response.xml", transport,
                        InvalidRequestException.class, "PO_INPUT_001", "Must provide valid customer ID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedErrors")
    void theDocumentedErrorsBecomeTheirFailures(String example, Consumer<OrderManagement> call,
                                                Class<? extends BringException> type, String code, String message) {
        server.answer(PATH, Answer.soap(orderExample(example)));

        BringException e = catchThrowableOfType(BringException.class, () -> call.accept(orderManagement()));

        assertThat(e).isInstanceOf(type);
        assertThat(e.failure().errors()).containsExactly(BringError.of(ErrorCode.of(code), message));
        assertThat(e.failure().httpStatus()).isEqualTo(OptionalInt.of(200));
        assertThat(e.failure().requestSent()).isTrue();
        assertThat(e.getMessage()).contains(code).contains("HTTP 200");
        assertThat(server.received(PATH)).as("Bring's answer is final: not sent again").hasSize(1);
        if (e instanceof InvalidRequestException invalid) {
            assertThat(invalid.detectedBeforeSending()).isFalse();
        }
    }
}
