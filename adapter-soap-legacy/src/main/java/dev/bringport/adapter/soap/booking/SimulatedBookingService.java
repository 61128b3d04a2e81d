package dev.bringport.adapter.soap.booking;

import dev.bringport.adapter.soap.server.SimulatedCaller;
import dev.bringport.adapter.soap.booking.generated.AdditionalServiceRequestType;
import dev.bringport.adapter.soap.booking.generated.BookingPort;
import dev.bringport.adapter.soap.booking.generated.BookingRequestType;
import dev.bringport.adapter.soap.booking.generated.BookingResponseType;
import dev.bringport.adapter.soap.booking.generated.ConfirmationResponseType;
import dev.bringport.adapter.soap.booking.generated.ConsignmentRequestType;
import dev.bringport.adapter.soap.booking.generated.ConsignmentResponseType;
import dev.bringport.adapter.soap.booking.generated.CustomerResponseType;
import dev.bringport.adapter.soap.booking.generated.CustomersRequestType;
import dev.bringport.adapter.soap.booking.generated.CustomersResponseType;
import dev.bringport.adapter.soap.booking.generated.DtoDateAndTimesResponseType;
import dev.bringport.adapter.soap.booking.generated.ErrorResponseType;
import dev.bringport.adapter.soap.booking.generated.LinksResponseType;
import dev.bringport.adapter.soap.booking.generated.MessageResponseType;
import dev.bringport.adapter.soap.booking.generated.PackageRequestType;
import dev.bringport.adapter.soap.booking.generated.PackageResponseType;
import dev.bringport.adapter.soap.booking.generated.PartiesRequestType;
import dev.bringport.adapter.soap.booking.generated.PartyRequestType;
import dev.bringport.adapter.soap.booking.generated.PickupApiErrorResponseType;
import dev.bringport.adapter.soap.booking.generated.PickupApiMessageResponseType;
import dev.bringport.adapter.soap.booking.generated.PickupConfirmationType;
import dev.bringport.adapter.soap.booking.generated.PickupOrderRequestType;
import dev.bringport.adapter.soap.booking.generated.PickupOrderResponseType;
import dev.bringport.adapter.soap.booking.generated.ProductRequestType;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.PickupPoint;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.LabelLinks;
import dev.bringport.ports.server.ServedFailures;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bring's deprecated SOAP booking service ({@code booking-v1.wsdl}), served: the service
 * interface generated from the WSDL the client uses, implemented by any {@link BringPorts} (the
 * ports of the user named in {@code X-Mybring-API-Uid}) and published by Metro. Bring's failures
 * come back as the consignment's or pickup's {@code errors}, with a {@code uniqueId} per error, as
 * booking-v1.xsd describes; a caller Bring's door does not let in gets
 * {@code BOOK-AUTHORIZATION-001} there; throttling, an unavailable service and a timeout show as
 * the HTTP status Bring's gateway answers ({@link SimulatedCaller#answeredOnTheWire}). Label
 * links point at the simulated Bring's own host ({@link LabelLinks}).
 */
public final class SimulatedBookingService {

    private SimulatedBookingService() {
    }

    /**
     * The service, ready for Metro to publish.
     *
     * @param ports the ports of each user, by Mybring login
     * @param door  Bring's door, which says who is logged in
     * @param host  the simulated Bring's scheme, host and port, where its label links point
     * @return the endpoint, not yet published
     */
    public static Endpoint endpoint(Function<String, BringPorts> ports, FrontDoor door, URI host) {
        return Endpoint.create(new Port(ports, door, host));
    }

    /**
     * The generated service interface, implemented. Public, as Metro calls it by reflection; made
     * only by {@link #endpoint}, and no part of the adapter's API.
     *
     * @hidden
     */
    @WebService(endpointInterface = "dev.bringport.adapter.soap.booking.generated.BookingPort",
            targetNamespace = "http://www.bring.no/booking/", serviceName = "BookingPortService",
            portName = "BookingPortSoap11", wsdlLocation = "wsdl/booking-v1.wsdl")
    public static class Port implements BookingPort {

        private final Function<String, BringPorts> ports;
        private final FrontDoor door;
        private final URI host;

        @Resource
        private WebServiceContext context;

        Port(Function<String, BringPorts> ports, FrontDoor door, URI host) {
            this.ports = ports;
            this.door = door;
            this.host = host;
        }

        private BringPorts ports() {
            return ports.apply(SimulatedCaller.userId(context));
        }

