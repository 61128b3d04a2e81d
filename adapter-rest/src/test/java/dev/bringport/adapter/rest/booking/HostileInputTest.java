package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.fuzzing.ReliabilityTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.contract.HostileXml;
import dev.bringport.ports.contract.HostileXml.Attack;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile XML and JSON where the Booking side of the REST adapter reads them: a booking answer
 * and the customers answer through the real adapter from a local server, and the booking and
 * pickup documents users hand in. Each attack is refused with the entry point's typed failure,
 * without reading the file, connecting anywhere, expanding anything or overflowing the stack.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private HostileXml hostile;
    private final LocalBring bring = new LocalBring();

    @BeforeEach
    void start() {
        hostile = new HostileXml(dir);
    }

    @AfterEach
    void stop() {
        bring.close();
        hostile.close();
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aBookingAnswerIsRefusedAndTheBookingsOutcomeIsUnknown(Attack attack) {
        bring.serving("POST", "/booking", WireFormat.XML, hostile.attack(attack, BringExamples.bytes("successfulResponse.xml")));

        OutcomeUnknownException e = hostile.assertRefused(OutcomeUnknownException.class,
                () -> bring.booking(WireFormat.XML, LocalBring.NOW).book(ContractExamples.booking(LocalBring.NOW)));

        assertThat(e.getCause()).isInstanceOf(UnexpectedResponseException.class);
        assertThat(bring.requests()).as("a booking whose answer cannot be read is not sent again").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aCustomersAnswerIsRefused(Attack attack) {
        bring.serving("GET", "/customers", WireFormat.XML, hostile.attack(attack, BringExamples.bytes("customers.xml")));

        hostile.assertRefused(UnexpectedResponseException.class, () -> bring.booking(WireFormat.XML, LocalBring.NOW).customers());
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aBookingRequestDocumentIsRefused(Attack attack) {
        IllegalArgumentException e = hostile.assertRefused(IllegalArgumentException.class,
                () -> BookingDocuments.bookingRequest(hostile.attack(attack, BringExamples.bytes("page-booking-request.xml"))));

        assertThat(e.getMessage()).contains("bookingRequest the library can read: ");
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aPickupOrderDocumentIsRefused(Attack attack) {
        IllegalArgumentException e = hostile.assertRefused(IllegalArgumentException.class,
                () -> BookingDocuments.pickupOrder(hostile.attack(attack, BringExamples.bytes("pickuporder_NO.xml"))));

        assertThat(e.getMessage()).contains("pickupOrderRequest the library can read: ");
    }

    @Test
    void deeplyNestedJsonIsRefusedInAnswersAndDocuments() {
        byte[] deep = HostileXml.deeplyNestedJson(HostileXml.DEEP);
        bring.serving("GET", "/customers", WireFormat.JSON, deep);

        hostile.assertRefused(UnexpectedResponseException.class, () -> bring.booking(WireFormat.JSON, LocalBring.NOW).customers());
        hostile.assertRefused(IllegalArgumentException.class, () -> BookingDocuments.bookingRequest(deep));
        hostile.assertRefused(IllegalArgumentException.class, () -> BookingDocuments.pickupOrder(deep));
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertCount("rest-booking-xml-entry-points",
                HostileXml.entryPointsAttackedBy(HostileInputTest.class));
    }
}
