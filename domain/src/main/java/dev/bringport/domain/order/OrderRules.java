package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_002;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_011;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_017;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_019;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_021;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an order sent to Order Management: the required fields of the
 * {@code CreateOrderRequest} field table on the Order Management page ("the table": its
 * "Required" and its descriptions), with the codes of Bring's error list ({@code PO_INPUT_*}).
 */
public final class OrderRules {

    // "MessageSender partyId: Customer Number which Bring has provided. It cannot be demo customer number."
    // Bring's shared demo (test) customer numbers are 5, 6 and 7.
    private static final Set<String> DEMO_CUSTOMER_NUMBERS = Set.of("5", "6", "7");

    private static final List<PartyRole> REQUIRED_PARTIES = List.of(PartyRole.DELIVERY_PARTY, PartyRole.ORDERING_PARTY);

    private OrderRules() {
    }

    /**
     * Checks the customer and order ids every Order Management call is addressed with.
     *
     * @param customerId the customer number
     * @param orderId    the order id
     * @return every violation: blank customer id ({@code PO_INPUT_001}), blank order id ({@code PO_INPUT_002})
     */
    public static List<Violation> identity(String customerId, String orderId) {
        // the error list: PO_INPUT_001 "Must provide valid customer ID", PO_INPUT_002 "Must provide valid purchase order"
        return new Violations()
                .requireText(customerId, "customerId", PO_INPUT_001)
                .requireText(orderId, "orderId", PO_INPUT_002)
                .toList();
    }

    /**
     * Checks an order message before it is sent. A Deletion needs only its identity; an Original or
     * Update must carry every field Bring's table marks required.
     *
     * @param message the message
     * @return every violation, empty when the message is valid
     */
    public static List<Violation> violations(OrderMessage message) {
        // the table: MessageSender partyId, messageId, both DateAndTimes Required; a Deletion names the order only
        Violations v = new Violations()
                .requireText(message.customerNumber(), "MessageSender.partyId", PO_INPUT_001)
                .require(!DEMO_CUSTOMER_NUMBERS.contains(message.customerNumber().strip()), "MessageSender.partyId",
                        PO_INPUT_001, "must be the customer number Bring has provided, not a demo customer number")
                .requireText(message.messageId(), "messageId", PO_INPUT_019);
        if (message.updateIndicator() == UpdateIndicator.DELETION) {
            return v.toList();
        }
        Order order = message.order();
        v.require(order.date(OrderDate.DOCUMENT_DATE).isPresent(), "Order.DateAndTimes[DocumentDate]", PO_INPUT_019,
                        "must be given")
                .require(order.date(OrderDate.DELIVERY_DATE_REQUESTED).isPresent(),
                        "Order.DateAndTimes[DeliveryDateRequested]", PO_INPUT_019, "must be given");
        references(v, "Order.Reference", order.references());
        parties(v, order);
        transport(v, order);
        lines(v, order.lines());
        return v.toList();
    }

