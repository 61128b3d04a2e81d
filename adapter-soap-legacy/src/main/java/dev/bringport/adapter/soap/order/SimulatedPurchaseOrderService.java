package dev.bringport.adapter.soap.order;

import dev.bringport.adapter.soap.server.SimulatedCaller;
import dev.bringport.adapter.soap.order.generated.AdditionalServiceType;
import dev.bringport.adapter.soap.order.generated.AddressType;
import dev.bringport.adapter.soap.order.generated.ArticleIdentifierType;
import dev.bringport.adapter.soap.order.generated.ContactType;
import dev.bringport.adapter.soap.order.generated.CreatePackagingListRequest;
import dev.bringport.adapter.soap.order.generated.CreatePackagingListResponse;
import dev.bringport.adapter.soap.order.generated.CreateTransportOrderRequest;
import dev.bringport.adapter.soap.order.generated.CreateTransportOrderResponse;
import dev.bringport.adapter.soap.order.generated.DateAndTimesType;
import dev.bringport.adapter.soap.order.generated.ErrorType;
import dev.bringport.adapter.soap.order.generated.GetPurchaseOrderRequest;
import dev.bringport.adapter.soap.order.generated.GetPurchaseOrderResponse;
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
import dev.bringport.adapter.soap.order.generated.PurchaseOrderPort;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderSetType;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderType;
import dev.bringport.adapter.soap.order.generated.QuantityType;
import dev.bringport.adapter.soap.order.generated.ResponsePropertiesType;
import dev.bringport.adapter.soap.order.generated.TermsOfDeliveryType;
import dev.bringport.adapter.soap.order.generated.TransportLegType;
import dev.bringport.adapter.soap.order.generated.TransportServiceType;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.Money;
import dev.bringport.domain.order.AdditionalItem;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Contact;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Location;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.order.Reference;
import dev.bringport.domain.order.TermsOfDelivery;
import dev.bringport.domain.order.TransportLeg;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.server.FrontDoor;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.WebServiceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Bring's Order Management SOAP service ({@code purchaseorder-v1.wsdl}), served: the service
 * interface generated from the WSDL the client uses, implemented by any
 * {@link BringPorts} (the ports of the user named in {@code X-Mybring-API-Uid}) and published by
 * Metro. Bring's errors come back as {@code ResponseProperties/Error} inside the answer, with
 * Status FAILED on creates, as in Bring's examples; a caller Bring's door does not let in gets
 * {@code PO_STATE_002} there; throttling, an unavailable service and a timeout show as the HTTP
 * status Bring's gateway answers ({@link SimulatedCaller#answeredOnTheWire}).
 */
public final class SimulatedPurchaseOrderService {

    private SimulatedPurchaseOrderService() {
    }

    /**
     * The service, ready for Metro to publish.
     *
     * @param ports the ports of each user, by Mybring login
     * @param door  Bring's door, which says who is logged in
     * @return the endpoint, not yet published
     */
    public static Endpoint endpoint(Function<String, BringPorts> ports, FrontDoor door) {
        return Endpoint.create(new Port(ports, door));
    }

    /**
     * The generated service interface, implemented. Public, as Metro calls it by reflection; made
     * only by {@link #endpoint}, and no part of the adapter's API.
     *
     * @hidden
     */
    @WebService(endpointInterface = "dev.bringport.adapter.soap.order.generated.PurchaseOrderPort",
            targetNamespace = "http://api.bring.com/po", serviceName = "PurchaseOrderPortService",
            portName = "PurchaseOrderPortSoap11", wsdlLocation = "wsdl/purchaseorder-v1.wsdl")
    public static class Port implements PurchaseOrderPort {

        private final Function<String, BringPorts> ports;
        private final FrontDoor door;

        @Resource
        private WebServiceContext context;

        Port(Function<String, BringPorts> ports, FrontDoor door) {
            this.ports = ports;
            this.door = door;
        }

        private OrderManagement orderManagement() {
            return ports.apply(SimulatedCaller.userId(context)).orderManagement();
        }

        /**
         * GetPurchaseOrder: the order, or Bring's error.
         *
         * @param request the customer number and the order id
         * @return the order set, or {@code ResponseProperties/Error}
         */
        @Override
        public GetPurchaseOrderResponse getPurchaseOrder(GetPurchaseOrderRequest request) {
            GetPurchaseOrderResponse response = new GetPurchaseOrderResponse();
            try {
                Optional<BringException> unauthenticated = SimulatedCaller.unauthenticated(context, door, true);
                if (unauthenticated.isPresent()) {
                    throw unauthenticated.get();
                }
                Order order = orderManagement().order(request.getCustomerNo(), request.getPurchaseOrderNo());
                response.setResponseProperties(properties(List.of()));
                response.setPurchaseOrderSet(purchaseOrderSet(order));
            } catch (BringException e) {
                SimulatedCaller.answeredOnTheWire(context, e);
                response.setResponseProperties(properties(e.failure().errors()));
            }
            return response;
        }

