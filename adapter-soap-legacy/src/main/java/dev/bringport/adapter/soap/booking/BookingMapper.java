package dev.bringport.adapter.soap.booking;

import static dev.bringport.adapter.soap.transport.WireText.text;
import static dev.bringport.domain.booking.BookingCodes.BOOK_INPUT_001;

import dev.bringport.adapter.soap.booking.generated.AccountType;
import dev.bringport.adapter.soap.booking.generated.AdditionalServiceRequestType;
import dev.bringport.adapter.soap.booking.generated.BookingRequestType;
import dev.bringport.adapter.soap.booking.generated.BookingResponseType;
import dev.bringport.adapter.soap.booking.generated.CashOnDeliveryMessageRequestType;
import dev.bringport.adapter.soap.booking.generated.ConfirmationResponseType;
import dev.bringport.adapter.soap.booking.generated.ConsignmentRequestType;
import dev.bringport.adapter.soap.booking.generated.ConsignmentResponseType;
import dev.bringport.adapter.soap.booking.generated.ContactRequestType;
import dev.bringport.adapter.soap.booking.generated.CustomerResponseType;
import dev.bringport.adapter.soap.booking.generated.CustomersResponseType;
import dev.bringport.adapter.soap.booking.generated.EDICustomsDeclarationRequestType;
import dev.bringport.adapter.soap.booking.generated.ErrorResponseType;
import dev.bringport.adapter.soap.booking.generated.IncotermRule;
import dev.bringport.adapter.soap.booking.generated.LinksResponseType;
import dev.bringport.adapter.soap.booking.generated.MeasurementsRequestType;
import dev.bringport.adapter.soap.booking.generated.MessageResponseType;
import dev.bringport.adapter.soap.booking.generated.MessageTypeRequestType;
import dev.bringport.adapter.soap.booking.generated.NatureOfTransaction;
import dev.bringport.adapter.soap.booking.generated.PackageRequestType;
import dev.bringport.adapter.soap.booking.generated.PackageResponseType;
import dev.bringport.adapter.soap.booking.generated.PackagesRequestType;
import dev.bringport.adapter.soap.booking.generated.PartiesRequestType;
import dev.bringport.adapter.soap.booking.generated.PartyRequestType;
import dev.bringport.adapter.soap.booking.generated.PickupPointRequestType;
import dev.bringport.adapter.soap.booking.generated.ProductRequestType;
import dev.bringport.adapter.soap.booking.generated.PurchaseOrderRequestType;
import dev.bringport.adapter.soap.booking.generated.ServicesRequestType;
import dev.bringport.adapter.soap.booking.generated.WhoPaysInvoice;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.CashOnDelivery;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.domain.booking.CustomsDeclaration;
import dev.bringport.domain.booking.CustomsLine;
import dev.bringport.domain.booking.DangerousGoods;
import dev.bringport.domain.booking.Dimensions;
import dev.bringport.domain.booking.Parties;
import dev.bringport.domain.booking.Product;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Maps between the domain and the booking messages of booking-v1.xsd ({@code bookingRequest},
 * {@code bookingResponse}, {@code customersResponse}). What the schema cannot carry (a part the
 * REST API added since, an additional service's attribute {@code AdditionalServiceRequestType} has
 * no element for) is found before sending, whatever the client rules, so nothing a caller asked for
 * is dropped silently. Bring has no code for "not in the SOAP schema": such a part is reported with
 * {@code BOOK-INPUT-001}, Bring's "Bad request", the code it gives input it refuses without a more
 * specific one, and the message says to book it with the REST adapter.
 */
final class BookingMapper {

    private static final String C = "consignments[0]";
    private static final String NOT_CARRIED = "is not carried by Bring's SOAP booking service (booking-v1.xsd):"
            + " book it with the REST adapter";
    private static final Set<String> ACCOUNT_TYPES = Set.of("bankgiro", "plusgiro");
    private static final Set<String> MESSAGE_TYPES = Set.of("kid", "text");

    private BookingMapper() {
    }

    // --- before sending -------------------------------------------------------------------------

