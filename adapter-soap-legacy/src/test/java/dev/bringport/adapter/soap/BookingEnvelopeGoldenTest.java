package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.adapter.soap.transport.WireTime;
import dev.bringport.domain.booking.AdditionalService;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingContact;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.BookingPackage;
import dev.bringport.domain.booking.BookingParty;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.Consignment;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.domain.booking.Product;
import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DifferenceEvaluator;

/**
 * Booking and pickups against Bring's documented messages: the booking envelope the adapter sends
 * is Bring's SOAP example, every request is valid against booking-v1.xsd, and the Booking page's
 * documented answers (confirmation, customers, pickup confirmation) read into the expected values.
 */
@SuppressWarnings("deprecation")
class BookingEnvelopeGoldenTest {

    private static final String PATH = BringSoap.BOOKING_PATH;

    private final CannedSoapServer server = new CannedSoapServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private BringSoap soap(Instant now) {
        return TestSoap.soap(server.host()).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private byte[] sent() {
        assertThat(server.received(PATH)).hasSize(1);
        return server.received(PATH).get(0).body();
    }

    /** The booking of Bring's SOAP example booking_soap_request.xml, value for value. */
    private static BookingRequest documentedBooking() {
        return BookingRequest.test(Consignment.builder()
                .correlationId("INTERNAL-123456")
                .shippingDateTime(OffsetDateTime.parse("2020-05-05T21:31:33.007+02:00").toInstant())
                .customerSpecifiedDeliveryDateTime(LocalDateTime.parse("2020-05-11T00:00:00")
                        .atZone(ZoneId.of("Europe/Oslo")).toInstant())
                .sender(BookingParty.builder().name("Ola Nordmann").addressLine("Testsvingen 12").postalCode("0263")
                        .city("OSLO").countryCode("no").reference("1234")
                        .additionalAddressInfo("Hentes på baksiden etter klokken to")
                        .contact(BookingContact.of("Trond Nordmann", "trond@nordmanntest.no", "99999999")).build())
                .recipient(BookingParty.builder().name("Tore Mottaker").addressLine("Mottakerveien 14")
                        .addressLine2("c/o Tina Mottaker").postalCode("0659").city("OSLO").countryCode("no")
                        .reference("43242").additionalAddressInfo("Bruk ringeklokken")
                        .contact(BookingContact.of("Tore mottaker", "tore@mottakertest.no", "88888888")).build())
                .product(Product.builder("PA_DOREN", "*************")
                        .additionalService(AdditionalService.eVarsling("sender@sender.com", "12345")).build())
                .addPackage(BookingPackage.builder().correlationId("PACKAGE-123").weightInKg("1.1")
                        .goodsDescription("Testing equipment").dimensions(13, 23, 10).build())
                .build());
    }

    /** The same moment written with and without offset: Bring's example gives a local time in Norway. */
    private static final DifferenceEvaluator SAME_MOMENT = (comparison, outcome) -> {
        if (outcome == ComparisonResult.EQUAL || comparison.getType() != ComparisonType.TEXT_VALUE) {
            return outcome;
        }
        try {
            Instant documented = WireTime.instant(String.valueOf(comparison.getControlDetails().getValue()));
            Instant sent = WireTime.instant(String.valueOf(comparison.getTestDetails().getValue()));
            return documented.equals(sent) ? ComparisonResult.EQUAL : outcome;
        } catch (DateTimeParseException notADate) {
            return outcome;
        }
    };

    @Test
    void aBookingSendsTheDocumentedEnvelopeAndReadsTheDocumentedConfirmation() {
        server.answer(PATH, Answer.soap(TestSoap.bookingAnswer("successfulResponse.xml")));

        BookingConfirmation confirmation = soap(Instant.parse("2020-05-05T10:00:00Z")).booking().book(documentedBooking());

        Envelopes.assertEquivalent(TestSoap.example("booking/soap-examples/booking_soap_request.xml"), sent(), SAME_MOMENT);
        Envelopes.assertValid(Envelopes.bookingSchema(), sent());
        assertThat(confirmation).isEqualTo(new BookingConfirmation(Optional.of("INTERNAL-123456"), "70438101268018539",
                new ConsignmentLinks(Optional.of(URI.create("https://api.bring.com/labels/id/6d8c4323-87cd-47e8-aa0d-75f8f0b5b4cb.pdf")),
                        Optional.empty(), Optional.empty(),
                        URI.create("https://sporing.bring.no/sporing.html?q=70438101268018539")),
                Optional.empty(), Optional.of(OffsetDateTime.parse("2020-05-13T21:33:10.900+02:00").toInstant()),
                List.of(new BookedPackage("370438101268058536", Optional.of("PACKAGE-123"), Optional.empty(), Optional.empty())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void theDocumentedCustomersAreRead() {
        server.answer(PATH, Answer.soap(TestSoap.bookingAnswer("customers.xml")));

        List<BookingCustomer> customers = soap(Instant.now()).booking().customers();

        assertThat(customers).extracting(BookingCustomer::countryCode).containsExactly("DK", "FI", "NO", "SE");
        assertThat(customers.get(0)).isEqualTo(new BookingCustomer("6", "Demo Parcel Nordic Converted Customer (6)", "DK",
                List.of("0345", "BUSINESS_HALFPALLET", "BUSINESS_PALLET", "BUSINESS_PARCEL", "BUSINESS_PARCEL_BULK",
                        "BUSINESS_QUARTERPALLET", "EXPRESS_NORDIC_0900", "EXPRESS_NORDIC_0900_BULK",
                        "HOME_DELIVERY_PARCEL", "PICKUP_PARCEL", "PICKUP_PARCEL_BULK")));
        assertThat(customers.get(2).products()).hasSize(24).contains("5000", "9650");
        Element request = Envelopes.bodyElement(sent());
        assertThat(request.getLocalName()).isEqualTo("customersRequest");
        Envelopes.assertValid(Envelopes.bookingSchema(), sent());
    }

    @Test
    void aPickupSendsAValidPickupOrderAndReadsTheDocumentedConfirmation() {
        server.answer(PATH, Answer.soap(TestSoap.bookingAnswer("pickuporder_response.xml")));
        PickupOrder order = PickupOrder.builder(PickupService.PARCEL).countryCode("NO")
                .customer("*************", "Norsk Bedrift AS")
                .address(PickupAddress.of("Testsvingen 12", "0263", "OSLO", "norsk.bedrift@example.com", "99999999")
                        .withMessageToDriver("Hentes på baksiden"))
                .pickupDate(LocalDate.parse("2015-12-04"))
                .timeZone(ZoneId.of("Europe/Oslo"))
                .details(new PickupDetails(Optional.of(PickupItems.of(2, 1000)), Optional.of(PickupItems.of(1, 500)),
                        Optional.empty()))
                .build();

        PickupConfirmation confirmation = soap(Instant.parse("2015-12-03T08:00:00Z")).pickups().orderPickup(order);

        assertThat(confirmation).isEqualTo(new PickupConfirmation("OK",
                OffsetDateTime.parse("2015-12-04T00:00:00+01:00").toInstant(),
                Optional.of(OffsetDateTime.parse("2015-12-05T00:00:00+01:00").toInstant()),
                Optional.of(URI.create("http://www.mybring.com/order/pickup/receipt/xxxx")),
                Optional.of("370438101662588325")));
        Envelopes.assertValid(Envelopes.bookingSchema(), sent());
        String body = new String(sent(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("testIndicator=\"true\"").contains(">PARCEL</").contains(">2015-12-04</")
                .contains("numberOfPackages>2<").contains("numberOfPallets>1<").contains("weightInGrams>1500<")
                .contains("pickupTimeZone>Europe/Oslo<").contains("messageToDriver>Hentes på baksiden<");
    }

    @Test
    void bringsDocumentedBodiesAreValidAgainstItsSchema() {
        for (String answer : List.of("successfulResponse.xml", "customers.xml", "pickuporder_response.xml")) {
            Envelopes.assertValid(Envelopes.bookingSchema(),
                    TestSoap.bookingAnswer(answer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Envelopes.assertValid(Envelopes.bookingSchema(), TestSoap.example("booking/soap-examples/booking_soap_request.xml"));
    }
}
