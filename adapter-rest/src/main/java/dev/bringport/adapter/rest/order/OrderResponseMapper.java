package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

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
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import dev.bringport.domain.order.UpdateIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads Bring's order answers into the domain: the {@code GetOrderResponse} of GET
 * {@code /omorder} and {@code /order}, and the {@code GetPurchaseOrderItemResponse} of GET
 * {@code /items}. Both spellings of enumerated values are read ({@code DELIVERY_PARTY} and
 * {@code DeliveryParty}, {@code ORIGINAL} and {@code Original}); dates as epoch milliseconds or
 * ISO text; empty elements, blanks and nulls as absent. Parties without a role and addresses
 * without a kind cannot be told apart and are skipped; a kind of address or article number Bring
 * does not document fails the read (the domain has no place for it).
 */
final class OrderResponseMapper {

    private OrderResponseMapper() {
    }

    /**
     * The order of an answer.
     *
     * @param answer      the answer
     * @param requestedId the order id asked for, used when the answer leaves it out
     * @return the order
     * @throws IllegalArgumentException when the answer holds no order
     */
    static Order order(GetOrderResponse answer, String requestedId) {
        GetOrderResponse.OrderSet set = answer.orderSet;
        if (set == null || set.order == null) {
            throw new IllegalArgumentException("the answer holds no OrderSet/Order");
        }
        OrderElements.Order wire = set.order;
        Order.Builder order = Order.builder(text(wire.orderId).orElse(requestedId))
                .updateIndicator(text(set.updateIndicator).map(UpdateIndicator::fromBring).orElse(UpdateIndicator.ORIGINAL));
        text(wire.orderStatus).map(OrderStatus::new).ifPresent(order::status);
        text(wire.senderStatus).map(SenderStatus::fromBring).ifPresent(order::senderStatus);
        references(wire.references).forEach(order::reference);
        Stream.concat(each(wire.dateAndTimes).stream(), each(set.dateAndTimes).stream())
                .map(OrderResponseMapper::date).flatMap(Optional::stream).forEach(order::date);
        each(wire.termsOfDelivery).stream().map(OrderResponseMapper::terms).flatMap(Optional::stream)
                .forEach(order::termsOfDelivery);
        transportService(set.transportService).ifPresent(order::transportService);
        transportLeg(set.transportLeg).ifPresent(order::transportLeg);
        for (OrderElements.Party party : each(set.parties)) {
            party(party).ifPresent(order::party);
        }
        for (GetOrderResponse.OrderLineSet lineSet : each(set.orderLineSets)) {
            each(lineSet.orderItems).forEach(item -> order.line(line(lineSet.orderLineId, item)));
        }
        return order.build();
    }

    /**
     * The lines of a GET {@code /items} answer.
     *
     * @param answer the answer
     * @return the lines, in Bring's order
     */
    static List<OrderLine> lines(GetPurchaseOrderItemResponse answer) {
        List<OrderLine> lines = new ArrayList<>();
        if (answer.purchaseOrderItem == null) {
            return lines;
        }
        for (GetPurchaseOrderItemResponse.OrderLineSet lineSet : each(answer.purchaseOrderItem.orderLineSets)) {
            for (GetPurchaseOrderItemResponse.Item item : each(lineSet.items)) {
                OrderLine.Builder line = OrderLine.builder(text(item.articleLineId).orElse(""))
                        .orderLineId(text(lineSet.orderLineId).orElse(null));
                Optional.ofNullable(item.quantity).map(q -> new Quantity(q, Optional.empty())).ifPresent(line::quantity);
                Optional.ofNullable(item.remainingQuantity).ifPresent(line::remainingQuantity);
                Optional.ofNullable(item.description).flatMap(d -> text(d.text)
                        .map(t -> new Description(t, text(d.usage)))).ifPresent(line::description);
                price(item.monetaryAmounts).ifPresent(line::unitPrice);
                lines.add(line.build());
            }
        }
        return lines;
    }

    private static List<Reference> references(List<OrderElements.Reference> wire) {
        List<Reference> references = new ArrayList<>();
        for (OrderElements.Reference r : each(wire)) {
            Optional<String> type = text(r.referenceType);
            Optional<String> number = text(r.referenceNo);
            if (type.isPresent() || number.isPresent()) {
                references.add(new Reference(type.orElse(""), number.orElse(""), text(r.text)));
            }
        }
        return references;
    }

    private static Optional<OrderDate> date(OrderElements.DateAndTimes wire) {
        return text(wire.subClass).flatMap(kind -> WireTime.instant(wire.date, wire.time).map(at -> new OrderDate(kind, at)));
    }

    private static Optional<TermsOfDelivery> terms(OrderElements.TermsOfDelivery wire) {
        TermsOfDelivery terms = new TermsOfDelivery(text(wire.conditionCode), text(wire.conditionCodeList),
                text(wire.location));
        return terms.conditionCode().isEmpty() && terms.codeList().isEmpty() && terms.location().isEmpty()
                ? Optional.empty() : Optional.of(terms);
    }