    /**
     * What a booking asks for that booking-v1.xsd has no place for.
     *
     * @param request the booking
     * @return a violation per such part
     */
    static List<Violation> notCarried(BookingRequest request) {
        Consignment c = request.consignment();
        Violations v = new Violations()
                .require(request.clientUid().isEmpty(), "clientUid", BOOK_INPUT_001, NOT_CARRIED)
                .require(c.customerSpecifiedDispatchDateTime().isEmpty(), C + ".customerSpecifiedDispatchDateTime",
                        BOOK_INPUT_001, NOT_CARRIED)
                .require(c.deliveryWindow().isEmpty(), C + ".customerSpecifiedDelivery", BOOK_INPUT_001, NOT_CARRIED)
                .require(c.returnProduct().isEmpty(), C + ".returnProduct", BOOK_INPUT_001, NOT_CARRIED);
        c.product().ifPresent(product -> {
            v.require(product.explicitAdditionalServices().isEmpty(), C + ".product.explicitAdditionalServices",
                    BOOK_INPUT_001, NOT_CARRIED);
            product.customs().flatMap(CustomsDeclaration::iossNumber).ifPresent(ioss ->
                    v.add(C + ".product.customsDeclaration.iossNumber", BOOK_INPUT_001, NOT_CARRIED));
            List<AdditionalService> services = product.additionalServices();
            for (int i = 0; i < services.size(); i++) {
                String field = C + ".product.additionalServices[" + i + "]";
                // AdditionalServiceRequestType is closed: it has a place for the typed attributes only
                services.get(i).otherAttributes().keySet().forEach(name ->
                        v.add(field + "." + name, BOOK_INPUT_001, NOT_CARRIED));
                services.get(i).cashOnDelivery().ifPresent(cod -> {
                    cod.accountType().ifPresent(type -> v.require(ACCOUNT_TYPES.contains(type), field + ".accountType",
                            BOOK_INPUT_001, "must be bankgiro or plusgiro in booking-v1.xsd, was " + type));
                    cod.message().ifPresent(m -> v.require(MESSAGE_TYPES.contains(m.type()), field + ".codMessage.type",
                            BOOK_INPUT_001, "must be kid or text in booking-v1.xsd, was " + m.type()));
                });
            }
        });
        return v.toList();
    }

    // --- requests -------------------------------------------------------------------------------

    static BookingRequestType bookingRequest(BookingRequest request) {
        BookingRequestType wire = new BookingRequestType();
        wire.setTestIndicator(request.testIndicator());
        wire.setSchemaVersion(BookingRequest.SCHEMA_VERSION);
        wire.setClientUrl(request.clientUrl().orElse(null));
        BookingRequestType.Consignments consignments = new BookingRequestType.Consignments();
        consignments.getConsignment().add(consignment(request.consignment()));
        wire.setConsignments(consignments);
        return wire;
    }

    private static ConsignmentRequestType consignment(Consignment c) {
        ConsignmentRequestType wire = new ConsignmentRequestType();
        wire.setCorrelationId(c.correlationId().orElse(null));
        wire.setShippingDateTime(c.shippingDateTime().map(WireTime::dateTime).orElse(null));
        wire.setCustomerSpecifiedDeliveryDateTime(c.customerSpecifiedDeliveryDateTime().map(WireTime::dateTime).orElse(null));
        wire.setParties(parties(c.parties()));
        wire.setProduct(c.product().map(BookingMapper::product).orElse(null));
        if (!c.purchaseOrderNumbers().isEmpty()) {
            PurchaseOrderRequestType purchaseOrder = new PurchaseOrderRequestType();
            purchaseOrder.getPurchaseOrderNumber().addAll(c.purchaseOrderNumbers());
            wire.setPurchaseOrder(purchaseOrder);
        }
        if (!c.packages().isEmpty()) {
            PackagesRequestType packages = new PackagesRequestType();
            c.packages().forEach(p -> packages.getPackage().add(pack(p)));
            wire.setPackages(packages);
        }
        wire.setGenerateQrCodes(c.generateQrCodes().orElse(null));
        return wire;
    }

