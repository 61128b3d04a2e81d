package dev.bringport.adapter.soap.transport;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.transport.TransportSettings;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything one {@link dev.bringport.adapter.soap.BringSoap} is configured with: what every
 * transport is, and SOAP's own.
 *
 * @param transport               the settings every transport shares
 * @param orderManagementEndpoint the address of Order Management's SOAP service
 * @param bookingEndpoint         the address of the deprecated SOAP booking service
 * @param locale                  the {@code RequestProperties/Locale} of Order Management requests
 */
public record SoapSettings(TransportSettings transport, URI orderManagementEndpoint, URI bookingEndpoint, String locale) {

    /** Requires every part. */
    public SoapSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(orderManagementEndpoint, "orderManagementEndpoint");
        Objects.requireNonNull(bookingEndpoint, "bookingEndpoint");
        Objects.requireNonNull(locale, "locale");
    }

    /** @return the credentials every call carries */
    public BringCredentials credentials() {
        return transport.credentials();
    }

    /** @return what "now" is for Bring's rules and the request dates */
    public Clock clock() {
        return transport.clock();
    }
}
