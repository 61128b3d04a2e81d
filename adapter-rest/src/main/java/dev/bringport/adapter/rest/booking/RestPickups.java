package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.Call;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.pickup.Pickups;
import java.net.URI;
import java.util.Objects;

/**
 * Pickups over REST (POST {@code /pickupOrder} under the Booking base URL), in JSON or XML. An
 * order is checked against {@link PickupRules} before it is sent (unless the client rules are
 * {@linkplain ClientRules#OFF off}) and written the current way
 * ({@code service}, {@code pickupDetails.packages/pallets/postContainers}); Bring's errors, in 200
 * and 400 answers alike, become failures typed by their codes. Thread-safe.
 */
public final class RestPickups implements Pickups {

    private final BringHttp http;
    private final URI baseUrl;
    private final WireFormat format;
    private final ClientRules clientRules;

    /**
     * Pickups over a transport.
     *
     * @param http        the transport
     * @param baseUrl     the Booking API's base URL, e.g. {@code https://api.bring.com/booking-api/api}
     * @param format      the wire format where Bring offers both
     * @param clientRules whether Bring's rules are checked before sending
     */
    public RestPickups(BringHttp http, URI baseUrl, WireFormat format, ClientRules clientRules) {
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
    public PickupConfirmation orderPickup(PickupOrder order) {
        Operation op = Operation.ORDER_PICKUP;
        clientRules.check(op, () -> PickupRules.violations(order, http.settings().clock().instant()));
        Call call = Call.post(op, RestBooking.endpoint(baseUrl, "pickupOrder"),
                RestBooking.body(op, PickupOrderMapper.toDocument(order), format), format, null);
        return http.exchange(call, answer -> PickupAnswers.confirmation(op, answer));
    }
}
