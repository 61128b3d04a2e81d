package dev.bringport.adapter.soap.order;

import static dev.bringport.adapter.soap.transport.WireText.text;

import dev.bringport.adapter.soap.order.generated.AdditionalServiceType;
import dev.bringport.adapter.soap.order.generated.AddressType;
import dev.bringport.adapter.soap.order.generated.ArticleIdentifierType;
import dev.bringport.adapter.soap.order.generated.ArticleMonetaryAmountsType;
import dev.bringport.adapter.soap.order.generated.ContactType;
import dev.bringport.adapter.soap.order.generated.CreatePackagingListRequest;
import dev.bringport.adapter.soap.order.generated.CreateTransportOrderRequest;
import dev.bringport.adapter.soap.order.generated.DateAndTimesType;
import dev.bringport.adapter.soap.order.generated.DescriptionType;
import dev.bringport.adapter.soap.order.generated.ErrorType;
import dev.bringport.adapter.soap.order.generated.GetPurchaseOrderRequest;
import dev.bringport.adapter.soap.order.generated.LocationType;
import dev.bringport.adapter.soap.order.generated.OrderItemType;
import dev.bringport.adapter.soap.order.generated.OrderLineSetType;
import dev.bringport.adapter.soap.order.generated.OrderReferenceType;
import dev.bringport.adapter.soap.order.generated.PackingListAdditionalItemType;
import dev.bringport.adapter.soap.order.generated.PackingListAdditionalSetType;
import dev.bringport.adapter.soap.order.generated.PackingListItemType;
import dev.bringport.adapter.soap.order.generated.PackingListSetType;
import dev.bringport.adapter.soap.order.generated.PackingListType;
import dev.bringport.adapter.soap.order.generated.PartyType;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderSetType;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderType;
import dev.bringport.adapter.soap.order.generated.QuantityType;
import dev.bringport.adapter.soap.order.generated.RequestPropertiesType;
import dev.bringport.adapter.soap.order.generated.ResponsePropertiesType;
import dev.bringport.adapter.soap.order.generated.TermsOfDeliveryType;
import dev.bringport.adapter.soap.order.generated.TransportLegType;
import dev.bringport.adapter.soap.order.generated.TransportServiceType;
import dev.bringport.adapter.soap.order.generated.UnitPriceType;
import dev.bringport.adapter.soap.transport.WireText;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.AdditionalItem;
import dev.bringport.domain.order.Address;
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
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.PartyRole;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportService;
import dev.bringport.domain.order.UpdateIndicator;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps between the domain and the messages of purchaseorder-v1.wsdl: requests out, orders and
 * Bring's {@code ResponseProperties/Error} in. The generated types never leave this adapter.
 */
final class OrderMapper {

    /** The schema version Bring's examples send. */
    static final String SCHEMA_VERSION = "1";
    /** The kind of date a request carries. */
    static final String REQUEST_DATE = "RequestDate";
    /** The status of a create operation that failed. */
    static final String FAILED = "FAILED";
    /** The {@code Status} of a create Bring carried out. */
    static final String OK = "OK";

    private final String locale;

    OrderMapper(String locale) {
        this.locale = locale;
    }

    // --- requests ---------------------------------------------------------------------------------

    GetPurchaseOrderRequest getPurchaseOrder(String customerId, String orderId, Instant now) {
        GetPurchaseOrderRequest request = new GetPurchaseOrderRequest();
        request.setRequestProperties(requestProperties(now));
        request.setCustomerNo(customerId);
        request.setPurchaseOrderNo(orderId);
        return request;
    }

    CreatePackagingListRequest createPackagingList(String customerId, String orderId, PackingList list, Instant now) {
        CreatePackagingListRequest request = new CreatePackagingListRequest();
        request.setRequestProperties(requestProperties(now));
        request.setCustomerNo(customerId);
        request.setPurchaseOrderNo(orderId);
        request.setPackingList(packingList(list));
        return request;
    }

    CreateTransportOrderRequest createTransportOrder(String customerId, String orderId, PackingList content, Instant now) {
        CreateTransportOrderRequest request = new CreateTransportOrderRequest();
        request.setRequestProperties(requestProperties(now));
        request.setCustomerNo(customerId);
        request.setPurchaseOrderNo(orderId);
        request.setTransportOrder(packingList(content));
        return request;
    }

