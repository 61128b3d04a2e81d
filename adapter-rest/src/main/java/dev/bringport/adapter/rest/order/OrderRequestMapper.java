package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.orNull;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Contact;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link OrderMessage} as Bring's {@code CreateOrderRequest} (POST {@code /omorder}),
 * following the Order Management page's field table and examples:
 * <ul>
 * <li>enumerated values in Bring's camel case in both formats ({@code Original}, {@code DeliveryParty},
 *     {@code PhysicalAddress}, {@code StartLocation}), as the page's JSON and XML requests spell them;</li>
 * <li>{@code MessageDate} as epoch milliseconds in JSON and ISO-8601 text in XML, as the page shows;
 *     {@code Date} and {@code Time} as ISO-8601 text in both, in Norway with the offset;</li>
 * <li>the document date on {@code Order/DateAndTimes} (where Bring's answers carry it, one object in
 *     JSON) and the order's other dates ({@code DeliveryDateRequested}...) on
 *     {@code OrderSet/DateAndTimes}, a list in Bring's schema;</li>
 * <li>a customer item number without {@code codeListAgencyIdentifier} (Bring's default), other
 *     article numbers with it;</li>
 * <li>Bring's request has no place for a line's {@code orderLineId} or a party's {@code PlantId}
 *     (SOAP only): they are not sent.</li>
 * </ul>
 */
final class OrderRequestMapper {

    private OrderRequestMapper() {
    }

    /**
     * The request for a message.
     *
     * @param message the message
     * @param format  JSON or XML: how {@code MessageDate} is written
     * @return the wire request
     */
    static CreateOrderRequest toWire(OrderMessage message, WireFormat format) {
        CreateOrderRequest request = new CreateOrderRequest();
        request.version = OrderMessage.VERSION;
        request.messageFunction = message.messageFunction().bringName();
        request.messageId = message.messageId();
        CreateOrderRequest.MessageDetails details = new CreateOrderRequest.MessageDetails();
        details.sender = new CreateOrderRequest.MessageParty(message.customerNumber());
        details.recipient = new CreateOrderRequest.MessageParty(OrderMessage.MESSAGE_RECIPIENT);
        details.date = new CreateOrderRequest.MessageDate(format == WireFormat.JSON
                ? (Object) message.messageDate().toEpochMilli() : WireTime.dateTime(message.messageDate()));
        request.messageDetails = details;
        request.supplyStructure = new CreateOrderRequest.SupplyStructure();
        request.supplyStructure.orderSet = orderSet(message.order());
        return request;
    }

    private static CreateOrderRequest.OrderSet orderSet(Order order) {
        CreateOrderRequest.OrderSet set = new CreateOrderRequest.OrderSet();
        set.updateIndicator = order.updateIndicator().bringName();
        Optional<OrderDate> documentDate = order.dates().stream()
                .filter(d -> d.subClass().equals(OrderDate.DOCUMENT_DATE)).findFirst();
        set.order = order(order, documentDate);
        set.transportService = order.transportService().map(OrderRequestMapper::transportService).orElse(null);
        set.transportLeg = order.transportLeg().map(OrderRequestMapper::transportLeg).orElse(null);
        set.parties = nullIfEmpty(order.parties().stream().map(OrderRequestMapper::party).toList());
        set.orderItems = nullIfEmpty(order.lines().stream().map(OrderRequestMapper::item).toList());
        List<OrderDate> otherDates = new ArrayList<>(order.dates());
        documentDate.ifPresent(otherDates::remove);
        set.dateAndTimes = nullIfEmpty(otherDates.stream().map(OrderRequestMapper::date).toList());
        return set;
    }

    private static OrderElements.Order order(Order order, Optional<OrderDate> documentDate) {
        OrderElements.Order wire = new OrderElements.Order();
        wire.orderId = order.orderId();
        wire.references = nullIfEmpty(order.references().stream().map(OrderRequestMapper::reference).toList());
        wire.dateAndTimes = documentDate.map(d -> List.of(date(d))).orElse(null);
        wire.termsOfDelivery = nullIfEmpty(order.termsOfDelivery().stream().map(OrderRequestMapper::terms).toList());
        return wire;
    }

    private static OrderElements.Reference reference(Reference reference) {
        OrderElements.Reference wire = new OrderElements.Reference();
        wire.referenceType = reference.type();
        wire.referenceNo = reference.number();
        wire.text = orNull(reference.text());
        return wire;
    }

    private static OrderElements.DateAndTimes date(OrderDate date) {
        OrderElements.DateAndTimes wire = new OrderElements.DateAndTimes();
        wire.subClass = date.subClass();
        wire.date = WireTime.date(date.at());
        wire.time = WireTime.time(date.at());
        return wire;
    }

    private static OrderElements.TermsOfDelivery terms(TermsOfDelivery terms) {
        OrderElements.TermsOfDelivery wire = new OrderElements.TermsOfDelivery();
        wire.conditionCode = terms.conditionCode().map(Code::of).orElse(null);
        wire.conditionCodeList = terms.codeList().map(Code::of).orElse(null);
        wire.location = orNull(terms.location());
        return wire;
    }

    private static OrderElements.TransportService transportService(TransportService service) {
        OrderElements.TransportService wire = new OrderElements.TransportService();
        wire.basicServiceCode = code(service.basicServiceCode());
        wire.additionalServices = nullIfEmpty(service.additionalServiceCodes().stream().map(code -> {
            OrderElements.AdditionalService additional = new OrderElements.AdditionalService();
            additional.code = code(code);
            return additional;
        }).toList());
        return wire;
    }

    private static OrderElements.TransportLeg transportLeg(TransportLeg leg) {
        OrderElements.TransportLeg wire = new OrderElements.TransportLeg();
        wire.legType = code(leg.legType());
        wire.modeOfTransport = leg.modeOfTransport().map(m -> Code.of(m.code())).orElse(null);
        wire.locations = nullIfEmpty(leg.locations().stream().map(OrderRequestMapper::location).toList());
        return wire;
    }

    private static OrderElements.Location location(Location location) {
        OrderElements.Location wire = new OrderElements.Location();
        wire.subClass = location.subClass();
        wire.locationId = orNull(location.locationId());
        wire.name = orNull(location.name());
        wire.countryCode = location.countryCode().map(Code::of).orElse(null);
        return wire;
    }

    private static OrderElements.Party party(Party party) {
        OrderElements.Party wire = new OrderElements.Party();
        wire.subClass = party.role().name();
        wire.partyId = orNull(party.partyId());
        wire.name = orNull(party.name());
        wire.vatNo = orNull(party.vatNo());
        wire.addresses = nullIfEmpty(party.addresses().stream().map(OrderRequestMapper::address).toList());
        wire.contacts = nullIfEmpty(party.contacts().stream().map(OrderRequestMapper::contact).toList());
        wire.references = nullIfEmpty(party.references().stream().map(OrderRequestMapper::reference).toList());
        return wire;
    }

    private static OrderElements.Address address(Address address) {
        OrderElements.Address wire = new OrderElements.Address();
        wire.subClass = address.type().bringName();
        wire.postalCode = orNull(address.postalCode());
        wire.city = orNull(address.city());
        wire.zipCode = orNull(address.zipCode());
        wire.stateOrRegion = orNull(address.stateOrRegion());
        wire.countryCode = address.countryCode().map(Code::of).orElse(null);
        wire.street = orNull(address.street());
        wire.streetNo = orNull(address.streetNo());
        wire.addressLines = nullIfEmpty(address.addressLines());
        wire.poBox = orNull(address.poBox());
        wire.postOffice = orNull(address.postOffice());
        return wire;
    }

    private static OrderElements.Contact contact(Contact contact) {
        OrderElements.Contact wire = new OrderElements.Contact();
        wire.phone = orNull(contact.phone());
        wire.cellPhone = orNull(contact.cellPhone());
        wire.telefax = orNull(contact.telefax());
        wire.email = orNull(contact.email());
        wire.web = orNull(contact.web());
        wire.name = orNull(contact.name());
        wire.function = orNull(contact.function());
        return wire;
    }

    private static OrderElements.OrderItem item(OrderLine line) {
        OrderElements.OrderItem wire = new OrderElements.OrderItem();
        wire.articleLineId = line.articleLineId();
        wire.articleIds = nullIfEmpty(line.articleIds().stream().map(OrderRequestMapper::articleId).toList());
        wire.quantity = line.quantity().map(OrderRequestMapper::quantity).orElse(null);
        wire.descriptions = line.description().map(d -> List.of(description(d))).orElse(null);
        wire.dateAndTimes = nullIfEmpty(line.dates().stream().map(OrderRequestMapper::date).toList());
        wire.monetaryAmounts = line.unitPrice().map(OrderRequestMapper::amounts).orElse(null);
        wire.articleName = orNull(line.articleName());
        return wire;
    }

    private static Code articleId(ArticleId id) {
        return id.type().equals(ArticleIdType.CUSTOMER_ITEM_NO) ? Code.of(id.value()) : Code.of(id.value(), id.type().bringName());
    }

    private static OrderElements.Quantity quantity(Quantity quantity) {
        return new OrderElements.Quantity(quantity.value(), orNull(quantity.unitCode()));
    }

    private static OrderElements.Description description(Description description) {
        OrderElements.Description wire = new OrderElements.Description();
        wire.usageCode = orNull(description.usageCode());
        wire.texts = List.of(new OrderElements.DescriptionText(description.text()));
        return wire;
    }

    private static MonetaryAmounts amounts(Money price) {
        return new MonetaryAmounts(new Amount(price.amount(), orNull(price.currency())));
    }

    /** A code, or nothing for a blank one (a Deletion need not carry what an Original must). */
    private static Code code(String value) {
        return value == null || value.isBlank() ? null : Code.of(value);
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}
