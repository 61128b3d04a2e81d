package dev.bringport.adapter.soap.transport;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one {@link dev.bringport.adapter.soap.BringSoap} is configured with.
 *
 * @param credentials             the Mybring user, API key and client URL
 * @param orderManagementEndpoint the address of Order Management's SOAP service
 * @param bookingEndpoint         the address of the deprecated SOAP booking service
 * @param connectTimeout          how long to wait for a connection
 * @param requestTimeout          how long to wait for an answer once the request is sent
 * @param retryPolicy             when a failed call is sent again
 * @param rateLimit               the requests per period of the credentials' user
 * @param maxAnswerBytes          the largest answer read; larger ones fail
 * @param clock                   what "now" is for Bring's rules and the request dates
 * @param locale                  the {@code RequestProperties/Locale} of Order Management requests
 */
public record SoapSettings(BringCredentials credentials, URI orderManagementEndpoint, URI bookingEndpoint,
                    Duration connectTimeout, Duration requestTimeout, RetryPolicy retryPolicy, RateLimit rateLimit,
                    long maxAnswerBytes, Clock clock, String locale) {

    public SoapSettings {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(orderManagementEndpoint, "orderManagementEndpoint");
        Objects.requireNonNull(bookingEndpoint, "bookingEndpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (maxAnswerBytes < 1) {
            throw new IllegalArgumentException("maxAnswerBytes must be positive, was " + maxAnswerBytes);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String toString() {
        // the credentials' own toString() masks the API key
        return "SoapSettings[credentials=" + credentials + ", orderManagementEndpoint=" + orderManagementEndpoint
                + ", bookingEndpoint=" + bookingEndpoint + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", retryPolicy=" + retryPolicy + ", rateLimit=" + rateLimit + ", maxAnswerBytes="
                + maxAnswerBytes + ", locale=" + locale + "]";
    }
}
