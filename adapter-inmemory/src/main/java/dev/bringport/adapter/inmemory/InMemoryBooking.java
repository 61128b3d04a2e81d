package dev.bringport.adapter.inmemory;

import dev.bringport.domain.ErrorCatalogue;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.domain.booking.Gs1;
import dev.bringport.domain.booking.ProductGroups;
import dev.bringport.ports.Failure;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.booking.Booking;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking of the in-memory Bring: validates like Bring, answers with a 17-digit consignment
 * number and 18-digit SSCC package numbers (both with GS1 check digits under Bring's company
 * prefix 7043810), tracking and label links, and serves a PDF label behind the label link.
 */
final class InMemoryBooking extends InMemoryPort implements Booking {

    /** Bring's GS1 company prefix, as in its consignment numbers (70438101268018539). */
    static final String COMPANY_PREFIX = "7043810";
    /** The SSCC extension digit Bring's package numbers start with (370438101268058536). */
    private static final String SSCC_EXTENSION = "3";

    InMemoryBooking(InMemoryBring bring, String user, CallListener listener) {
        super(bring, user, listener);
    }

    @Override
    public BookingConfirmation book(BookingRequest request) {
        Operation op = Operation.BOOK;
        Consignment consignment = request.consignment();
        Instant now = bring.now();
        return call(op, consignment.correlationId(), BookingRules.violations(request, now), () -> {
            List<BookingCustomer> customers = bring.read(() -> bring.bookings().customers(user));
            checkAtBring(op, BookingRules.violationsAgainst(consignment, customers));
            BookingConfirmation confirmation = confirm(consignment);
            String test = request.testIndicator() ? "TEST BOOKING" : "";
            String packages = "Packages " + confirmation.packages().stream().map(BookedPackage::packageNumber).toList();
            bring.write(() -> {
                store(confirmation.links(), "Consignment " + confirmation.consignmentNumber(), packages, test);
                confirmation.returnLinks().ifPresent(links -> store(links, "Return consignment "
                        + confirmation.returnConsignmentNumber().orElseThrow(), "for " + confirmation.consignmentNumber(), test));
                bring.received().add(new Received.Booked(user, request, confirmation, now));
            });
            return confirmation;
        });
    }

    /** Every document a confirmation links to is served: the label, and the waybill where there is one. */
    private void store(ConsignmentLinks links, String consignment, String detail, String test) {
        links.labels().ifPresent(link -> bring.bookings().putLabel(link, LabelPdf.render(List.of("Bring label", consignment,
                detail, test))));
        links.waybill().ifPresent(link -> bring.bookings().putLabel(link, LabelPdf.render(List.of("Bring waybill",
                consignment, detail, test))));
    }

    private BookingConfirmation confirm(Consignment consignment) {
        String number = Gs1.withCheckDigit(COMPANY_PREFIX + serial());
        List<BookedPackage> packages = new ArrayList<>();
        for (BookingPackage p : consignment.packages()) {
            packages.add(new BookedPackage(Gs1.withCheckDigit(SSCC_EXTENSION + COMPANY_PREFIX + serial()),
                    p.correlationId(), Optional.empty(), Optional.empty()));
        }
        Instant shipping = consignment.shippingDateTime().orElseThrow();
        boolean domestic = consignment.parties().recipient().map(r -> r.countryCode().equalsIgnoreCase("NO")).orElse(true);
        Instant expectedDelivery = shipping.plus(Duration.ofDays(domestic ? 1 : 3));
        Optional<String> returnNumber = consignment.returnProduct().map(r -> Gs1.withCheckDigit(COMPANY_PREFIX + serial()));
        boolean cargo = consignment.product().map(p -> ProductGroups.contains(ProductGroups.CARGO, p.id())).orElse(false);
        return new BookingConfirmation(consignment.correlationId(), number, links(number, cargo), Optional.of(shipping),
                Optional.of(expectedDelivery), packages, Optional.empty(), Optional.empty(), returnNumber,
                returnNumber.map(n -> links(n, false)));
    }

    private static ConsignmentLinks links(String consignmentNumber, boolean waybill) {
        UUID id = UUID.nameUUIDFromBytes(consignmentNumber.getBytes(StandardCharsets.US_ASCII));
        return new ConsignmentLinks(Optional.of(URI.create("https://api.bring.com/labels/id/" + id + ".pdf")),
                Optional.empty(),
                waybill ? Optional.of(URI.create("https://api.bring.com/waybill/id/" + id + ".pdf")) : Optional.empty(),
                URI.create("https://sporing.bring.no/sporing.html?q=" + consignmentNumber));
    }

    private String serial() {
        return String.format("%09d", bring.ids().nextSerial());
    }

    @Override
    public List<BookingCustomer> customers() {
        return call(Operation.GET_CUSTOMERS, Optional.empty(), List.of(),
                () -> bring.read(() -> bring.bookings().customers(user)));
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return call(Operation.GET_BOOKING_ERROR_CODES, Optional.empty(), List.of(),
                () -> ErrorCatalogue.booking().definitions());
    }

    @Override
    public byte[] label(URI labelLink) {
        Operation op = Operation.GET_LABEL;
        return call(op, Optional.empty(), List.of(), () -> bring.read(() -> bring.bookings().label(labelLink)).orElseThrow(() ->
                new NotFoundException(Failure.of(op, "no label at " + labelLink).withHttpStatus(404))));
    }
}
