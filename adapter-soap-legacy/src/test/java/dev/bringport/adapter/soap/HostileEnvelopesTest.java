package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.domain.fuzzing.ReliabilityTable;
import dev.bringport.ports.BringException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.contract.HostileXml;
import dev.bringport.ports.contract.HostileXml.Attack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile SOAP answers from a local server to the SOAP adapter (Metro parses them): a DTD,
 * external entities (file and network), parameter entities, entity expansion and deep nesting
 * in an answer or a fault end in the ports' typed failure, without reading the file, connecting
 * anywhere, expanding anything or overflowing the stack.
 */
@SuppressWarnings("deprecation")
class HostileEnvelopesTest {

    private static final String ORDERS = BringSoap.ORDER_MANAGEMENT_PATH;

    @TempDir
    Path dir;

    private HostileXml hostile;
    private final CannedSoapServer server = new CannedSoapServer();

    @BeforeEach
    void start() {
        hostile = new HostileXml(dir);
    }

    @AfterEach
    void stop() {
        server.close();
        hostile.close();
    }

    private Answer hostileAnswer(int status, Attack attack, byte[] envelope) {
        return new Answer(status, "text/xml;charset=" + attack.charset().name(), Map.of(), hostile.attack(attack, envelope),
                CannedSoapServer.Delivery.WHOLE);
    }

    private BringSoap soap() {
        return TestSoap.soap(server.host()).build();
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anOrderAnswerIsRefused(Attack attack) {
        server.answer(ORDERS, hostileAnswer(200, attack, TestSoap.orderExample("get_purchase_order_response.xml")));

        UnexpectedResponseException e = hostile.assertRefused(UnexpectedResponseException.class,
                () -> soap().orderManagement().order("10000000000", "4504104664"));

        assertThat(e.getMessage()).contains("answer could not be read");
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aBookingAnswerIsRefusedAndTheBookingsOutcomeIsUnknown(Attack attack) {
        server.answer(BringSoap.BOOKING_PATH, hostileAnswer(200, attack,
                TestSoap.bookingAnswer("successfulResponse.xml").getBytes(StandardCharsets.UTF_8)));

        OutcomeUnknownException e = hostile.assertRefused(OutcomeUnknownException.class,
                () -> soap().booking().book(ContractExamples.booking(Instant.now())));

        assertThat(e.getCause()).isInstanceOf(UnexpectedResponseException.class);
        assertThat(server.received(BringSoap.BOOKING_PATH)).as("not sent again").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aFaultIsRefused(Attack attack) {
        String fault = TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode>"
                + "<faultstring>Order not found</faultstring><detail><po:Error xmlns:po=\"http://api.bring.com/po\">"
                + "<po:Code>PO_STATE_001</po:Code><po:Description>Order not found</po:Description></po:Error></detail>"
                + "</SOAP-ENV:Fault>");
        server.answer(ORDERS, hostileAnswer(500, attack, fault.getBytes(StandardCharsets.UTF_8)));

        BringException e = hostile.assertRefused(BringException.class,
                () -> soap().orderManagement().order("10000000000", "4504104664"));

        assertThat(e.failure().errors()).as("Bring's errors read from a hostile fault").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertCount("soap-xml-entry-points",
                HostileXml.entryPointsAttackedBy(HostileEnvelopesTest.class));
    }
}
