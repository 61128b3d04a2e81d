package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.Call;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.adapter.rest.http.XmlCharacters;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Booking over REST ({@code https://api.bring.com/booking-api/api}): POST {@code /booking},
 * GET {@code /customers}, GET {@code /errors}, and the label behind a confirmation's link, in
 * JSON or XML. A booking is checked against {@link BookingRules} before it is sent, unless the
 * client rules are {@linkplain ClientRules#OFF off} (nothing is sent when a rule is broken), and written the current way ({@code additionalServices[]}, schema
 * version 1, one consignment); it is never sent twice unless Bring provably did not act on it,
 * and an unknown outcome names the consignment's correlation id. Bring's errors, in 200 and 400
 * answers alike, become failures typed by their codes. Thread-safe.
 */
public final class RestBooking implements Booking {

    private final BringHttp http;
    private final URI baseUrl;
    private final WireFormat format;
    private final ClientRules clientRules;

    /**
     * Booking over a transport.
     *
     * @param http        the transport
     * @param baseUrl     the API's base URL, e.g. {@code https://api.bring.com/booking-api/api}
     * @param format      the wire format where Bring offers both
     * @param clientRules whether Bring's rules are checked before sending
     */
    public RestBooking(BringHttp http, URI baseUrl, WireFormat format, ClientRules clientRules) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.format = Objects.requireNonNull(format, "format");
        this.clientRules = Objects.requireNonNull(clientRules, "clientRules");
    }

    @Override
    public String transport() {
        return BringHttp.TRANSPORT;
    }

    @Override
    public BookingConfirmation book(BookingRequest request) {
        Operation op = Operation.BOOK;
        clientRules.check(op, () -> BookingRules.violations(request, http.settings().clock().instant()));
        Optional<String> correlationId = request.consignment().correlationId();
        Call call = Call.post(op, endpoint(baseUrl, "booking"), body(op, BookingRequestMapper.toDocument(request), format),
                format, correlationId.orElse(null));
        return http.exchange(call, answer -> BookingAnswers.confirmation(op, answer, correlationId));
    }

    @Override
    public List<BookingCustomer> customers() {
        return http.exchange(Call.get(Operation.GET_CUSTOMERS, endpoint(baseUrl, "customers"), format),
                BookingAnswers::customers);
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return http.exchange(Call.get(Operation.GET_BOOKING_ERROR_CODES, endpoint(baseUrl, "errors"), format),
                BookingAnswers::errorTypes);
    }

    /**
     * Downloads the document behind a confirmation's label link (a PDF), with the same credentials.
     *
     * @param labelLink the {@code links.labels} of a confirmation
     * @return the document's bytes
     * @throws dev.bringport.ports.NotFoundException no label behind the link
     * @throws IllegalArgumentException if the link points at neither Bring nor the configured booking host
     * @throws dev.bringport.ports.UnexpectedResponseException if the link answers something other than a PDF
     */
    @Override
    public byte[] label(URI labelLink) {
        Operation op = Operation.GET_LABEL;
        URI link = Labels.requireBringHost(Objects.requireNonNull(labelLink, "labelLink"), baseUrl);
        return http.exchange(Call.get(op, link, Labels.MEDIA_TYPE), answer -> Labels.pdf(op, answer));
    }

    /**
     * An endpoint under a base URL.
     *
     * @param baseUrl the base URL, with or without a trailing slash
     * @param path    the endpoint's path, e.g. {@code booking}
     * @return the endpoint
     */
    static URI endpoint(URI baseUrl, String path) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + "/" + path);
    }

    /**
     * A document's body; in XML only when XML can carry its text ({@link XmlCharacters}).
     *
     * @param operation the write the body is for
     * @param document  the wire document
     * @param format    JSON or XML
     * @return the body
     * @throws dev.bringport.ports.InvalidRequestException for text XML cannot carry, nothing sent
     */
    static byte[] body(Operation operation, Object document, WireFormat format) {
        if (format == WireFormat.XML) {
            XmlCharacters.requireWritable(operation, WireMappers.of(WireFormat.JSON).valueToTree(document));
        }
        try {
            return DocumentWriter.write(document, format);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as " + format, e);
        }
    }
}
