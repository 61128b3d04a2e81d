package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.CashOnDelivery;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.CustomsDeclaration;
import dev.bringport.domain.booking.CustomsLine;
import dev.bringport.domain.booking.DangerousGoods;
import dev.bringport.domain.booking.DeliveryWindow;
import dev.bringport.domain.booking.Dimensions;
import dev.bringport.domain.booking.Incoterm;
import dev.bringport.domain.booking.NatureOfTransaction;
import dev.bringport.domain.booking.Parties;
import dev.bringport.domain.booking.PickupPoint;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.booking.ReturnProduct;
import dev.bringport.domain.booking.WhoPaysInvoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a {@link BookingRequest} to Bring's {@code bookingRequest} document and back. Written the
 * current way: services as {@code additionalServices[]}, {@code services} only for
 * {@code deliveryOption}, schema version 1, one consignment. Read from either way: the old
 * {@code services{}} object is translated by {@link LegacyServices}. Text Bring requires is read
 * as empty when absent, so that {@link dev.bringport.domain.booking.BookingRules} reports it with
 * its code; what the domain cannot hold (a missing test indicator, several consignments, package
 * groups, an unknown schema version or enumerated value) is refused. An additional service's
 * attributes that the wire type does not name travel as given, both ways ({@link OtherAttributes}).
 */
final class BookingRequestMapper {

    private BookingRequestMapper() {
    }

    // --- domain to document ---------------------------------------------------------------------

    /**
     * The document for a request.
     *
     * @param request the request
     * @return the document
     */
    static BookingRequestDocument toDocument(BookingRequest request) {
        Consignment c = request.consignment();
        BookingRequestDocument.Consignment consignment = new BookingRequestDocument.Consignment(
                c.correlationId().orElse(null), c.shippingDateTime().orElse(null),
                c.customerSpecifiedDeliveryDateTime().orElse(null), c.customerSpecifiedDispatchDateTime().orElse(null),
                c.deliveryWindow().map(w -> new BookingRequestDocument.DeliveryWindow(w.start(), w.end())).orElse(null),
                parties(c.parties()), c.product().map(BookingRequestMapper::product).orElse(null),
                c.returnProduct().map(r -> new BookingRequestDocument.ReturnProduct(r.id(),
                        nullIfEmpty(r.additionalServices().stream().map(BookingRequestMapper::additionalService).toList())))
                        .orElse(null),
                c.purchaseOrderNumbers().isEmpty() ? null : new BookingRequestDocument.PurchaseOrder(c.purchaseOrderNumbers()),
                nullIfEmpty(c.packages().stream().map(BookingRequestMapper::bookingPackage).toList()),
                null, c.generateQrCodes().orElse(null));
        return new BookingRequestDocument(request.testIndicator(), BookingRequest.SCHEMA_VERSION,
                request.clientUid().orElse(null), request.clientUrl().orElse(null), List.of(consignment));
    }

    private static BookingRequestDocument.Parties parties(Parties p) {
        return new BookingRequestDocument.Parties(party(p.sender()), party(p.recipient()), party(p.consignor()),
                party(p.consignee()), p.pickupPoint().map(pp -> new BookingRequestDocument.PickupPoint(pp.id(),
                pp.countryCode())).orElse(null), party(p.importer()), party(p.returnTo()));
    }

    private static BookingRequestDocument.Party party(Optional<BookingParty> party) {
        return party.map(p -> new BookingRequestDocument.Party(p.name(), p.addressLine(), p.addressLine2().orElse(null),
                p.postalCode(), p.city(), p.countryCode(), p.reference().orElse(null),
                p.additionalAddressInfo().orElse(null), p.vatNumber().orElse(null),
                p.contact().map(c -> new BookingRequestDocument.Contact(c.name().orElse(null), c.email().orElse(null),
                        c.phoneNumber().orElse(null))).orElse(null))).orElse(null);
    }

