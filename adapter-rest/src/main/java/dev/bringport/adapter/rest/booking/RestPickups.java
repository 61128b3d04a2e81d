package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;

/** SCAFFOLD: replaced by the booking capability's implementation. */
public final class RestPickups implements Pickups {

    /**
     * @param http    the transport
     * @param baseUrl the API's base URL
     * @param format  the wire format where Bring offers both
     */
    public RestPickups(BringHttp http, java.net.URI baseUrl, WireFormat format) {
    }

    @Override
    public String transport() {
        return "REST";
    }

    @Override
    public PickupConfirmation orderPickup(PickupOrder order) {
        throw new UnsupportedOperationException("scaffold");
    }
}