    private RequestPropertiesType requestProperties(Instant now) {
        RequestPropertiesType properties = new RequestPropertiesType();
        properties.setSchemaVersion(SCHEMA_VERSION);
        properties.setLocale(locale);
        // to the millisecond, as in Bring's examples (2022-05-25T13:32:40.149+02:00)
        properties.setDateAndTimes(dateAndTimes(REQUEST_DATE, now.truncatedTo(ChronoUnit.MILLIS)));
        return properties;
    }

    /** A packing list: its items grouped in one PackingListSet per order line set, in their order. */
    static PackingListType packingList(PackingList list) {
        PackingListType wire = new PackingListType();
        wire.setConsignmentId(list.consignmentId());
        wire.setPackageId(list.packageId().orElse(null));
        Map<Optional<String>, PackingListSetType> sets = new LinkedHashMap<>();
        for (PackingListItem item : list.items()) {
            PackingListSetType set = sets.computeIfAbsent(item.orderLineId(), orderLineId -> {
                PackingListSetType created = new PackingListSetType();
                created.setOrderLineId(orderLineId.orElse(null));
                return created;
            });
            PackingListItemType wireItem = new PackingListItemType();
            wireItem.setArticleLineId(item.articleLineId());
            wireItem.setArticleQuantity(item.quantity());
            wireItem.setArticleNumber(item.articleNumber().orElse(null));
            wireItem.setArticleVendorNumber(item.articleVendorNumber().orElse(null));
            set.getPackingListItem().add(wireItem);
        }
        wire.getPackingListSet().addAll(sets.values());
        if (!list.additionalItems().isEmpty()) {
            PackingListAdditionalSetType additional = new PackingListAdditionalSetType();
            for (AdditionalItem item : list.additionalItems()) {
                PackingListAdditionalItemType wireItem = new PackingListAdditionalItemType();
                wireItem.setArticleId(item.articleId());
                wireItem.setArticleQuantity(item.quantity());
                wireItem.setDescription(item.description().map(OrderMapper::description).orElse(null));
                wireItem.setDateAndTimes(item.date().map(d -> dateAndTimes(d.subClass(), d.at())).orElse(null));
                wireItem.setArticleMonetaryAmounts(item.unitPrice().map(OrderMapper::amounts).orElse(null));
                additional.getPackingListAdditionalItem().add(wireItem);
            }
            wire.getPackingListAdditionalSet().add(additional);
        }
        return wire;
    }

    static DateAndTimesType dateAndTimes(String subClass, Instant at) {
        DateAndTimesType date = new DateAndTimesType();
        date.setSubClass(subClass);
        date.setValue(WireTime.text(at));
        return date;
    }

    static DescriptionType description(Description description) {
        DescriptionType wire = new DescriptionType();
        wire.setText(description.text());
        wire.setUsage(description.usageCode().orElse(""));
        return wire;
    }

    static ArticleMonetaryAmountsType amounts(Money price) {
        UnitPriceType unitPrice = new UnitPriceType();
        unitPrice.setValue(price.amount());
        unitPrice.setCurrencyIdentificationCode(price.currency().orElse(null));
        ArticleMonetaryAmountsType amounts = new ArticleMonetaryAmountsType();
        amounts.setUnitPrice(unitPrice);
        return amounts;
    }

    // --- answers ----------------------------------------------------------------------------------

    /**
     * Requires the answer to a create (CreatePackagingList, CreateTransportOrder) to be one of
     * Bring's: its {@code ResponseProperties} (which the contract requires) and a {@code Status}
     * of OK or FAILED when it has one, as Bring's SOAP examples show them. Anything else (another
     * element in the body, say) is no proof that Bring carried the write out, then typed by
     * {@link #requireAccepted}.
     *
     * @param operation  the operation
     * @param properties the answer's ResponseProperties, null when it has none
     * @param status     the answer's Status, null when it has none
     * @param httpStatus the HTTP status the answer came with
     * @throws IllegalArgumentException for an answer that is none of Bring's to a create
     */
    static void requireCreated(Operation operation, ResponsePropertiesType properties, String status,
                               OptionalInt httpStatus) {
        if (properties == null) {
            throw new IllegalArgumentException("the answer holds no ResponseProperties: it is no answer of Bring's to a"
                    + " create");
        }
        String said = status == null ? OK : status.strip();
        if (!said.equalsIgnoreCase(OK) && !said.equalsIgnoreCase(FAILED)) {
            throw new IllegalArgumentException("the answer's Status is neither OK nor FAILED: " + status);
        }
        requireAccepted(operation, properties, status, httpStatus);
    }

