package dev.bringport.adapter.rest.order;

import dev.bringport.domain.Money;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Contact;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Bring's order answers, written from the in-memory Bring's orders in Bring's
 * documented shapes: {@code GetOrderResponse} (the page's example, plus the parts of the order
 * schema the example leaves out: transport service, quantities with their unit, what remains,
 * every date) and {@code GetPurchaseOrderItemResponse} (bare quantities, {@code {"Text", "Usage"}}
 * descriptions).
 */
final class SimulatedOrderAnswers {

    private final SimulatedSpelling spelling;

    SimulatedOrderAnswers(SimulatedSpelling spelling) {
        this.spelling = spelling;
    }

    /** @return the {@code OrderSet} of a {@code GetOrderResponse} for an order */
    GetOrderResponse.OrderSet orderSet(Order order) {
        GetOrderResponse.OrderSet set = new GetOrderResponse.OrderSet();
        set.updateIndicator = spelling.name(order.updateIndicator().bringName());
        OrderElements.Order wire = new OrderElements.Order();
        wire.orderId = order.orderId();
        wire.orderStatus = order.status().map(Object::toString).orElse(null);
        wire.references = order.references().stream().map(SimulatedOrderAnswers::reference).toList();
        List<OrderDate> dates = new ArrayList<>(order.dates());
        Optional<OrderDate> documentDate = dates.stream().filter(d -> d.subClass().equals(OrderDate.DOCUMENT_DATE)).findFirst();
        documentDate.ifPresent(dates::remove);
        wire.dateAndTimes = documentDate.map(d -> List.of(date(d))).orElse(null);
        wire.termsOfDelivery = order.termsOfDelivery().stream().map(SimulatedOrderAnswers::terms).toList();
        set.order = wire;
        set.transportService = order.transportService().map(s -> {
            OrderElements.TransportService service = new OrderElements.TransportService();
            service.basicServiceCode = Code.of(s.basicServiceCode());
            service.additionalServices = s.additionalServiceCodes().stream().map(code -> {
                OrderElements.AdditionalService additional = new OrderElements.AdditionalService();
                additional.code = Code.of(code);
                return additional;
            }).toList();
            return service;
        }).orElse(null);
        set.transportLeg = order.transportLeg().map(l -> {
            OrderElements.TransportLeg leg = new OrderElements.TransportLeg();
            leg.legType = Code.of(l.legType());
            leg.modeOfTransport = l.modeOfTransport().map(m -> Code.of(m.code())).orElse(null);
            leg.locations = l.locations().stream().map(this::location).toList();
            return leg;
        }).orElse(null);
        set.parties = order.parties().stream().map(this::party).toList();
        Map<String, GetOrderResponse.OrderLineSet> lineSets = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            GetOrderResponse.OrderLineSet lineSet = lineSets.computeIfAbsent(line.orderLineId().orElse(""), id -> {
                GetOrderResponse.OrderLineSet s = new GetOrderResponse.OrderLineSet();
                s.orderLineId = id.isEmpty() ? null : id;
                s.orderItems = new ArrayList<>();
                return s;
            });
            lineSet.orderItems.add(item(line));
        }
        set.orderLineSets = List.copyOf(lineSets.values());
        set.dateAndTimes = dates.stream().map(this::date).toList();
        return set;
    }

    /** @return the {@code PurchaseOrderItem} of a GET {@code /items} answer */
    GetPurchaseOrderItemResponse.PurchaseOrderItem items(List<OrderLine> lines) {
        Map<String, GetPurchaseOrderItemResponse.OrderLineSet> lineSets = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            GetPurchaseOrderItemResponse.OrderLineSet lineSet = lineSets.computeIfAbsent(line.orderLineId().orElse(""), id -> {
                GetPurchaseOrderItemResponse.OrderLineSet s = new GetPurchaseOrderItemResponse.OrderLineSet();
                s.orderLineId = id.isEmpty() ? null : id;
                s.items = new ArrayList<>();
                return s;
            });
            GetPurchaseOrderItemResponse.Item item = new GetPurchaseOrderItemResponse.Item();
            item.articleLineId = line.articleLineId();
            item.quantity = line.quantity().map(q -> q.value()).orElse(null);
            item.remainingQuantity = line.remaining();
            item.description = new ItemDescription(line.description().map(d -> d.text()).orElse(""),
                    line.description().flatMap(d -> d.usageCode()).orElse(""));
            Money price = line.unitPrice().orElse(new Money(BigDecimal.ZERO, Optional.empty()));
            item.monetaryAmounts = new MonetaryAmounts(new Amount(price.amount(), price.currency().orElse("")));
            lineSet.items.add(item);
        }
        GetPurchaseOrderItemResponse.PurchaseOrderItem wire = new GetPurchaseOrderItemResponse.PurchaseOrderItem();
        wire.orderLineSets = List.copyOf(lineSets.values());
        return wire;
    }

    private static OrderElements.Reference reference(Reference reference) {
        OrderElements.Reference wire = new OrderElements.Reference();
        wire.referenceType = reference.type();
        wire.referenceNo = reference.number();
        wire.text = reference.text().orElse(null);
        return wire;
    }

    private OrderElements.DateAndTimes date(OrderDate date) {
        OrderElements.DateAndTimes wire = new OrderElements.DateAndTimes();
        wire.subClass = spelling.name(date.subClass());
        wire.date = spelling.date(date.at());
        wire.time = spelling.time(date.at());
        return wire;
    }

    private static OrderElements.TermsOfDelivery terms(TermsOfDelivery terms) {
        OrderElements.TermsOfDelivery wire = new OrderElements.TermsOfDelivery();
        wire.conditionCode = terms.conditionCode().map(Code::of).orElse(null);
        wire.conditionCodeList = terms.codeList().map(Code::of).orElse(null);
        wire.location = terms.location().orElse("");
        return wire;
    }

    private OrderElements.Location location(Location location) {
        OrderElements.Location wire = new OrderElements.Location();
        wire.subClass = spelling.name(location.subClass());
        wire.locationId = location.locationId().orElse(null);
        wire.name = location.name().orElse(null);
        wire.countryCode = location.countryCode().map(Code::of).orElse(null);
        return wire;
    }

    private OrderElements.Party party(Party party) {
        OrderElements.Party wire = new OrderElements.Party();
        wire.subClass = spelling.name(party.role().name());
        wire.partyId = party.partyId().orElse("");
        wire.name = party.name().orElse(null);
        wire.vatNo = party.vatNo().orElse("");
        wire.addresses = party.addresses().stream().map(this::address).toList();
        wire.contacts = party.contacts().stream().map(SimulatedOrderAnswers::contact).toList();
        wire.references = party.references().stream().map(SimulatedOrderAnswers::reference).toList();
        return wire;
    }

    private OrderElements.Address address(Address address) {
        OrderElements.Address wire = new OrderElements.Address();
        wire.subClass = spelling.name(address.type().bringName());
        wire.postalCode = address.postalCode().orElse(null);
        wire.city = address.city().orElse(null);
        wire.zipCode = address.zipCode().orElse(null);
        wire.stateOrRegion = address.stateOrRegion().orElse("");
        wire.countryCode = address.countryCode().map(Code::of).orElse(null);
        wire.street = address.street().orElse(null);
        wire.streetNo = address.streetNo().orElse(null);
        wire.addressLines = address.addressLines();
        wire.poBox = address.poBox().orElse(null);
        wire.postOffice = address.postOffice().orElse(null);
        return wire;
    }

    private static OrderElements.Contact contact(Contact contact) {
        OrderElements.Contact wire = new OrderElements.Contact();
        wire.name = contact.name().orElse(null);
        wire.function = contact.function().orElse(null);
        wire.phone = contact.phone().orElse(null);
        wire.cellPhone = contact.cellPhone().orElse(null);
        wire.telefax = contact.telefax().orElse(null);
        wire.email = contact.email().orElse(null);
        wire.web = contact.web().orElse(null);
        return wire;
    }

    private OrderElements.OrderItem item(OrderLine line) {
        OrderElements.OrderItem wire = new OrderElements.OrderItem();
        wire.articleLineId = line.articleLineId();
        wire.articleIds = line.articleIds().stream().map(this::articleId).toList();
        wire.quantity = line.quantity().map(q -> new OrderElements.Quantity(q.value(), q.unitCode().orElse(null))).orElse(null);
        wire.remainingQuantity = line.remainingQuantity().orElse(null);
        wire.descriptions = line.description().map(d -> {
            OrderElements.Description description = new OrderElements.Description();
            description.usageCode = d.usageCode().orElse(null);
            description.texts = List.of(new OrderElements.DescriptionText(d.text()));
            return List.of(description);
        }).orElse(List.of());
        wire.dateAndTimes = line.dates().stream().map(this::date).toList();
        wire.monetaryAmounts = line.unitPrice()
                .map(p -> new MonetaryAmounts(new Amount(p.amount(), p.currency().orElse(null)))).orElse(null);
        wire.articleName = line.articleName().orElse(null);
        return wire;
    }

    /** Bring's answers leave the default type (CustomerItemNo) out: {@code ""} in JSON, no attribute in XML. */
    private Code articleId(ArticleId id) {
        if (!id.type().equals(ArticleIdType.CUSTOMER_ITEM_NO)) {
            return Code.of(id.value(), id.type().bringName());
        }
        return Code.of(id.value(), spelling == SimulatedSpelling.JSON ? "" : null);
    }
}