    // the table: Reference ReferenceNo and referenceType Required
    private static void references(Violations v, String field, List<Reference> references) {
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            v.requireText(r.type(), field + "[" + i + "].referenceType", PO_INPUT_019)
                    .requireText(r.number(), field + "[" + i + "].ReferenceNo", PO_INPUT_019);
        }
    }

    // the table: DeliveryParty and OrderingParty Required, "Must have Name, Street, City, CountryCode", and so the
    // Supplier "if used"; PerformingUnit partyId "Warehouse id for order. Required if order to Warehousing system"
    private static void parties(Violations v, Order order) {
        for (PartyRole role : REQUIRED_PARTIES) {
            v.require(order.party(role).isPresent(), "Party[" + role + "]", PO_INPUT_019, "must be given");
        }
        for (Party party : order.parties()) {
            String field = "Party[" + party.role() + "]";
            if (party.role().equals(PartyRole.PERFORMING_UNIT)) {
                v.require(party.partyId().isPresent(), field + ".partyId", PO_INPUT_019,
                        "must be given: it is the warehouse id");
            } else if (REQUIRED_PARTIES.contains(party.role()) || party.role().equals(PartyRole.SUPPLIER)) {
                v.require(party.name().isPresent(), field + ".Name", PO_INPUT_019, "must be given")
                        .require(party.addresses().stream().anyMatch(a -> a.street().isPresent()), field + ".Street",
                                PO_INPUT_019, "must be given")
                        .require(party.addresses().stream().anyMatch(a -> a.city().isPresent()), field + ".City",
                                PO_INPUT_019, "must be given")
                        .require(party.addresses().stream().anyMatch(a -> a.countryCode().isPresent()),
                                field + ".CountryCode", PO_INPUT_019, "must be given");
            }
            references(v, field + ".Reference", party.references());
        }
    }

    // the table: BasicServiceCode, AdditionalServiceCode, TransportLegType and ModeOfTransport Required, the mode
    // "1 = Sea 2 = Train 3 = Road 4 = Air" (PO_INPUT_017 "The request contained invalid content")
    private static void transport(Violations v, Order order) {
        Optional<TransportService> service = order.transportService();
        v.require(service.isPresent(), "TransportService", PO_INPUT_019, "must be given");
        service.ifPresent(s -> {
            v.requireText(s.basicServiceCode(), "TransportService.BasicServiceCode", PO_INPUT_019);
            s.additionalServiceCodes().forEach(code ->
                    v.requireText(code, "TransportService.AdditionalService.AdditionalServiceCode", PO_INPUT_019));
        });
        Optional<TransportLeg> leg = order.transportLeg();
        v.require(leg.isPresent(), "TransportLeg", PO_INPUT_019, "must be given");
        leg.ifPresent(l -> {
            v.requireText(l.legType(), "TransportLeg.TransportLegType", PO_INPUT_019)
                    .require(l.modeOfTransport().isPresent(), "TransportLeg.ModeOfTransport", PO_INPUT_019, "must be given");
            l.modeOfTransport().ifPresent(m -> v.require(m.isDocumented(), "TransportLeg.ModeOfTransport", PO_INPUT_017,
                    "must be 1 (sea), 2 (train), 3 (road) or 4 (air), was " + m.code()));
        });
    }

    // the table: OrderLineSet, articleLineId ("Line id for this order line": one line per id), ArticleId
    // (PO_INPUT_021 "Article number is required"), ArticleQuantity and its unitCode Required; the error list:
    // PO_INPUT_011 "Negative quantity not allowed."
    private static void lines(Violations v, List<OrderLine> lines) {
        v.require(!lines.isEmpty(), "OrderLineSet", PO_INPUT_019, "must have at least one OrderItem");
        Set<String> seen = new HashSet<>();
        for (OrderLine line : lines) {
            String field = "OrderItem[articleLineId=" + line.articleLineId() + "]";
            v.requireText(line.articleLineId(), field + ".articleLineId", PO_INPUT_019)
                    .require(seen.add(line.orderLineId().orElse("") + "/" + line.articleLineId()), field, PO_INPUT_017,
                            "appears more than once")
                    .require(!line.articleIds().isEmpty() && line.articleIds().stream().noneMatch(a -> a.value().isBlank()),
                            field + ".ArticleId", PO_INPUT_021, "must be given")
                    .require(line.quantity().isPresent(), field + ".ArticleQuantity", PO_INPUT_019, "must be given")
                    .require(line.quantity().flatMap(Quantity::unitCode).isPresent() || line.quantity().isEmpty(),
                            field + ".ArticleQuantity.unitCode", PO_INPUT_019, "must be given")
                    .require(line.quantity().map(q -> q.value().signum() >= 0).orElse(true),
                            field + ".ArticleQuantity", PO_INPUT_011, "must not be negative")
                    .require(line.remainingQuantity().map(r -> r.compareTo(BigDecimal.ZERO) >= 0).orElse(true),
                            field + ".RemainingArticleQuantity", PO_INPUT_011, "must not be negative");
        }
    }
}