    private static BookingRequestDocument.Product product(Product p) {
        return new BookingRequestDocument.Product(p.id(), p.nonStandardCourierProductCode().orElse(null),
                p.customerNumber(), p.deliveryOption().map(BookingRequestDocument.Services::deliveryOption).orElse(null),
                nullIfEmpty(p.additionalServices().stream().map(BookingRequestMapper::additionalService).toList()),
                p.messageForRecipient().orElse(null), p.whoPaysInvoice().map(WhoPaysInvoice::bringName).orElse(null),
                p.incotermRule().map(Incoterm::name).orElse(null), p.customs().map(BookingRequestMapper::customs).orElse(null),
                p.explicitAdditionalServices().orElse(null));
    }

    private static BookingRequestDocument.AdditionalService additionalService(AdditionalService s) {
        Optional<CashOnDelivery> cod = s.cashOnDelivery();
        Optional<DangerousGoods> dg = s.dangerousGoods();
        return new BookingRequestDocument.AdditionalService(s.id(), s.email().orElse(null), s.mobile().orElse(null),
                s.message().orElse(null), cod.map(CashOnDelivery::accountNumber).orElse(null),
                cod.flatMap(CashOnDelivery::accountType).orElse(null), cod.map(CashOnDelivery::amount).orElse(null),
                cod.map(CashOnDelivery::currencyCode).orElse(null),
                cod.flatMap(CashOnDelivery::message).map(m -> new BookingRequestDocument.PaymentMessage(m.value(), m.type()))
                        .orElse(null),
                dg.flatMap(DangerousGoods::containerId).orElse(null), dg.flatMap(DangerousGoods::weightInGrams).orElse(null),
                dg.map(DangerousGoods::unNumber).orElse(null), dg.map(DangerousGoods::commodity).orElse(null),
                dg.flatMap(DangerousGoods::packingGroup).orElse(null), dg.map(DangerousGoods::dangerClass).orElse(null),
                dg.flatMap(DangerousGoods::tunnelRestrictionCode).orElse(null),
                dg.flatMap(DangerousGoods::safetyMarkCode).orElse(null), dg.flatMap(DangerousGoods::factor).orElse(null),
                s.limitedQuantitiesGrossWeight().orElse(null), s.numberOfItems().orElse(null),
                OtherAttributes.toWire(s.otherAttributes()));
    }

    private static BookingRequestDocument.CustomsDeclarations customs(CustomsDeclaration c) {
        return new BookingRequestDocument.CustomsDeclarations(c.natureOfTransaction().map(Enum::name).orElse(null),
                c.otherNatureOfTransactionDescription().orElse(null), c.iossNumber().orElse(null),
                nullIfEmpty(c.lines().stream().map(l -> new BookingRequestDocument.CustomsLine(l.quantity().orElse(null),
                        l.goodsDescription(), l.customsArticleNumber().orElse(null), l.itemNetWeightInKg().orElse(null),
                        l.tariffLineAmount().orElse(null), l.currency(), l.countryOfOrigin().orElse(null))).toList()));
    }