    private static PartiesRequestType parties(Parties parties) {
        PartiesRequestType wire = new PartiesRequestType();
        wire.setSender(parties.sender().map(BookingMapper::party).orElse(null));
        wire.setRecipient(parties.recipient().map(BookingMapper::party).orElse(null));
        wire.setConsignor(parties.consignor().map(BookingMapper::party).orElse(null));
        wire.setConsignee(parties.consignee().map(BookingMapper::party).orElse(null));
        wire.setImporter(parties.importer().map(BookingMapper::party).orElse(null));
        wire.setReturnTo(parties.returnTo().map(BookingMapper::party).orElse(null));
        parties.pickupPoint().ifPresent(point -> {
            PickupPointRequestType wirePoint = new PickupPointRequestType();
            wirePoint.setId(point.id());
            wirePoint.setCountryCode(point.countryCode());
            wire.setPickupPoint(wirePoint);
        });
        return wire;
    }

    private static PartyRequestType party(BookingParty party) {
        PartyRequestType wire = new PartyRequestType();
        wire.setName(party.name());
        wire.setAddressLine(party.addressLine());
        wire.setAddressLine2(party.addressLine2().orElse(null));
        wire.setPostalCode(party.postalCode().isBlank() ? null : party.postalCode());
        wire.setCity(party.city());
        wire.setCountryCode(party.countryCode());
        wire.setReference(party.reference().orElse(null));
        wire.setAdditionalAddressInfo(party.additionalAddressInfo().orElse(null));
        wire.setVatNumber(party.vatNumber().orElse(null));
        party.contact().ifPresent(contact -> wire.setContact(contact(contact)));
        return wire;
    }

    private static ContactRequestType contact(BookingContact contact) {
        ContactRequestType wire = new ContactRequestType();
        wire.setName(contact.name().orElse(null));
        wire.setEmail(contact.email().orElse(null));
        wire.setPhoneNumber(contact.phoneNumber().orElse(null));
        return wire;
    }

    private static ProductRequestType product(Product product) {
        ProductRequestType wire = new ProductRequestType();
        wire.setId(product.id());
        wire.setCustomerNumber(product.customerNumber());
        wire.setNonStandardCourierProductCode(product.nonStandardCourierProductCode().orElse(null));
        product.deliveryOption().ifPresent(option -> {
            ServicesRequestType services = new ServicesRequestType();
            services.setDeliveryOption(option);
            wire.setServices(services);
        });
        if (!product.additionalServices().isEmpty()) {
            ProductRequestType.AdditionalServices services = new ProductRequestType.AdditionalServices();
            product.additionalServices().forEach(s -> services.getAdditionalService().add(additionalService(s)));
            wire.setAdditionalServices(services);
        }
        wire.setMessageForRecipient(product.messageForRecipient().orElse(null));
        wire.setWhoPaysInvoice(product.whoPaysInvoice().map(w -> WhoPaysInvoice.fromValue(w.bringName())).orElse(null));
        wire.setIncotermRule(product.incotermRule().map(i -> IncotermRule.fromValue(i.name())).orElse(null));
        product.customs().ifPresent(customs -> wire.setEdiCustomsDeclarations(customs(customs)));
        return wire;
    }

    private static AdditionalServiceRequestType additionalService(AdditionalService service) {
        AdditionalServiceRequestType wire = new AdditionalServiceRequestType();
        wire.setId(service.id());
        wire.setEmail(service.email().orElse(null));
        wire.setMobile(service.mobile().orElse(null));
        wire.setMessage(service.message().orElse(null));
        service.cashOnDelivery().ifPresent(cod -> cashOnDelivery(cod, wire));
        service.dangerousGoods().ifPresent(goods -> dangerousGoods(goods, wire));
        wire.setNumberOfItems(service.numberOfItems().orElse(null));
        wire.setLimitedQuantitiesGrossWeight(service.limitedQuantitiesGrossWeight().orElse(null));
        return wire;
    }