        /**
         * CreatePackagingList: adds a packing list to an order.
         *
         * @param request the order and its packing list
         * @return Status OK, or FAILED with Bring's errors
         */
        @Override
        public CreatePackagingListResponse createPackagingList(CreatePackagingListRequest request) {
            CreatePackagingListResponse response = new CreatePackagingListResponse();
            Optional<List<BringError>> errors = act(() -> orderManagement().addPackingList(request.getCustomerNo(),
                    request.getPurchaseOrderNo(), packingList(request.getPackingList())));
            response.setResponseProperties(properties(errors.orElse(List.of())));
            response.setStatus(errors.isEmpty() ? OrderMapper.OK : OrderMapper.FAILED);
            return response;
        }

        /**
         * CreateTransportOrder: creates a transport order for an order.
         *
         * @param request the order and its transport order
         * @return Status OK, or FAILED with Bring's errors
         */
        @Override
        public CreateTransportOrderResponse createTransportOrder(CreateTransportOrderRequest request) {
            CreateTransportOrderResponse response = new CreateTransportOrderResponse();
            Optional<List<BringError>> errors = act(() -> orderManagement().createTransportOrder(request.getCustomerNo(),
                    request.getPurchaseOrderNo(), new TransportOrder(packingList(request.getTransportOrder()))));
            response.setResponseProperties(properties(errors.orElse(List.of())));
            response.setStatus(errors.isEmpty() ? OrderMapper.OK : OrderMapper.FAILED);
            return response;
        }

        /** Carries out a write: empty when it was, else Bring's errors (none when the wire shows the failure). */
        private Optional<List<BringError>> act(Runnable write) {
            Optional<BringException> unauthenticated = SimulatedCaller.unauthenticated(context, door, true);
            if (unauthenticated.isPresent()) {
                return Optional.of(unauthenticated.get().failure().errors());
            }
            try {
                write.run();
                return Optional.empty();
            } catch (BringException e) {
                return Optional.of(SimulatedCaller.answeredOnTheWire(context, e) ? List.of() : e.failure().errors());
            }
        }
    }

    private static ResponsePropertiesType properties(List<BringError> errors) {
        ResponsePropertiesType properties = new ResponsePropertiesType();
        properties.setSchemaVersion("1");
        properties.setLocale("en");
        properties.setDateAndTimes(OrderMapper.dateAndTimes("ResponseDate", Instant.now()));
        for (BringError error : errors) {
            ErrorType wire = new ErrorType();
            wire.setCode(error.code().value());
            wire.setDescription(error.message());
            properties.getError().add(wire);
        }
        return properties;
    }

    // --- requests: wire to domain ----------------------------------------------------------------

    static PackingList packingList(PackingListType wire) {
        List<PackingListItem> items = new ArrayList<>();
        for (PackingListSetType set : wire.getPackingListSet()) {
            for (PackingListItemType item : set.getPackingListItem()) {
                items.add(new PackingListItem(Optional.ofNullable(set.getOrderLineId()), item.getArticleLineId(),
                        item.getArticleQuantity(), Optional.ofNullable(item.getArticleNumber()),
                        Optional.ofNullable(item.getArticleVendorNumber())));
            }
        }
        List<AdditionalItem> additional = new ArrayList<>();
        for (PackingListAdditionalSetType set : wire.getPackingListAdditionalSet()) {
            for (PackingListAdditionalItemType item : set.getPackingListAdditionalItem()) {
                additional.add(new AdditionalItem(item.getArticleId(), item.getArticleQuantity(),
                        Optional.ofNullable(item.getDescription())
                                .map(d -> new Description(d.getText(), Optional.ofNullable(d.getUsage()))),
                        Optional.ofNullable(item.getDateAndTimes())
                                .map(d -> new OrderDate(d.getSubClass(), WireTime.instant(d.getValue()))),
                        Optional.ofNullable(item.getArticleMonetaryAmounts()).map(a -> new Money(
                                a.getUnitPrice().getValue(), Optional.ofNullable(a.getUnitPrice().getCurrencyIdentificationCode())))));
            }
        }
        return new PackingList(wire.getConsignmentId() == null ? "" : wire.getConsignmentId(),
                Optional.ofNullable(wire.getPackageId()), items, additional);
    }

    // --- answers: domain to wire -----------------------------------------------------------------