        /**
         * Books the request's consignment.
         *
         * @param request the booking request
         * @return the consignment's confirmation, or its errors
         */
        @Override
        public BookingResponseType booking(BookingRequestType request) {
            ConsignmentRequestType wire = request.getConsignments().getConsignment().get(0);
            ConsignmentResponseType consignment = new ConsignmentResponseType();
            consignment.setCorrelationId(wire.getCorrelationId());
            try {
                SimulatedCaller.unauthenticated(context, door, false).ifPresent(e -> {
                    throw e;
                });
                BookingConfirmation confirmation = ports().booking().book(
                        new BookingRequest(request.isTestIndicator(), consignment(wire)));
                consignment.setConfirmation(confirmation(LabelLinks.onHost(confirmation, host)));
            } catch (BringException e) {
                SimulatedCaller.answeredOnTheWire(context, e);
                ConsignmentResponseType.Errors errors = new ConsignmentResponseType.Errors();
                for (BringError error : e.failure().errors()) {
                    ErrorResponseType wireError = new ErrorResponseType();
                    wireError.setUniqueId(UUID.randomUUID().toString());
                    wireError.setCode(error.code().value());
                    wireError.setConsignmentCorrelationId(wire.getCorrelationId());
                    ErrorResponseType.Messages messages = new ErrorResponseType.Messages();
                    MessageResponseType message = new MessageResponseType();
                    message.setLang("en");
                    message.setValue(error.message());
                    messages.getMessage().add(message);
                    wireError.setMessages(messages);
                    errors.getError().add(wireError);
                }
                consignment.setErrors(errors);
            }
            BookingResponseType response = new BookingResponseType();
            BookingResponseType.Consignments consignments = new BookingResponseType.Consignments();
            consignments.getConsignment().add(consignment);
            response.setConsignments(consignments);
            return response;
        }

        /**
         * The customer numbers and products the caller may book with.
         *
         * @param request the (empty) request
         * @return the customers
         */
        @Override
        public CustomersResponseType customers(CustomersRequestType request) {
            CustomersResponseType response = new CustomersResponseType();
            CustomersResponseType.Customers customers = new CustomersResponseType.Customers();
            response.setCustomers(customers);
            if (SimulatedCaller.unauthenticated(context, door, false).isPresent()) {
                // customersResponse has no place for errors: the refusal shows on the wire
                context.getMessageContext().put(MessageContext.HTTP_RESPONSE_CODE, 401);
                return response;
            }
            List<BookingCustomer> known;
            try {
                known = ports().booking().customers();
            } catch (BringException e) {
                if (!SimulatedCaller.answeredOnTheWire(context, e)) {
                    context.getMessageContext().put(MessageContext.HTTP_RESPONSE_CODE, ServedFailures.httpStatus(e));
                }
                return response;
            }
            for (BookingCustomer customer : known) {
                CustomerResponseType wire = new CustomerResponseType();
                wire.setName(customer.name());
                wire.setCustomerNumber(customer.customerNumber());
                wire.setCountryCode(customer.countryCode());
                CustomerResponseType.Products products = new CustomerResponseType.Products();
                products.getProduct().addAll(customer.products());
                wire.setProducts(products);
                customers.getCustomer().add(wire);
            }
            return response;
        }

        /**
         * Orders a pickup.
         *
         * @param request the pickup order
         * @return the pickup's confirmation, or its errors
         */
        @Override
        public PickupOrderResponseType pickupOrder(PickupOrderRequestType request) {
            PickupOrderResponseType response = new PickupOrderResponseType();
            try {
                SimulatedCaller.unauthenticated(context, door, false).ifPresent(e -> {
                    throw e;
                });
                PickupConfirmation confirmation = ports().pickups().orderPickup(domainPickupOrder(request));
                PickupConfirmationType wire = new PickupConfirmationType();
                wire.setStatus(confirmation.status());
                wire.setEarliestPickupDate(WireTime.dateTime(confirmation.earliestPickup()));
                wire.setLatestPickupDate(confirmation.latestPickup().map(WireTime::dateTime).orElse(null));
                wire.setUrl(confirmation.url().map(Object::toString).orElse(null));
                wire.setPackageNumber(confirmation.packageNumber().orElse(null));
                response.setPickupConfirmation(wire);
            } catch (BringException e) {
                SimulatedCaller.answeredOnTheWire(context, e);
                PickupOrderResponseType.Errors errors = new PickupOrderResponseType.Errors();
                for (BringError error : e.failure().errors()) {
                    PickupApiErrorResponseType wireError = new PickupApiErrorResponseType();
                    wireError.setUniqueId(UUID.randomUUID().toString());
                    wireError.setCode(error.code().value());
                    PickupApiErrorResponseType.Messages messages = new PickupApiErrorResponseType.Messages();
                    PickupApiMessageResponseType message = new PickupApiMessageResponseType();
                    message.setLang("en");
                    message.setValue(error.message());
                    messages.getMessage().add(message);
                    wireError.setMessages(messages);
                    errors.getError().add(wireError);
                }
                response.setErrors(errors);
            }
            return response;
        }
    }