    private static void cashOnDelivery(CashOnDelivery cod, AdditionalServiceRequestType wire) {
        wire.setAccountNumber(cod.accountNumber());
        wire.setAccountType(cod.accountType().map(AccountType::fromValue).orElse(null));
        wire.setAmount(cod.amount().doubleValue());
        wire.setCurrencyCode(cod.currencyCode());
        cod.message().ifPresent(message -> {
            CashOnDeliveryMessageRequestType wireMessage = new CashOnDeliveryMessageRequestType();
            wireMessage.setValue(message.value());
            wireMessage.setType(MessageTypeRequestType.fromValue(message.type()));
            wire.setCodMessage(wireMessage);
        });
    }

    private static void dangerousGoods(DangerousGoods goods, AdditionalServiceRequestType wire) {
        wire.setContainerId(goods.containerId().orElse(null));
        wire.setWeightInGrams(goods.weightInGrams().orElse(null));
        wire.setUnNumber(goods.unNumber());
        wire.setCommodity(goods.commodity());
        wire.setPackingGroup(goods.packingGroup().orElse(null));
        wire.setDangerClass(goods.dangerClass());
        wire.setTunnelRestrictionCode(goods.tunnelRestrictionCode().orElse(null));
        wire.setSafetyMarkCode(goods.safetyMarkCode().orElse(null));
        wire.setFactor(goods.factor().orElse(null));
    }

    private static ProductRequestType.EdiCustomsDeclarations customs(CustomsDeclaration customs) {
        ProductRequestType.EdiCustomsDeclarations wire = new ProductRequestType.EdiCustomsDeclarations();
        wire.setNatureOfTransaction(customs.natureOfTransaction().map(n -> NatureOfTransaction.fromValue(n.name()))
                .orElse(null));
        // required by booking-v1.xsd even when the nature needs no description
        wire.setOtherNatureOfTransactionDescription(customs.otherNatureOfTransactionDescription().orElse(""));
        for (CustomsLine line : customs.lines()) {
            EDICustomsDeclarationRequestType wireLine = new EDICustomsDeclarationRequestType();
            wireLine.setQuantity(line.quantity().orElse(0));
            wireLine.setGoodsDescription(line.goodsDescription());
            wireLine.setCustomsArticleNumber(line.customsArticleNumber().orElse(null));
            wireLine.setItemNetWeightInKg(line.itemNetWeightInKg().map(BigDecimal::doubleValue).orElse(0.0));
            wireLine.setTarriffLineAmount(line.tariffLineAmount().map(BigDecimal::doubleValue).orElse(0.0));
            wireLine.setCurrency(line.currency());
            wireLine.setCountryOfOrigin(line.countryOfOrigin().orElse(null));
            wire.getEdiCustomsDeclaration().add(wireLine);
        }
        return wire;
    }

    private static PackageRequestType pack(BookingPackage p) {
        PackageRequestType wire = new PackageRequestType();
        wire.setCorrelationId(p.correlationId().orElse(null));
        wire.setWeightInKg(p.weightInKg().map(BigDecimal::doubleValue).orElse(null));
        wire.setGoodsDescription(p.goodsDescription().orElse(null));
        wire.setVolumeInDm3(p.volumeInDm3().map(BigDecimal::doubleValue).orElse(null));
        p.dimensions().ifPresent(d -> wire.setDimensions(dimensions(d)));
        wire.setContainerId(p.containerId().orElse(null));
        wire.setPackageType(p.packageType().orElse(null));
        wire.setNumberOfItems(p.numberOfItems().orElse(null));
        wire.setIsStackable(p.isStackable().orElse(null));
        wire.setNumberOfPallets(p.numberOfPallets().orElse(null));
        wire.setLoadMeters(p.loadMeters().map(BigDecimal::doubleValue).orElse(null));
        return wire;
    }

    private static MeasurementsRequestType dimensions(Dimensions d) {
        MeasurementsRequestType wire = new MeasurementsRequestType();
        wire.setHeightInCm(d.heightInCm());
        wire.setWidthInCm(d.widthInCm());
        wire.setLengthInCm(d.lengthInCm());
        return wire;
    }

    // --- answers --------------------------------------------------------------------------------

