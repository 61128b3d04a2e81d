package dev.bringport.adapter.soap.booking;

import dev.bringport.adapter.soap.booking.generated.BookingPort;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapTransport;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupRules;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.pickup.Pickups;
import java.time.Clock;
import java.util.Optional;

/** Pickups over Bring's deprecated SOAP booking service (booking-v1.wsdl, operation pickupOrder). */
final class SoapPickups implements Pickups {

    private final SoapEndpoint<BookingPort> endpoint;
    private final Clock clock;
    private final ClientRules clientRules;

    SoapPickups(SoapEndpoint<BookingPort> endpoint, Clock clock, ClientRules clientRules) {
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
    public PickupConfirmation orderPickup(PickupOrder order) {
        Operation op = Operation.ORDER_PICKUP;
        SoapTransport.checkBeforeSending(op, clientRules.violations(() -> PickupRules.violations(order, clock.instant())),
                PickupMapper.notCarried(order));
        return endpoint.call(op, "pickupOrder", Optional.empty(), port ->
                PickupMapper.confirmation(port.pickupOrder(PickupMapper.pickupOrder(order)), SoapEndpoint.httpStatus(port)));
    }
}