    // --- requests: wire to domain ----------------------------------------------------------------

    static Consignment consignment(ConsignmentRequestType wire) {
        Consignment.Builder c = Consignment.builder().correlationId(wire.getCorrelationId());
        Optional.ofNullable(wire.getShippingDateTime()).map(WireTime::instant).ifPresent(c::shippingDateTime);
        Optional.ofNullable(wire.getCustomerSpecifiedDeliveryDateTime()).map(WireTime::instant)
                .ifPresent(c::customerSpecifiedDeliveryDateTime);
        PartiesRequestType parties = wire.getParties();
        if (parties != null) {
            Optional.ofNullable(parties.getSender()).map(SimulatedBookingService::party).ifPresent(c::sender);
            Optional.ofNullable(parties.getRecipient()).map(SimulatedBookingService::party).ifPresent(c::recipient);
            Optional.ofNullable(parties.getConsignor()).map(SimulatedBookingService::party).ifPresent(c::consignor);
            Optional.ofNullable(parties.getConsignee()).map(SimulatedBookingService::party).ifPresent(c::consignee);
            Optional.ofNullable(parties.getImporter()).map(SimulatedBookingService::party).ifPresent(c::importer);
            Optional.ofNullable(parties.getReturnTo()).map(SimulatedBookingService::party).ifPresent(c::returnTo);
            Optional.ofNullable(parties.getPickupPoint())
                    .map(p -> new PickupPoint(p.getId(), p.getCountryCode())).ifPresent(c::pickupPoint);
        }
        Optional.ofNullable(wire.getProduct()).map(SimulatedBookingService::product).ifPresent(c::product);
        if (wire.getPurchaseOrder() != null) {
            wire.getPurchaseOrder().getPurchaseOrderNumber().forEach(c::purchaseOrderNumber);
        }
        if (wire.getPackages() != null) {
            wire.getPackages().getPackage().forEach(p -> c.addPackage(pack(p)));
        }
        Optional.ofNullable(wire.isGenerateQrCodes()).ifPresent(c::generateQrCodes);
        return c.build();
    }

    private static BookingParty party(PartyRequestType wire) {
        BookingParty.Builder party = BookingParty.builder().name(orEmpty(wire.getName()))
                .addressLine(orEmpty(wire.getAddressLine())).addressLine2(wire.getAddressLine2())
                .postalCode(orEmpty(wire.getPostalCode())).city(orEmpty(wire.getCity()))
                .countryCode(orEmpty(wire.getCountryCode())).reference(wire.getReference())
                .additionalAddressInfo(wire.getAdditionalAddressInfo()).vatNumber(wire.getVatNumber());
        if (wire.getContact() != null) {
            party.contact(BookingContact.of(wire.getContact().getName(), wire.getContact().getEmail(),
                    wire.getContact().getPhoneNumber()));
        }
        return party.build();
    }

    private static Product product(ProductRequestType wire) {
        Product.Builder product = Product.builder(orEmpty(wire.getId()), orEmpty(wire.getCustomerNumber()))
                .nonStandardCourierProductCode(wire.getNonStandardCourierProductCode())
                .messageForRecipient(wire.getMessageForRecipient());
        if (wire.getServices() != null) {
            product.deliveryOption(wire.getServices().getDeliveryOption());
        }
        if (wire.getAdditionalServices() != null) {
            for (AdditionalServiceRequestType s : wire.getAdditionalServices().getAdditionalService()) {
                product.additionalService(new AdditionalService(s.getId(), Optional.ofNullable(s.getEmail()),
                        Optional.ofNullable(s.getMobile()), Optional.ofNullable(s.getMessage()), Optional.empty(),
                        Optional.empty(), Optional.ofNullable(s.getNumberOfItems()),
                        Optional.ofNullable(s.getLimitedQuantitiesGrossWeight())));
            }
        }
        return product.build();
    }