    private static BookingRequestDocument.Package bookingPackage(BookingPackage p) {
        return new BookingRequestDocument.Package(p.correlationId().orElse(null), p.weightInKg().orElse(null),
                p.goodsDescription().orElse(null), p.volumeInDm3().orElse(null),
                p.dimensions().map(d -> new BookingRequestDocument.Dimensions(d.heightInCm(), d.widthInCm(), d.lengthInCm()))
                        .orElse(null),
                p.containerId().orElse(null), p.packageType().orElse(null), p.numberOfItems().orElse(null),
                p.isStackable().orElse(null), p.numberOfPallets().orElse(null), p.loadMeters().orElse(null));
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    // --- document to domain ---------------------------------------------------------------------

    /**
     * The request a document holds.
     *
     * @param document the document, in either way of asking for services
     * @return the request
     * @throws IllegalArgumentException for what the request cannot hold, naming the field
     */
    static BookingRequest toDomain(BookingRequestDocument document) {
        if (document.testIndicator() == null) {
            throw new IllegalArgumentException("testIndicator must be true or false (BOOK-INPUT-030): it decides "
                    + "whether Bring books for real, so the library does not guess it");
        }
        if (document.schemaVersion() != null && document.schemaVersion() != BookingRequest.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + document.schemaVersion() + " is not supported: "
                    + "the library speaks schema version " + BookingRequest.SCHEMA_VERSION);
        }
        List<BookingRequestDocument.Consignment> consignments = Optional.ofNullable(document.consignments()).orElse(List.of());
        if (consignments.isEmpty()) {
            throw new IllegalArgumentException("consignments must hold one consignment (BOOK-INPUT-004), found none");
        }
        if (consignments.size() > 1) {
            throw new IllegalArgumentException("consignments must hold one consignment: Bring books one per request "
                    + "(BOOK-INPUT-005), found " + consignments.size());
        }
        return new BookingRequest(document.testIndicator(), consignment(consignments.get(0)),
                Optional.ofNullable(document.clientUrl()), Optional.ofNullable(document.clientUid()));
    }

    private static Consignment consignment(BookingRequestDocument.Consignment c) {
        if (c.packageGroups() != null) {
            throw new IllegalArgumentException("consignments[0].packageGroups (the earlier schema's package groups) "
                    + "are not supported: give each package in consignments[0].packages");
        }
        Optional<BookingRequestDocument.DeliveryWindow> window = Optional.ofNullable(c.customerSpecifiedDelivery());
        if (window.isPresent() && (window.get().startDateTime() == null || window.get().endDateTime() == null)) {
            throw new IllegalArgumentException("consignments[0].customerSpecifiedDelivery needs both startDateTime "
                    + "and endDateTime");
        }
        return new Consignment(Optional.ofNullable(c.correlationId()), Optional.ofNullable(c.shippingDateTime()),
                Optional.ofNullable(c.customerSpecifiedDeliveryDateTime()),
                Optional.ofNullable(c.customerSpecifiedDispatchDateTime()),
                window.map(w -> new DeliveryWindow(w.startDateTime(), w.endDateTime())),
                Optional.ofNullable(c.parties()).map(BookingRequestMapper::parties).orElse(Parties.NONE),
                Optional.ofNullable(c.product()).map(BookingRequestMapper::product),
                list(c.packages(), BookingRequestMapper::bookingPackage),
                Optional.ofNullable(c.returnProduct()).map(r -> new ReturnProduct(text(r.id()),
                        additionalServices("consignments[0].returnProduct.additionalServices", r.additionalServices()))),
                Optional.ofNullable(c.purchaseOrder()).map(BookingRequestDocument.PurchaseOrder::purchaseOrderNumber)
                        .orElse(List.of()),
                Optional.ofNullable(c.generateQrCodes()));
    }

    private static Parties parties(BookingRequestDocument.Parties p) {
        return new Parties(party(p.sender()), party(p.recipient()), party(p.consignor()), party(p.consignee()),
                party(p.importer()), party(p.returnTo()),
                Optional.ofNullable(p.pickupPoint()).map(pp -> new PickupPoint(text(pp.id()), text(pp.countryCode()))));
    }

    private static Optional<BookingParty> party(BookingRequestDocument.Party p) {
        return Optional.ofNullable(p).map(party -> new BookingParty(text(party.name()), text(party.addressLine()),
                Optional.ofNullable(party.addressLine2()), text(party.postalCode()), text(party.city()),
                text(party.countryCode()), Optional.ofNullable(party.reference()),
                Optional.ofNullable(party.additionalAddressInfo()), Optional.ofNullable(party.vatNumber()),
                Optional.ofNullable(party.contact()).map(c -> BookingContact.of(c.name(), c.email(), c.phoneNumber()))));
    }

