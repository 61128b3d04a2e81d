package dev.bringport.adapter.inmemory;

import static dev.bringport.adapter.inmemory.ExampleOrders.NOW;
import static dev.bringport.adapter.inmemory.ExampleOrders.freshBring;
import static dev.bringport.ports.contract.ContractExamples.bookingCustomers;
import static dev.bringport.ports.contract.ContractExamples.consignment;
import static dev.bringport.ports.contract.ContractExamples.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.AttributeValue;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Product;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The in-memory Bring keeps what it was given: an additional service's attributes the library does
 * not type, and the request's client URL and explicit-services flag, show in what it received.
 */
class OtherAttributesReceivedTest {

    private final InMemoryBring bring = freshBring().givenBookingCustomers(bookingCustomers());

    @Test
    void whatItReceivedShowsEveryAttributeOfAService() {
        AdditionalService installation = AdditionalService.of("1380").withAttribute("code", AttributeValue.text("AABBCC"))
                .withAttribute("details", new AttributeValue.Group(Map.of("floor", AttributeValue.number("3"))));
        BookingRequest request = BookingRequest.test(consignment(NOW).addPackage(parcel())
                .product(Product.builder("5000", "5").additionalService(installation).build()).build());

        bring.booking().book(request);

        AdditionalService received = bring.received().bookings().get(0).request().consignment().product().orElseThrow()
                .additionalServices().get(0);
        assertThat(received.otherAttributes()).isEqualTo(installation.otherAttributes());
    }

    @Test
    void whatItReceivedShowsTheClientUrlAndTheExplicitServicesFlag() {
        BookingRequest request = new BookingRequest(true, consignment(NOW).addPackage(parcel())
                .product(Product.builder("5000", "5").explicitAdditionalServices(false).build()).build(),
                Optional.of("www.google.com"), Optional.empty());

        bring.booking().book(request);

        BookingRequest received = bring.received().bookings().get(0).request();
        assertThat(received.clientUrl()).contains("www.google.com");
        assertThat(received.consignment().product().orElseThrow().explicitAdditionalServices()).contains(false);
    }
}