    /**
     * The confirmation of a booking answer, or Bring's errors thrown as the ports' failure.
     *
     * @param answer     the answer
     * @param httpStatus the HTTP status it came with
     * @return the confirmation
     */
    static BookingConfirmation confirmation(BookingResponseType answer, OptionalInt httpStatus) {
        List<ConsignmentResponseType> consignments = answer.getConsignments() == null ? List.of()
                : answer.getConsignments().getConsignment();
        if (consignments.isEmpty()) {
            throw new IllegalArgumentException("the booking answer has no consignment");
        }
        ConsignmentResponseType consignment = consignments.get(0);
        List<BringError> errors = consignment.getErrors() == null ? List.of()
                : consignment.getErrors().getError().stream().map(BookingMapper::error).toList();
        if (!errors.isEmpty()) {
            Failure failure = Failure.of(Operation.BOOK, errors);
            throw BringFailures.fromAnswer(httpStatus.isPresent() ? failure.withHttpStatus(httpStatus.getAsInt()) : failure);
        }
        ConfirmationResponseType confirmation = consignment.getConfirmation();
        if (confirmation == null) {
            throw new IllegalArgumentException("the booking answer has neither a confirmation nor errors");
        }
        List<BookedPackage> packages = new ArrayList<>();
        if (confirmation.getPackages() != null) {
            for (PackageResponseType p : confirmation.getPackages().getPackage()) {
                packages.add(new BookedPackage(p.getPackageNumber().strip(), text(p.getCorrelationId()),
                        text(p.getLabelFreeCode()), text(p.getQrCodeLink()).map(URI::create)));
            }
        }
        Optional<String> upsShipment = Optional.empty();
        Optional<String> upsTracking = Optional.empty();
        if (confirmation.getProductSpecificData() != null) {
            upsShipment = text(confirmation.getProductSpecificData().getUpsShipmentNumber());
            upsTracking = text(confirmation.getProductSpecificData().getUpsTrackingNumber());
        }
        var dates = confirmation.getDateAndTimes();
        return new BookingConfirmation(text(consignment.getCorrelationId()), confirmation.getConsignmentNumber().strip(),
                links(confirmation.getLinks()),
                Optional.ofNullable(dates).map(d -> d.getEarliestPickup()).map(WireTime::instant),
                Optional.ofNullable(dates).map(d -> d.getExpectedDelivery()).map(WireTime::instant),
                packages, upsShipment, upsTracking, Optional.empty(), Optional.empty());
    }

    private static ConsignmentLinks links(LinksResponseType links) {
        if (links == null || text(links.getTracking()).isEmpty()) {
            throw new IllegalArgumentException("the booking confirmation has no tracking link");
        }
        return new ConsignmentLinks(text(links.getLabels()).map(URI::create), text(links.getLabelArchiveUrl()).map(URI::create),
                text(links.getWaybill()).map(URI::create), URI.create(links.getTracking().strip()));
    }

    private static BringError error(ErrorResponseType error) {
        List<MessageResponseType> messages = error.getMessages() == null ? List.of() : error.getMessages().getMessage();
        String message = messages.stream().filter(m -> "en".equalsIgnoreCase(m.getLang())).findFirst()
                .or(() -> messages.stream().findFirst())
                .map(MessageResponseType::getValue).map(String::strip).orElse(error.getCode());
        return new BringError(ErrorCode.of(error.getCode()), message, text(error.getUniqueId()));
    }

    /**
     * The customers of a customers answer.
     *
     * @param answer the answer
     * @return the customers, in Bring's order
     */
    static List<BookingCustomer> customers(CustomersResponseType answer) {
        if (answer.getCustomers() == null) {
            return List.of();
        }
        List<BookingCustomer> customers = new ArrayList<>();
        for (CustomerResponseType c : answer.getCustomers().getCustomer()) {
            List<String> products = c.getProducts() == null ? List.of()
                    : c.getProducts().getProduct().stream().map(String::strip).toList();
            customers.add(new BookingCustomer(c.getCustomerNumber().strip(), c.getName().strip(),
                    c.getCountryCode().strip(), products));
        }
        return customers;
    }

}