    /**
     * Throws Bring's errors of an answer as the ports' failure. A create operation that reports
     * Status FAILED without an error is a failure too.
     *
     * @param operation  the operation
     * @param properties the answer's ResponseProperties
     * @param status     the answer's Status, null when the operation has none
     * @param httpStatus the HTTP status the answer came with
     */
    static void requireAccepted(Operation operation, ResponsePropertiesType properties, String status,
                                OptionalInt httpStatus) {
        List<ErrorType> wireErrors = properties == null ? List.of() : properties.getError();
        List<BringError> errors = new ArrayList<>();
        List<String> uncoded = new ArrayList<>();
        for (ErrorType error : wireErrors) {
            String description = text(error.getDescription()).orElse("");
            Optional<String> code = text(error.getCode());
            if (code.isPresent()) {
                errors.add(BringError.of(ErrorCode.of(code.get()), description.isEmpty() ? code.get() : description));
            } else {
                uncoded.add(description);
            }
        }
        boolean failed = status != null && status.strip().equalsIgnoreCase(FAILED);
        if (errors.isEmpty() && uncoded.isEmpty() && !failed) {
            return;
        }
        Failure failure = errors.isEmpty()
                ? new Failure(operation, "Bring answered " + (failed ? "Status FAILED" : "an error") + " without a code"
                + (uncoded.isEmpty() ? "" : ": " + String.join("; ", uncoded)), List.of(), OptionalInt.empty(),
                Optional.empty(), true)
                : Failure.of(operation, errors);
        throw BringFailures.fromAnswer(httpStatus.isPresent() ? failure.withHttpStatus(httpStatus.getAsInt()) : failure);
    }

    /**
     * The order of a GetPurchaseOrder answer. The set's own DateAndTimes (after the lines) dates
     * the message, not the order, and is left out.
     *
     * @param set the answer's PurchaseOrderSet
     * @return the order
     */
    static Order order(PurchaseOrderSetType set) {
        PurchaseOrderType wire = set.getPurchaseOrder();
        if (wire == null) {
            throw new IllegalArgumentException("PurchaseOrderSet has no PurchaseOrder");
        }
        Order.Builder order = Order.builder(wire.getOrderId())
                .updateIndicator(text(set.getUpdateIndicator()).map(UpdateIndicator::fromBring).orElse(UpdateIndicator.ORIGINAL));
        text(wire.getSenderStatus()).map(SenderStatus::fromBring).ifPresent(order::senderStatus);
        text(wire.getOrderStatus()).map(OrderStatus::new).ifPresent(order::status);
        wire.getReference().forEach(r -> order.reference(reference(r)));
        dates(wire.getDateAndTimes()).forEach(order::date);
        for (TermsOfDeliveryType terms : wire.getTermsOfDelivery()) {
            order.termsOfDelivery(new TermsOfDelivery(text(terms.getTODConditionCode()),
                    text(terms.getTODConditionCodeList()), text(terms.getTODLocation())));
        }
        Optional.ofNullable(set.getTransportService()).map(OrderMapper::transportService).ifPresent(order::transportService);
        Optional.ofNullable(set.getTransportLeg()).map(OrderMapper::transportLeg).ifPresent(order::transportLeg);
        set.getParty().forEach(p -> order.party(party(p)));
        for (OrderLineSetType lineSet : set.getOrderLineSet()) {
            for (OrderItemType item : lineSet.getOrderItem()) {
                order.line(line(text(lineSet.getOrderLineId()), item));
            }
        }
        return order.build();
    }

    private static Reference reference(OrderReferenceType wire) {
        return new Reference(text(wire.getReferenceType()).orElse(""), text(wire.getReferenceNo()).orElse(""),
                text(wire.getText()));
    }