    private static BookingPackage pack(PackageRequestType wire) {
        BookingPackage.Builder p = BookingPackage.builder().correlationId(wire.getCorrelationId())
                .goodsDescription(wire.getGoodsDescription()).containerId(wire.getContainerId())
                .packageType(wire.getPackageType());
        Optional.ofNullable(wire.getWeightInKg()).map(BigDecimal::valueOf).ifPresent(p::weightInKg);
        Optional.ofNullable(wire.getVolumeInDm3()).map(BigDecimal::valueOf).ifPresent(p::volumeInDm3);
        Optional.ofNullable(wire.getLoadMeters()).map(BigDecimal::valueOf).ifPresent(p::loadMeters);
        Optional.ofNullable(wire.getNumberOfItems()).ifPresent(p::numberOfItems);
        Optional.ofNullable(wire.getNumberOfPallets()).ifPresent(p::numberOfPallets);
        Optional.ofNullable(wire.isIsStackable()).ifPresent(p::isStackable);
        if (wire.getDimensions() != null) {
            p.dimensions(wire.getDimensions().getHeightInCm(), wire.getDimensions().getWidthInCm(),
                    wire.getDimensions().getLengthInCm());
        }
        return p.build();
    }

    static PickupOrder domainPickupOrder(PickupOrderRequestType wire) {
        PickupOrder.Builder order = PickupOrder.builder(PickupService.valueOf(wire.getService()))
                .countryCode(orEmpty(wire.getCountryCode()))
                .customer(orEmpty(wire.getCustomerInformation().getCustomerNumber()),
                        orEmpty(wire.getCustomerInformation().getCompanyName()));
        var address = wire.getPickupAddress();
        order.address(new PickupAddress(orEmpty(address.getStreet()), orEmpty(address.getPostalCode()),
                orEmpty(address.getCity()), orEmpty(address.getEmail()), orEmpty(address.getPhoneNumber()),
                Optional.ofNullable(address.getContactName()), Optional.ofNullable(address.getMessageToDriver()),
                Optional.empty()));
        Optional.ofNullable(wire.getPickupDate()).map(WireTime::localDate).ifPresent(order::pickupDate);
        Optional.ofNullable(wire.getPickupIsReadyAtTime()).map(WireTime::localTime).ifPresent(order::readyAt);
        Optional.ofNullable(wire.getPickupTimeZone()).map(WireTime::zone).ifPresent(order::timeZone);
        var details = wire.getPickupDetails();
        if (details != null) {
            Optional<PickupItems> packages = details.getNumberOfPackages() > 0
                    ? Optional.of(new PickupItems(details.getNumberOfPackages(),
                    Optional.ofNullable(details.getWeightInGrams()), Optional.ofNullable(details.getVolumeInDm3())))
                    : Optional.empty();
            Optional<PickupItems> pallets = Optional.ofNullable(details.getNumberOfPallets()).filter(n -> n > 0)
                    .map(PickupItems::of);
            Optional<PickupItems> postContainers = Optional.ofNullable(details.getNumberOfPostContainers())
                    .filter(n -> n > 0).map(PickupItems::of);
            order.details(new PickupDetails(packages, pallets, postContainers));
        }
        if (!wire.isTestIndicator()) {
            order.production();
        }
        return order.build();
    }

    // --- answers: domain to wire -----------------------------------------------------------------

    static ConfirmationResponseType confirmation(BookingConfirmation confirmation) {
        ConfirmationResponseType wire = new ConfirmationResponseType();
        wire.setConsignmentNumber(confirmation.consignmentNumber());
        LinksResponseType links = new LinksResponseType();
        links.setLabels(confirmation.links().labels().map(Object::toString).orElse(null));
        links.setLabelArchiveUrl(confirmation.links().labelArchiveUrl().map(Object::toString).orElse(null));
        links.setWaybill(confirmation.links().waybill().map(Object::toString).orElse(null));
        links.setTracking(confirmation.links().tracking().toString());
        wire.setLinks(links);
        DtoDateAndTimesResponseType dates = new DtoDateAndTimesResponseType();
        dates.setEarliestPickup(confirmation.earliestPickup().map(WireTime::dateTime).orElse(null));
        dates.setExpectedDelivery(confirmation.expectedDelivery().map(WireTime::dateTime).orElse(null));
        wire.setDateAndTimes(dates);
        ConfirmationResponseType.Packages packages = new ConfirmationResponseType.Packages();
        for (BookedPackage p : confirmation.packages()) {
            PackageResponseType wirePackage = new PackageResponseType();
            wirePackage.setPackageNumber(p.packageNumber());
            wirePackage.setCorrelationId(p.correlationId().orElse(null));
            wirePackage.setLabelFreeCode(p.labelFreeCode().orElse(null));
            wirePackage.setQrCodeLink(p.qrCodeLink().map(Object::toString).orElse(null));
            packages.getPackage().add(wirePackage);
        }
        wire.setPackages(packages);
        return wire;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
