package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.fuzzing.ReliabilityTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.AnswerReader;
import dev.bringport.domain.fuzzing.Fuzz;
import dev.bringport.domain.fuzzing.Mutations;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.contract.ContractExamples;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Booking's and Pickups' answer readers and the booking and pickup documents on damaged input:
 * Bring's documented bodies mutated, and arbitrary bytes. A reader answers a value or fails as
 * documented ({@link IOException}, {@link BringException}, {@link IllegalArgumentException}); a
 * document reader refuses with {@link IllegalArgumentException}. Nothing else, nothing that hangs.
 * A few bookings also go end to end through a local server.
 */
class AnswerReadersFuzzTest {

    /** Tries per reader in the default build. */
    static final int TRIES = 100;
    /** Tries per document reader in the default build. */
    static final int DOCUMENT_TRIES = 60;
    /** Tries of the end-to-end property in the default build. */
    static final int END_TO_END_TRIES = 15;

    /** The package's readers, as the ports use them. */
    enum Reader {
        BOOKING_CONFIRMATION(answer -> BookingAnswers.confirmation(Operation.BOOK, answer, Optional.of("sent"))),
        CUSTOMERS(BookingAnswers::customers),
        ERROR_TYPES(BookingAnswers::errorTypes),
        PICKUP_CONFIRMATION(answer -> PickupAnswers.confirmation(Operation.ORDER_PICKUP, answer));

        private final AnswerReader<?> reader;

        Reader(AnswerReader<?> reader) {
            this.reader = reader;
        }
    }

    private static final List<byte[]> EXAMPLES = BringExamples.all().stream().map(BringExamples::bytes).toList();

    private static byte[] damaged(Random random) {
        return random.nextInt(5) == 0 ? Mutations.arbitrary(random) : Mutations.mutant(random, EXAMPLES);
    }

    private static Answer answer(byte[] body) {
        String type = body.length % 4 == 0 ? null : WireFormat.of(null, body).mediaType();
        return new Answer(200, HttpHeaders.of(type == null ? Map.of() : Map.of("Content-Type", List.of(type)),
                (name, value) -> true), body);
    }

    @Test
    void theExamplesAreThere() {
        assertThat(EXAMPLES).hasSizeGreaterThan(60);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aReaderAnswersAValueOrADocumentedFailure(Reader reader) {
        Fuzz.forAllBytes(reader + " reader", TRIES, AnswerReadersFuzzTest::damaged, body -> Fuzz.onlyThrows(
                () -> reader.reader.read(answer(body)), IOException.class, BringException.class,
                IllegalArgumentException.class));
    }

    @Test
    void bookingDocumentsAreReadOrRefusedWithIllegalArgumentException() {
        Fuzz.forAllBytes("BookingDocuments.bookingRequest", DOCUMENT_TRIES, AnswerReadersFuzzTest::damaged,
                body -> Fuzz.onlyThrows(() -> BookingDocuments.bookingRequest(body), IllegalArgumentException.class));
        Fuzz.forAllBytes("BookingDocuments.pickupOrder", DOCUMENT_TRIES, AnswerReadersFuzzTest::damaged,
                body -> Fuzz.onlyThrows(() -> BookingDocuments.pickupOrder(body), IllegalArgumentException.class));
    }

    @Test
    void endToEndADamagedBookingAnswerIsAConfirmationOrATypedFailure() {
        try (LocalBring bring = new LocalBring()) {
            Fuzz.forAllBytes("booking end to end", END_TO_END_TRIES, AnswerReadersFuzzTest::damaged, body -> {
                bring.serving("POST", "/booking", WireFormat.of(null, body), body);
                Fuzz.onlyThrows(() -> bring.booking(WireFormat.JSON, LocalBring.NOW)
                        .book(ContractExamples.booking(LocalBring.NOW)), BringException.class);
            });
        }
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        ReliabilityTable.assertProperties("booking-readers", Reader.values().length, TRIES);
        ReliabilityTable.assertProperties("booking-documents", 2, DOCUMENT_TRIES);
        ReliabilityTable.assertProperties("booking-end-to-end", 1, END_TO_END_TRIES);
    }
}