    private static Optional<TransportService> transportService(OrderElements.TransportService wire) {
        if (wire == null) {
            return Optional.empty();
        }
        List<String> additional = each(wire.additionalServices).stream().map(a -> text(a.code))
                .flatMap(Optional::stream).toList();
        Optional<String> basic = text(wire.basicServiceCode);
        return basic.isEmpty() && additional.isEmpty() ? Optional.empty()
                : Optional.of(new TransportService(basic.orElse(""), additional));
    }

    private static Optional<TransportLeg> transportLeg(OrderElements.TransportLeg wire) {
        if (wire == null) {
            return Optional.empty();
        }
        List<Location> locations = each(wire.locations).stream()
                .map(l -> new Location(text(l.subClass).orElse(""), text(l.locationId), text(l.name), text(l.countryCode)))
                .toList();
        Optional<String> legType = text(wire.legType);
        Optional<ModeOfTransport> mode = text(wire.modeOfTransport).map(ModeOfTransport::new);
        return legType.isEmpty() && mode.isEmpty() && locations.isEmpty() ? Optional.empty()
                : Optional.of(new TransportLeg(legType.orElse(""), mode, locations));
    }

    private static Optional<Party> party(OrderElements.Party wire) {
        Optional<String> role = text(wire.subClass);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Party.Builder party = Party.builder(PartyRole.of(role.get()))
                .partyId(text(wire.partyId).orElse(null))
                .name(text(wire.name).orElse(null))
                .vatNo(text(wire.vatNo).orElse(null))
                .plantId(text(wire.plantId).orElse(null));
        for (OrderElements.Address address : each(wire.addresses)) {
            address(address).ifPresent(party::address);
        }
        for (OrderElements.Contact contact : each(wire.contacts)) {
            party.contact(contact(contact));
        }
        references(wire.references).forEach(party::reference);
        return Optional.of(party.build());
    }

    private static Optional<Address> address(OrderElements.Address wire) {
        Optional<String> kind = text(wire.subClass);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Address.Builder address = Address.builder(AddressType.fromBring(kind.get()))
                .postalCode(text(wire.postalCode).orElse(null))
                .city(text(wire.city).orElse(null))
                .zipCode(text(wire.zipCode).orElse(null))
                .stateOrRegion(text(wire.stateOrRegion).orElse(null))
                .countryCode(text(wire.countryCode).orElse(null))
                .street(text(wire.street).orElse(null))
                .streetNo(text(wire.streetNo).orElse(null))
                .poBox(text(wire.poBox).orElse(null))
                .postOffice(text(wire.postOffice).orElse(null));
        for (String line : each(wire.addressLines)) {
            text(line).ifPresent(address::addressLine);
        }
        return Optional.of(address.build());
    }

    private static Contact contact(OrderElements.Contact wire) {
        return Contact.builder()
                .name(text(wire.name).orElse(null))
                .function(text(wire.function).orElse(null))
                .phone(text(wire.phone).orElse(null))
                .cellPhone(text(wire.cellPhone).orElse(null))
                .telefax(text(wire.telefax).orElse(null))
                .email(text(wire.email).or(() -> text(wire.mail)).orElse(null))
                .web(text(wire.web).orElse(null))
                .build();
    }

    private static OrderLine line(String orderLineId, OrderElements.OrderItem wire) {
        OrderLine.Builder line = OrderLine.builder(text(wire.articleLineId).orElse(""))
                .orderLineId(text(orderLineId).orElse(null))
                .articleName(text(wire.articleName).orElse(null));
        each(wire.articleIds).stream().filter(id -> text(id).isPresent())
                .map(id -> new ArticleId(text(id).get(), ArticleIdType.fromBring(id.codeListAgencyIdentifier)))
                .forEach(line::articleId);
        Optional.ofNullable(wire.quantity).filter(q -> q.value != null)
                .map(q -> new Quantity(q.value, text(q.unitCode))).ifPresent(line::quantity);
        Optional.ofNullable(wire.remainingQuantity).ifPresent(line::remainingQuantity);
        each(wire.descriptions).stream().map(OrderResponseMapper::description).flatMap(Optional::stream).findFirst()
                .ifPresent(line::description);
        each(wire.dateAndTimes).stream().map(OrderResponseMapper::date).flatMap(Optional::stream).forEach(line::date);
        price(wire.monetaryAmounts).ifPresent(line::unitPrice);
        return line.build();
    }

    /** The first text of a description; Bring's examples never give more than one. */
    private static Optional<Description> description(OrderElements.Description wire) {
        return each(wire.texts).stream().map(t -> text(t.value)).flatMap(Optional::stream).findFirst()
                .map(t -> new Description(t, text(wire.usageCode)));
    }

    private static Optional<Money> price(MonetaryAmounts amounts) {
        return Optional.ofNullable(amounts).map(a -> a.unitPrice).filter(p -> p.value != null)
                .map(p -> new Money(p.value, text(p.currencyIdentificationCode)));
    }
}
