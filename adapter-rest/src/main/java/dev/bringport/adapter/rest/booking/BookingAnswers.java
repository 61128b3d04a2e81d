package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Booking's successful answers into domain values: the booking confirmation, the customers
 * and the error catalogue. Bring reports a booking's errors per consignment, in a 200 answer as
 * well as a 400: any error there is a failure, typed by its codes, with Bring's {@code uniqueId}
 * as the request id. An answer that holds neither a confirmation nor errors cannot be read (for
 * a booking, its outcome is then unknown).
 */
final class BookingAnswers {

    private BookingAnswers() {
    }

    /**
     * The confirmation in a booking answer.
     *
     * @param operation         the operation
     * @param answer            a 2xx answer
     * @param sentCorrelationId the consignment's correlation id as sent, for an answer that leaves it out
     * @return the confirmation of the (one) consignment
     * @throws IOException if the answer is not a booking answer
     * @throws dev.bringport.ports.BringException if Bring reported errors
     */
    static BookingConfirmation confirmation(Operation operation, Answer answer, Optional<String> sentCorrelationId)
            throws IOException {
        BookingAnswerDocument document = DocumentReader.answer(answer.body(), answer.documentFormat(), "bookingResponse",
                BookingAnswerDocument.class);
        List<BookingAnswerDocument.Consignment> consignments = orEmpty(document.consignments());
        if (hasErrors(document.errors()) || consignments.stream().anyMatch(c -> hasErrors(c.errors()))) {
            throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
        }
        BookingAnswerDocument.Consignment consignment = consignments.stream().findFirst()
                .orElseThrow(() -> new IOException("the booking answer holds no consignment"));
        BookingAnswerDocument.Confirmation c = Optional.ofNullable(consignment.confirmation())
                .orElseThrow(() -> new IOException("the booking answer holds neither a confirmation nor errors"));
        Optional<BookingAnswerDocument.DateAndTimes> dates = Optional.ofNullable(c.dateAndTimes());
        Optional<BookingAnswerDocument.ProductSpecificData> ups = Optional.ofNullable(c.productSpecificData());
        List<BookedPackage> packages = new ArrayList<>();
        for (BookingAnswerDocument.Package p : orEmpty(c.packages())) {
            packages.add(new BookedPackage(required(p.packageNumber(), "packageNumber"), Optional.ofNullable(p.correlationId()),
                    Optional.ofNullable(p.labelFreeCode()), link(p.qrCodeLink())));
        }
        return new BookingConfirmation(Optional.ofNullable(consignment.correlationId()).or(() -> sentCorrelationId),
                required(c.consignmentNumber(), "consignmentNumber"),
                links(Optional.ofNullable(c.links()).orElseThrow(() -> new IOException("the confirmation has no links"))),
                dates.map(BookingAnswerDocument.DateAndTimes::earliestPickup),
                dates.map(BookingAnswerDocument.DateAndTimes::expectedDelivery), packages,
                ups.map(BookingAnswerDocument.ProductSpecificData::upsShipmentNumber),
                ups.map(BookingAnswerDocument.ProductSpecificData::upsTrackingNumber),
                Optional.ofNullable(c.returnConsignmentNumber()),
                c.returnLinks() == null ? Optional.empty() : Optional.of(links(c.returnLinks())));
    }

    /**
     * The customers in an answer to GET {@code /customers}.
     *
     * @param answer a 2xx answer
     * @return the customers, one per customer number and country
     * @throws IOException if the answer is not a customers answer
     */
    static List<BookingCustomer> customers(Answer answer) throws IOException {
        CustomersDocument document = DocumentReader.answer(answer.body(), answer.documentFormat(), "customersResponse",
                CustomersDocument.class);
        return orEmpty(document.customers()).stream().map(c -> new BookingCustomer(text(c.customerNumber()),
                text(c.name()), text(c.countryCode()), orEmpty(c.products()))).toList();
    }

    /**
     * The error catalogue in an answer to GET {@code /errors}; entries without a code are left out.
     *
     * @param answer a 2xx answer
     * @return the codes with their messages and suffixable flags, in Bring's order
     * @throws IOException if the answer is not an error catalogue
     */
    static List<ErrorDefinition> errorTypes(Answer answer) throws IOException {
        ErrorTypesDocument document = DocumentReader.answer(answer.body(), answer.documentFormat(), "errorTypeList",
                ErrorTypesDocument.class);
        return orEmpty(document.errorTypes()).stream().filter(e -> e.code() != null && !e.code().isBlank())
                .map(e -> new ErrorDefinition(ErrorCode.of(e.code()), text(e.message()), Optional.ofNullable(e.suffixable())))
                .toList();
    }

    /**
     * Whether errors hold any error with a code.
     *
     * @param errors an answer's errors, may be null
     * @return whether Bring reported an error
     */
    static boolean hasErrors(List<AnswerError> errors) {
        return errors != null && errors.stream().anyMatch(e -> e.code() != null && !e.code().isBlank());
    }

    private static ConsignmentLinks links(BookingAnswerDocument.Links links) throws IOException {
        return new ConsignmentLinks(link(links.labels()), link(links.labelArchiveUrl()), link(links.waybill()),
                URI.create(required(links.tracking(), "links.tracking")));
    }

    private static Optional<URI> link(String value) {
        return Optional.ofNullable(value).map(URI::create);
    }

    private static String required(String value, String field) throws IOException {
        if (value == null || value.isBlank()) {
            throw new IOException("the confirmation has no " + field);
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
