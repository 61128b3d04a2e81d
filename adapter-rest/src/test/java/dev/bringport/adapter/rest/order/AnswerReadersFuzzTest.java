package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.domain.fuzzing.ReliabilityTable;
import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.AnswerReader;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.domain.fuzzing.Fuzz;
import dev.bringport.domain.fuzzing.Mutations;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Order Management's and Warehousing's answer readers and request documents on damaged input:
 * Bring's documented bodies mutated (bytes flipped, inserted, cut; elements dropped; values of
 * the wrong type), and arbitrary bytes. A reader answers a value or fails as documented (an
 * {@link IOException} the transport reports as an unexpected answer, a {@link BringException}
 * for errors Bring reports, an {@link IllegalArgumentException} for what the domain refuses); a
 * document reader refuses with {@link IllegalArgumentException}; the error reader never throws.
 * Nothing else, nothing that hangs. A few tries also go end to end through a local server.
 */
class AnswerReadersFuzzTest {

    /** Tries per reader in the default build. */
    static final int TRIES = 100;
    /** Tries of the end-to-end property in the default build. */
    static final int END_TO_END_TRIES = 15;

    private static final List<byte[]> EXAMPLES = examples();

    /** The package's readers, as the ports use them. */
    enum Reader {
        ORDER(PoAnswers.reading(Operation.GET_ORDER, GetOrderResponse.class, a -> OrderResponseMapper.order(a, ORDER_ID))),
        ORDER_LINES(PoAnswers.reading(Operation.GET_ORDER_LINES, GetPurchaseOrderItemResponse.class, OrderResponseMapper::lines)),
        PACKING_LISTS(PoAnswers.reading(Operation.GET_PACKING_LISTS, GetPackagingListResponse.class,
                PackingListMapper::packingLists)),
        ARTICLE_BALANCES(PoAnswers.reading(Operation.GET_ARTICLE_BALANCES, GetArticleBalanceResponse.class,
                ArticleBalanceMapper::balances)),
        ARTICLE_BALANCE(PoAnswers.reading(Operation.GET_ARTICLE_BALANCE, GetArticleBalanceResponse.class,
                a -> ArticleBalanceMapper.balance(a, "5300311"))),
        ERROR_CODES(PoAnswers.reading(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES, ErrorList.class,
                ErrorListMapper::definitions)),
        ACKNOWLEDGEMENT(PoAnswers.acknowledgement(Operation.ADD_PACKING_LIST));

        private final AnswerReader<?> reader;

        Reader(AnswerReader<?> reader) {
            this.reader = reader;
        }
    }

    private static List<byte[]> examples() {
        try (Stream<Path> files = Files.walk(Path.of(ExampleBring.class.getResource("bring-examples").toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted()
                    .map(p -> {
                        try {
                            return Files.readAllBytes(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mostly a documented body mutated, sometimes arbitrary bytes. */
    static byte[] damaged(Random random) {
        return random.nextInt(5) == 0 ? Mutations.arbitrary(random) : Mutations.mutant(random, EXAMPLES);
    }

    /** An answer with the body, its content type told by its look, sometimes none. */
    static Answer answer(int status, byte[] body, Random random) {
        String type = random.nextInt(4) == 0 ? null : WireFormat.of(null, body).mediaType();
        return new Answer(status, HttpHeaders.of(type == null ? Map.of() : Map.of("Content-Type", List.of(type)),
                (name, value) -> true), body);
    }

    @Test
    void theExamplesAreThere() {
        assertThat(EXAMPLES).hasSizeGreaterThan(30);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aReaderAnswersAValueOrADocumentedFailure(Reader reader) {
        Fuzz.forAllBytes(reader + " reader", TRIES, AnswerReadersFuzzTest::damaged, body -> Fuzz.onlyThrows(
                () -> reader.reader.read(answer(200, body, new Random(body.length))),
                IOException.class, BringException.class, IllegalArgumentException.class));
    }

    @Test
    void theErrorReaderNeverThrows() {
        Fuzz.forAllBytes("error reader", TRIES, AnswerReadersFuzzTest::damaged, body -> {
            Failure failure = ErrorAnswers.failure(Operation.GET_ORDER, answer(400, body, new Random(body.length)));
            assertThat(failure.summary()).isNotNull();
        });
    }

    @Test
    void orderDocumentsAreReadOrRefusedWithIllegalArgumentException() {
        Fuzz.forAllBytes("OrderDocuments.orderMessage", TRIES, AnswerReadersFuzzTest::damaged,
                body -> Fuzz.onlyThrows(() -> OrderDocuments.orderMessage(body), IllegalArgumentException.class));
        Fuzz.forAllBytes("OrderDocuments.packagingList", TRIES, AnswerReadersFuzzTest::damaged,
                body -> Fuzz.onlyThrows(() -> OrderDocuments.packagingList(body), IllegalArgumentException.class));
        Fuzz.forAllBytes("OrderDocuments.events", TRIES, AnswerReadersFuzzTest::damaged,
                body -> Fuzz.onlyThrows(() -> OrderDocuments.events(body), IllegalArgumentException.class));
    }

    @Test
    void endToEndADamagedAnswerIsAValueOrATypedFailure() {
        try (ExampleBring bring = new ExampleBring(WireFormat.JSON)) {
            Fuzz.forAllBytes("order read end to end", END_TO_END_TRIES, AnswerReadersFuzzTest::damaged, body -> {
                int status = body.length % 7 == 0 ? 404 : 200;
                bring.answer("GET", BASE + "/omorder/" + CUSTOMER + "/" + ORDER_ID, status, body, WireFormat.of(null, body));
                Fuzz.onlyThrows(() -> bring.orderManagement().order(CUSTOMER, ORDER_ID), BringException.class);
            });
        }
    }

    @Test
    void docsReliabilityStatesWhatThisTestDoes() {
        int errorReader = 1;
        int documentReaders = 3;
        ReliabilityTable.assertProperties("rest-readers", Reader.values().length + errorReader + documentReaders, TRIES);
        ReliabilityTable.assertProperties("rest-order-end-to-end", 1, END_TO_END_TRIES);
    }
}
