package dev.bringport.ports.booking;

import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.net.URI;
import java.util.List;

/**
 * Bring Booking ({@code https://api.bring.com/booking-api/api}): book consignments and get
 * consignment number, labels and tracking link; list the customer numbers and services the user
 * may book; read the error catalogue; download labels.
 *
 * <p>Every method can also fail with {@link dev.bringport.ports.UnauthenticatedException},
 * {@link dev.bringport.ports.AccessDeniedException} ({@code BOOK-AUTHORIZATION-001}),
 * {@link dev.bringport.ports.RateLimitedException} (above 18 requests per second),
 * {@link dev.bringport.ports.UnavailableException} ({@code BOOK-INTERNAL-*}),
 * {@link dev.bringport.ports.TimedOutException}, {@link dev.bringport.ports.UnexpectedResponseException}
 * and {@link dev.bringport.ports.NotSupportedByTransportException}.
 */
public interface Booking extends Transport {

    /**
     * Books a consignment. POST {@code /booking}. Never sent twice unless Bring provably did not
     * act on the first attempt.
     *
     * @param request the consignment, and whether it is a test booking
     * @return Bring's confirmation: consignment number, package numbers, links, dates
     * @throws dev.bringport.ports.InvalidRequestException Bring's rules broken: found before sending with
     *         every violation ({@code BOOK-INPUT-*}, {@code BOOK_VALIDATION-*}, dated rules), or reported by Bring
     *         (e.g. an unknown customer number, {@code BOOK-INPUT-021})
     * @throws dev.bringport.ports.OutcomeUnknownException the booking may have happened; check by
     *         correlation id before booking again
     */
    @BringOperation(Operation.BOOK)
    BookingConfirmation book(BookingRequest request);

    /**
     * Lists the customer numbers the user may book with, per country, and their products.
     * GET {@code /customers}.
     *
     * @return the customers
     */
    @BringOperation(Operation.GET_CUSTOMERS)
    List<BookingCustomer> customers();

    /**
     * Reads Bring's list of Booking and pickup error codes. GET {@code /errors}.
     *
     * @return the codes with their messages and suffixable flags
     */
    @BringOperation(Operation.GET_BOOKING_ERROR_CODES)
    List<ErrorDefinition> errorCodes();

    /**
     * Downloads the document behind a confirmation's label link (a PDF), with the same credentials.
     *
     * @param labelLink the {@code links.labels} of a confirmation
     * @return the document's bytes
     * @throws dev.bringport.ports.NotFoundException no label behind the link
     */
    @BringOperation(Operation.GET_LABEL)
    byte[] label(URI labelLink);
}