    static PurchaseOrderSetType purchaseOrderSet(Order order) {
        PurchaseOrderSetType set = new PurchaseOrderSetType();
        set.setUpdateIndicator(order.updateIndicator().bringName());
        PurchaseOrderType po = new PurchaseOrderType();
        po.setOrderId(order.orderId());
        order.senderStatus().ifPresent(s -> po.setSenderStatus(s.name()));
        order.status().ifPresent(s -> po.setOrderStatus(s.value()));
        order.references().forEach(r -> po.getReference().add(reference(r)));
        order.dates().forEach(d -> po.getDateAndTimes().add(date(d)));
        for (TermsOfDelivery terms : order.termsOfDelivery()) {
            TermsOfDeliveryType wire = new TermsOfDeliveryType();
            wire.setTODConditionCode(terms.conditionCode().orElse(null));
            wire.setTODConditionCodeList(terms.codeList().orElse(null));
            wire.setTODLocation(terms.location().orElse(""));
            po.getTermsOfDelivery().add(wire);
        }
        set.setPurchaseOrder(po);
        order.transportService().ifPresent(service -> {
            TransportServiceType wire = new TransportServiceType();
            wire.setBasicServiceCode(service.basicServiceCode());
            for (String code : service.additionalServiceCodes()) {
                AdditionalServiceType additional = new AdditionalServiceType();
                additional.setAdditionalServiceCode(code);
                wire.getAdditionalService().add(additional);
            }
            set.setTransportService(wire);
        });
        order.transportLeg().ifPresent(leg -> set.setTransportLeg(transportLeg(leg)));
        order.parties().forEach(p -> set.getParty().add(party(p)));
        Map<Optional<String>, OrderLineSetType> lineSets = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            lineSets.computeIfAbsent(line.orderLineId(), id -> {
                OrderLineSetType lineSet = new OrderLineSetType();
                lineSet.setOrderLineId(id.orElse(null));
                return lineSet;
            }).getOrderItem().add(item(line));
        }
        set.getOrderLineSet().addAll(lineSets.values());
        return set;
    }

    private static OrderReferenceType reference(Reference reference) {
        OrderReferenceType wire = new OrderReferenceType();
        wire.setReferenceNo(reference.number());
        wire.setReferenceType(reference.type());
        wire.setText(reference.text().orElse(null));
        return wire;
    }

    private static DateAndTimesType date(OrderDate date) {
        return OrderMapper.dateAndTimes(date.subClass(), date.at());
    }

    private static TransportLegType transportLeg(TransportLeg leg) {
        TransportLegType wire = new TransportLegType();
        wire.setTransportLeg(leg.legType());
        leg.modeOfTransport().ifPresent(m -> wire.setModeOfTransport(m.code()));
        for (Location location : leg.locations()) {
            LocationType wireLocation = new LocationType();
            wireLocation.setSubClass(location.subClass());
            wireLocation.setLocationId(location.locationId().orElse(null));
            wireLocation.setLocationName(location.name().orElse(null));
            wireLocation.setCountryCode(location.countryCode().orElse(null));
            wire.getLocation().add(wireLocation);
        }
        return wire;
    }

    private static PartyType party(Party party) {
        PartyType wire = new PartyType();
        wire.setSubClass(party.role().name());
        wire.setIdType("");
        wire.setPartyId(party.partyId().orElse(null));
        wire.setName(party.name().orElse(null));
        wire.setVATNo(party.vatNo().orElse(""));
        for (Address address : party.addresses()) {
            AddressType a = new AddressType();
            a.setSubClass(address.type().bringName());
            a.setPostalCode(address.postalCode().orElse(null));
            a.setCity(address.city().orElse(null));
            a.setStateOrRegion(address.stateOrRegion().orElse(""));
            a.setCountryCode(address.countryCode().orElse(null));
            a.getAddressLine().addAll(address.addressLines());
            a.setStreet(address.street().orElse(null));
            a.setStreetNo(address.streetNo().orElse(null));
            a.setZIPCode(address.zipCode().orElse(null));
            a.setPOBox(address.poBox().orElse(null));
            a.setPostOffice(address.postOffice().orElse(null));
            wire.getAddress().add(a);
        }
        for (Contact contact : party.contacts()) {
            ContactType c = new ContactType();
            c.setContactName(contact.name().orElse(null));
            c.setPhoneNo(contact.phone().orElse(null));
            c.setTelefaxNo(contact.telefax().orElse(null));
            c.setMail(contact.email().orElse(null));
            c.setContactFunction(contact.function().orElse(null));
            c.setCellPhoneNo(contact.cellPhone().orElse(null));
            c.setWebAddress(contact.web().orElse(null));
            wire.getContact().add(c);
        }
        party.references().forEach(r -> wire.getReference().add(reference(r)));
        wire.setPlantId(party.plantId().orElse(""));
        return wire;
    }

    private static OrderItemType item(OrderLine line) {
        OrderItemType item = new OrderItemType();
        item.setArticleLineId(line.articleLineId());
        for (ArticleId id : line.articleIds()) {
            ArticleIdentifierType wire = new ArticleIdentifierType();
            wire.setValue(id.value());
            wire.setCodeListAgencyIdentifier(id.type().bringName());
            item.getArticleId().add(wire);
        }
        item.setArticleName(line.articleName().orElse(null));
        line.quantity().ifPresent(q -> {
            QuantityType quantity = new QuantityType();
            quantity.setValue(q.value());
            quantity.setUnitCode(q.unitCode().orElse(null));
            item.setArticleQuantity(quantity);
        });
        item.setRemainingArticleQuantity(line.remainingQuantity().orElse(null));
        item.setDescription(line.description().map(OrderMapper::description).orElse(null));
        line.dates().forEach(d -> item.getDateAndTimes().add(date(d)));
        item.setArticleMonetaryAmounts(line.unitPrice().map(OrderMapper::amounts).orElse(null));
        return item;
    }
}
