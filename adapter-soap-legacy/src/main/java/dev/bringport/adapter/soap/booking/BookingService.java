package dev.bringport.adapter.soap.booking;

import dev.bringport.adapter.soap.booking.generated.BookingPort;
import dev.bringport.adapter.soap.booking.generated.BookingPortService;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapSettings;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.CallListener;
import java.time.Clock;

/**
 * Bring's deprecated SOAP booking service ({@code booking-v1.wsdl}) as the ports it carries:
 * Booking and Pickups, over one endpoint. The generated wire types stay inside this package.
 */
public final class BookingService {

    private final SoapEndpoint<BookingPort> endpoint;
    private final Clock clock;
    private final ClientRules clientRules;
    private final SoapBooking booking;
    private final SoapPickups pickups;

    /**
     * The service at the settings' booking endpoint; Metro's objects are created on first use.
     *
     * @param settings the adapter's settings
     */
    public BookingService(SoapSettings settings) {
        this(SoapEndpoint.of(settings.bookingEndpoint(), settings, BookingPortService::new,
                BookingPortService::getBookingPortSoap11), settings.clock(), settings.transport().clientRules());
    }

    private BookingService(SoapEndpoint<BookingPort> endpoint, Clock clock, ClientRules clientRules) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.clientRules = clientRules;
        this.booking = new SoapBooking(endpoint, clock, clientRules);
        this.pickups = new SoapPickups(endpoint, clock, clientRules);
    }

    /**
     * The same service, the same calls, with Bring's rules checked before sending or not.
     *
     * @param clientRules on or off
     * @return a service sharing this one's endpoint
     */
    public BookingService withClientRules(ClientRules clientRules) {
        return new BookingService(endpoint, clock, clientRules);
    }

    /**
     * The same service, the same Metro ports, telling another listener too of every attempt.
     *
     * @param more told after the adapter's own listener
     * @return a service sharing this one's Metro ports
     */
    public BookingService alsoTelling(CallListener more) {
        return new BookingService(endpoint.alsoTelling(more), clock, clientRules);
    }

    /**
     * Booking over SOAP.
     *
     * @return the port
     */
    public Booking booking() {
        return booking;
    }

    /**
     * Pickups over SOAP.
     *
     * @return the port
     */
    public Pickups pickups() {
        return pickups;
    }

    /**
     * The calls to the service, which both ports share.
     *
     * @return the endpoint
     */
    public SoapEndpoint<?> endpoint() {
        return endpoint;
    }
}
