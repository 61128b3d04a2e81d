package dev.bringport.adapter.soap.booking;

import dev.bringport.adapter.soap.booking.generated.BookingPort;
import dev.bringport.adapter.soap.booking.generated.CustomersRequestType;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapTransport;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.BookingRules;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Booking over Bring's deprecated SOAP booking service (booking-v1.wsdl): booking and customers.
 * The error catalogue and labels are REST only.
 */
final class SoapBooking implements Booking {

    private final SoapEndpoint<BookingPort> endpoint;
    private final Clock clock;
    private final ClientRules clientRules;

    SoapBooking(SoapEndpoint<BookingPort> endpoint, Clock clock, ClientRules clientRules) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.clientRules = clientRules;
    }

    @Override
    public String transport() {
        return SoapTransport.NAME;
    }

    @Override
    public boolean supports(Operation operation) {
        return SoapTransport.supports(operation);
    }

    @Override
    public BookingConfirmation book(BookingRequest request) {
        Operation op = Operation.BOOK;
        SoapTransport.checkBeforeSending(op, clientRules.violations(() -> BookingRules.violations(request,
                clock.instant())), BookingMapper.notCarried(request));
        return endpoint.call(op, "booking", request.consignment().correlationId(), port ->
                BookingMapper.confirmation(port.booking(BookingMapper.bookingRequest(request)),
                        SoapEndpoint.httpStatus(port)));
    }

    @Override
    public List<BookingCustomer> customers() {
        return endpoint.call(Operation.GET_CUSTOMERS, "customers", Optional.empty(),
                port -> BookingMapper.customers(port.customers(new CustomersRequestType())));
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw SoapTransport.notSupported(Operation.GET_BOOKING_ERROR_CODES);
    }

    @Override
    public byte[] label(URI labelLink) {
        throw SoapTransport.notSupported(Operation.GET_LABEL);
    }
}
