package dev.bringport.adapter.soap;

import dev.bringport.domain.fuzzing.ReliabilityTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.domain.fuzzing.Fuzz;
import dev.bringport.domain.fuzzing.Mutations;
import dev.bringport.ports.BringException;
import dev.bringport.ports.contract.ContractExamples;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bring's documented SOAP answers, mutated (bytes flipped, inserted, cut; elements dropped;
 * values of the wrong type), served by a local server to the SOAP adapter: Metro and the
 * adapter's mappers end in a value or one of the ports' typed failures, as an answer or as a
 * fault, never anything else and never a hang. Fewer tries than the REST readers: each goes
 * through Metro and HTTP.
 */
@SuppressWarnings("deprecation")
class MutatedEnvelopesFuzzTest {

    /** Tries per property in the default build. */
    static final int TRIES = 12;

    private static final List<byte[]> ORDER_ANSWERS = Stream.of("get_purchase_order_response.xml",
            "get_purchase_order_not_found_response.xml", "get_purchase_order_access_denied_response.xml",
            "get_purchase_order_invalid_customer_number_response.xml").map(TestSoap::orderExample).toList();
    private static final List<byte[]> BOOKING_ANSWERS = Stream.of("successfulResponse.xml")
            .map(name -> TestSoap.bookingAnswer(name).getBytes(StandardCharsets.UTF_8)).toList();

    private final CannedSoapServer server = new CannedSoapServer();
    private final BringSoap soap = TestSoap.soap(server.host()).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Answer answer(byte[] envelope, Random random) {
        return new Answer(random.nextInt(4) == 0 ? 500 : 200, CannedSoapServer.SOAP_CONTENT_TYPE, Map.of(), envelope,
                CannedSoapServer.Delivery.WHOLE);
    }

    @Test
    void theDocumentedAnswersAreThere() {
        assertThat(ORDER_ANSWERS).hasSize(4).allSatisfy(a -> assertThat(a).isNotEmpty());
        assertThat(BOOKING_ANSWERS).hasSize(1);
    }

    @Test
    void aMutatedOrderAnswerIsAnOrderOrATypedFailure() {
        Fuzz.forAllBytes("SOAP order read", TRIES, random -> Mutations.mutant(random, ORDER_ANSWERS), envelope -> {
            server.answer(BringSoap.ORDER_MANAGEMENT_PATH, answer(envelope, new Random(envelope.length)));
            Fuzz.onlyThrows(() -> soap.orderManagement().order("10000000000", "4504104664"), BringException.class);
        });
    }

    @Test
    void aMutatedBookingAnswerIsAConfirmationOrATypedFailure() {
        Fuzz.forAllBytes("SOAP booking", TRIES, random -> Mutations.mutant(random, BOOKING_ANSWERS), envelope -> {
            server.answer(BringSoap.BOOKING_PATH, answer(envelope, new Random(envelope.length)));
            Fuzz.onlyThrows(() -> soap.booking().book(ContractExamples.booking(Instant.now())), BringException.class);
        });
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertProperties("soap-end-to-end", 2, TRIES);
    }
}
