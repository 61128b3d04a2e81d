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

    /**
     * Requires every part.
     *
     * @param transport               the settings every transport shares
     * @param orderManagementEndpoint the address of Order Management's SOAP service
     * @param bookingEndpoint         the address of the deprecated SOAP booking service
     * @param locale                  the {@code RequestProperties/Locale} of Order Management requests
     */
    public SoapSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(orderManagementEndpoint, "orderManagementEndpoint");
        Objects.requireNonNull(bookingEndpoint, "bookingEndpoint");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * The credentials every call carries.
     *
     * @return the credentials of the transport settings
     */
    public BringCredentials credentials() {
        return transport.credentials();
    }

    /**
     * What "now" is for Bring's rules and the request dates.
     *
     * @return the clock of the transport settings
     */
    public Clock clock() {
        return transport.clock();
    }
}