    private static Product product(BookingRequestDocument.Product p) {
        List<AdditionalService> services = new ArrayList<>(additionalServices(
                "consignments[0].product.additionalServices", p.additionalServices()));
        Optional<BookingRequestDocument.Services> legacy = Optional.ofNullable(p.services());
        legacy.map(LegacyServices::additionalServices).orElse(List.of()).stream()
                .filter(old -> services.stream().noneMatch(s -> s.is(old.id())))
                .forEach(services::add);
        return new Product(text(p.id()), text(p.customerNumber()), services,
                Optional.ofNullable(p.ediCustomsDeclarations()).map(BookingRequestMapper::customs),
                Optional.ofNullable(p.incotermRule()).map(rule -> known(Incoterm.class, rule, "product.incotermRule")),
                Optional.ofNullable(p.messageForRecipient()), Optional.ofNullable(p.nonStandardCourierProductCode()),
                legacy.map(BookingRequestDocument.Services::deliveryOption),
                Optional.ofNullable(p.whoPaysInvoice()).map(WhoPaysInvoice::fromBring),
                Optional.ofNullable(p.explicitAdditionalServices()));
    }

    private static List<AdditionalService> additionalServices(String field,
                                                              List<BookingRequestDocument.AdditionalService> services) {
        List<AdditionalService> read = new ArrayList<>();
        for (int i = 0; services != null && i < services.size(); i++) {
            read.add(additionalService(field + "[" + i + "]", services.get(i)));
        }
        return read;
    }

    /**
     * The values of a booking request as bound that the mapping does not send: a {@code containerId}
     * on an additional service that is not for dangerous goods ({@code booking-v1.xsd} has it only
     * among the dangerous goods' details, and the page documents it for Oil Express packages).
     *
     * @param document the request as bound
     * @return the fields, in the document's order
     */
    static List<IgnoredField> notSent(BookingRequestDocument document) {
        List<IgnoredField> left = new ArrayList<>();
        List<BookingRequestDocument.Consignment> consignments = document.consignments() == null ? List.of()
                : document.consignments();
        for (int c = 0; c < consignments.size(); c++) {
            BookingRequestDocument.Consignment consignment = consignments.get(c);
            if (consignment != null && consignment.product() != null) {
                servicesNotSent("consignments[" + c + "].product.additionalServices",
                        consignment.product().additionalServices(), left);
            }
            if (consignment != null && consignment.returnProduct() != null) {
                servicesNotSent("consignments[" + c + "].returnProduct.additionalServices",
                        consignment.returnProduct().additionalServices(), left);
            }
        }
        return left;
    }

    private static void servicesNotSent(String field, List<BookingRequestDocument.AdditionalService> services,
                                        List<IgnoredField> left) {
        for (int i = 0; services != null && i < services.size(); i++) {
            BookingRequestDocument.AdditionalService s = services.get(i);
            if (s != null && s.containerId() != null && !carriesDangerousGoods(s)) {
                left.add(new IgnoredField(field + "[" + i + "].containerId",
                        "Bring documents containerId on an additional service for dangerous goods only"));
            }
        }
    }

    /** Whether a service as bound carries dangerous goods' details, which its containerId belongs to. */
    private static boolean carriesDangerousGoods(BookingRequestDocument.AdditionalService s) {
        return s.weightInGrams() != null || s.unNumber() != null || s.commodity() != null
                || s.packingGroup() != null || s.dangerClass() != null || s.tunnelRestrictionCode() != null
                || s.safetyMarkCode() != null || s.factor() != null
                || s.containerId() != null && AdditionalService.DANGEROUS_GOODS.equalsIgnoreCase(text(s.id()));
    }