    private static List<OrderDate> dates(List<DateAndTimesType> wire) {
        List<OrderDate> dates = new ArrayList<>();
        for (DateAndTimesType date : wire) {
            Optional<String> subClass = text(date.getSubClass());
            Optional<String> value = text(date.getValue());
            if (subClass.isPresent() && value.isPresent()) {
                dates.add(new OrderDate(subClass.get(), WireTime.instant(value.get())));
            }
        }
        return dates;
    }

    private static TransportService transportService(TransportServiceType wire) {
        return new TransportService(text(wire.getBasicServiceCode()).orElse(""), wire.getAdditionalService().stream()
                .map(AdditionalServiceType::getAdditionalServiceCode).map(WireText::text)
                .flatMap(Optional::stream).toList());
    }

    private static TransportLeg transportLeg(TransportLegType wire) {
        List<Location> locations = new ArrayList<>();
        for (LocationType location : wire.getLocation()) {
            locations.add(new Location(text(location.getSubClass()).orElse(""), text(location.getLocationId()),
                    text(location.getLocationName()), text(location.getCountryCode())));
        }
        return new TransportLeg(text(wire.getTransportLeg()).orElse(""),
                text(wire.getModeOfTransport()).map(ModeOfTransport::new), locations);
    }

    private static Party party(PartyType wire) {
        Party.Builder party = Party.builder(PartyRole.of(wire.getSubClass()))
                .partyId(wire.getPartyId()).name(wire.getName()).vatNo(wire.getVATNo()).plantId(wire.getPlantId());
        for (AddressType address : wire.getAddress()) {
            addressType(address.getSubClass()).ifPresent(type -> {
                Address.Builder a = Address.builder(type).street(address.getStreet()).streetNo(address.getStreetNo())
                        .postalCode(address.getPostalCode()).city(address.getCity()).zipCode(address.getZIPCode())
                        .stateOrRegion(address.getStateOrRegion()).countryCode(address.getCountryCode())
                        .poBox(address.getPOBox()).postOffice(address.getPostOffice());
                address.getAddressLine().forEach(a::addressLine);
                party.address(a.build());
            });
        }
        for (ContactType contact : wire.getContact()) {
            party.contact(Contact.builder().name(contact.getContactName()).function(contact.getContactFunction())
                    .phone(contact.getPhoneNo()).cellPhone(contact.getCellPhoneNo()).telefax(contact.getTelefaxNo())
                    .email(contact.getMail()).web(contact.getWebAddress()).build());
        }
        wire.getReference().forEach(r -> party.reference(reference(r)));
        return party.build();
    }

    /** An address without a kind is left out rather than failing the whole order; a new kind passes through. */
    private static Optional<dev.bringport.domain.order.AddressType> addressType(String subClass) {
        try {
            return Optional.of(dev.bringport.domain.order.AddressType.fromBring(subClass == null ? "" : subClass));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static OrderLine line(Optional<String> orderLineId, OrderItemType item) {
        OrderLine.Builder line = OrderLine.builder(item.getArticleLineId()).orderLineId(orderLineId.orElse(null))
                .articleName(item.getArticleName());
        for (ArticleIdentifierType id : item.getArticleId()) {
            text(id.getValue()).ifPresent(value ->
                    line.articleId(new ArticleId(value, ArticleIdType.fromBring(id.getCodeListAgencyIdentifier()))));
        }
        QuantityType quantity = item.getArticleQuantity();
        if (quantity != null && quantity.getValue() != null) {
            line.quantity(new Quantity(quantity.getValue(), text(quantity.getUnitCode())));
        }
        line.remainingQuantity(item.getRemainingArticleQuantity());
        DescriptionType description = item.getDescription();
        if (description != null && text(description.getText()).isPresent()) {
            line.description(new Description(description.getText(), text(description.getUsage())));
        }
        dates(item.getDateAndTimes()).forEach(line::date);
        ArticleMonetaryAmountsType amounts = item.getArticleMonetaryAmounts();
        if (amounts != null && amounts.getUnitPrice() != null && amounts.getUnitPrice().getValue() != null) {
            line.unitPrice(new Money(amounts.getUnitPrice().getValue(),
                    text(amounts.getUnitPrice().getCurrencyIdentificationCode())));
        }
        return line.build();
    }

}
