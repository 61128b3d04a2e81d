package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.ports.booking.Booking;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingRequest;
import java.net.URI;
import java.util.List;

/** SCAFFOLD: replaced by the booking capability's implementation. */
public final class RestBooking implements Booking {

    /**
     * @param http    the transport
     * @param baseUrl the API's base URL
     * @param format  the wire format where Bring offers both
     */
    public RestBooking(BringHttp http, java.net.URI baseUrl, WireFormat format) {
    }

    @Override
    public String transport() {
        return "REST";
    }

    @Override
    public BookingConfirmation book(BookingRequest request) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<BookingCustomer> customers() {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw new UnsupportedOperationException("scaffold");
    }
    @Override
    public byte[] label(URI labelLink) {
        throw new UnsupportedOperationException("scaffold");
    }
}