    private static AdditionalService additionalService(String field, BookingRequestDocument.AdditionalService s) {
        boolean cashOnDelivery = s.accountNumber() != null || s.accountType() != null || s.amount() != null
                || s.currencyCode() != null || s.codMessage() != null;
        boolean dangerousGoods = carriesDangerousGoods(s);
        return new AdditionalService(text(s.id()), Optional.ofNullable(s.email()), Optional.ofNullable(s.mobile()),
                Optional.ofNullable(s.message()),
                cashOnDelivery ? Optional.of(cashOnDelivery(s.accountNumber(), s.accountType(), s.amount(),
                        s.currencyCode(), s.codMessage())) : Optional.empty(),
                dangerousGoods ? Optional.of(dangerousGoods(s.containerId(), s.weightInGrams(), s.unNumber(), s.commodity(),
                        s.packingGroup(), s.dangerClass(), s.tunnelRestrictionCode(), s.safetyMarkCode(), s.factor()))
                        : Optional.empty(),
                Optional.ofNullable(s.numberOfItems()), Optional.ofNullable(s.limitedQuantitiesGrossWeight()),
                OtherAttributes.toDomain(field, s.otherAttributes()));
    }

    /** Cash on delivery; an absent amount reads as 0, which the rules report ({@code BOOK-INPUT-037}). */
    static CashOnDelivery cashOnDelivery(String accountNumber, String accountType, BigDecimal amount, String currencyCode,
                                         BookingRequestDocument.PaymentMessage message) {
        return new CashOnDelivery(text(accountNumber), Optional.ofNullable(accountType),
                amount == null ? BigDecimal.ZERO : amount, text(currencyCode),
                Optional.ofNullable(message).map(m -> new CashOnDelivery.PaymentMessage(text(m.value()), text(m.type()))));
    }

    /** Dangerous goods; absent required text reads as empty, which the rules report ({@code BOOK-INPUT-048}...). */
    static DangerousGoods dangerousGoods(String containerId, Integer weightInGrams, String unNumber, String commodity,
                                         String packingGroup, String dangerClass, String tunnelRestrictionCode,
                                         String safetyMarkCode, Integer factor) {
        return new DangerousGoods(Optional.ofNullable(containerId), Optional.ofNullable(weightInGrams), text(unNumber),
                text(commodity), Optional.ofNullable(packingGroup), text(dangerClass),
                Optional.ofNullable(tunnelRestrictionCode), Optional.ofNullable(safetyMarkCode), Optional.ofNullable(factor));
    }

    private static CustomsDeclaration customs(BookingRequestDocument.CustomsDeclarations c) {
        return new CustomsDeclaration(
                Optional.ofNullable(c.natureOfTransaction()).map(n -> known(NatureOfTransaction.class, n,
                        "product.ediCustomsDeclarations.natureOfTransaction")),
                Optional.ofNullable(c.otherNatureOfTransactionDescription()), Optional.ofNullable(c.iossNumber()),
                list(c.ediCustomsDeclaration(), l -> new CustomsLine(Optional.ofNullable(l.quantity()),
                        text(l.goodsDescription()), Optional.ofNullable(l.customsArticleNumber()),
                        Optional.ofNullable(l.itemNetWeightInKg()), Optional.ofNullable(l.tarriffLineAmount()),
                        text(l.currency()), Optional.ofNullable(l.countryOfOrigin()))));
    }

    private static BookingPackage bookingPackage(BookingRequestDocument.Package p) {
        return new BookingPackage(Optional.ofNullable(p.correlationId()), Optional.ofNullable(p.weightInKg()),
                Optional.ofNullable(p.goodsDescription()),
                Optional.ofNullable(p.dimensions()).map(d -> new Dimensions(orZero(d.heightInCm()), orZero(d.widthInCm()),
                        orZero(d.lengthInCm()))),
                Optional.ofNullable(p.volumeInDm3()), Optional.ofNullable(p.loadMeters()),
                Optional.ofNullable(p.numberOfPallets()), Optional.ofNullable(p.numberOfItems()),
                Optional.ofNullable(p.packageType()), Optional.ofNullable(p.containerId()),
                Optional.ofNullable(p.isStackable()));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static <W, D> List<D> list(List<W> items, Function<W, D> mapper) {
        return items == null ? List.of() : items.stream().map(mapper).toList();
    }

    /** A side left out reads as 0, which the rules report as not greater than 0. */
    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
