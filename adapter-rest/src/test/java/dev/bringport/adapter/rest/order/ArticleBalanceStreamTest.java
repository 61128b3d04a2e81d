package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.ExampleBring.BASE;
import static dev.bringport.adapter.rest.order.ExampleBring.CUSTOMER;
import static dev.bringport.adapter.rest.order.ExampleBring.extension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.TestHttp;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.UnexpectedResponseException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The streamed walk over every article balance ({@code eachArticleBalance}): Bring's documented
 * answer walked gives exactly what the whole list gives, in JSON and XML; an answer longer than
 * the bound for answers held whole is walked; a failure Bring reports inside the answer is typed;
 * a retry happens only before the answer arrives, so no balance is handed over twice.
 */
class ArticleBalanceStreamTest {

    private static final String STOCK = BASE + "/articlebalance/" + CUSTOMER;
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0,
            Duration.ofSeconds(1));

    private ExampleBring bring;

    @AfterEach
    void stop() {
        bring.close();
    }

    private static List<ArticleBalance> walk(RestWarehousing wh) {
        List<ArticleBalance> walked = new ArrayList<>();
        wh.eachArticleBalance(CUSTOMER, walked::add);
        return walked;
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theDocumentedStockWalkedIsTheDocumentedStockInBringsOrder(WireFormat format) {
        bring = new ExampleBring(format).answer("GET", STOCK, "retrieve_articlebalance_all" + extension(format));

        List<ArticleBalance> walked = walk(bring.warehousing());

        assertThat(walked).isEqualTo(DocumentedValues.allBalances(format)).isEqualTo(bring.warehousing().articleBalances(CUSTOMER));
        assertThat(bring.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.uri().getRawPath()).isEqualTo(STOCK);
            assertThat(r.header("Accept")).contains(format.mediaType());
        });
    }

    @Test
    void anAnswerLongerThanTheBoundForWholeAnswersIsWalkedWhileTheListFails() {
        bring = new ExampleBring(WireFormat.JSON);
        byte[] stock = documentedStockRepeated(20_000);
        assertThat(stock.length).isGreaterThan(4 * 1024 * 1024); // ExampleBring's bound
        bring.answer("GET", STOCK, 200, stock, WireFormat.JSON);

        List<ArticleBalance> walked = walk(bring.warehousing());

        assertThat(walked).hasSize(20_000 * DocumentedValues.allBalances(WireFormat.JSON).size());
        assertThat(walked.get(walked.size() - 1).articleNumber()).isEqualTo("19999-5300531");
        UnexpectedResponseException tooLong = catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.warehousing().articleBalances(CUSTOMER));
        assertThat(tooLong).hasMessageContaining("larger than");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aFailureBringReportsInsideASuccessfulAnswerIsThrownTypedAndNothingIsHandedOver(WireFormat format) {
        bring = new ExampleBring(format).answer("GET", STOCK,
                "errors/get_purchase_order_access_denied_response" + extension(format));
        List<ArticleBalance> walked = new ArrayList<>();

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> bring.warehousing().eachArticleBalance(CUSTOMER, walked::add));

        assertThat(e).isNotNull();
        assertThat(e.operation()).isEqualTo(Operation.STREAM_ARTICLE_BALANCES);
        assertThat(e.codes()).extracting(Object::toString).containsExactly("PO_STATE_004");
        assertThat(walked).isEmpty();
    }

    @Test
    void anAnswerCutPartWayEndsTheWalkWithAFailureAndIsNeverSentAgain() {
        bring = new ExampleBring(WireFormat.JSON);
        byte[] stock = documentedStockRepeated(100);
        bring.answer("GET", STOCK, 200, stock, WireFormat.JSON);
        bring.simulator().failNext(new SimulatedFault.Truncate(stock.length / 2));
        RestWarehousing wh = new RestWarehousing(retrying(bring.simulator()), bring.simulator().baseUri().resolve(BASE),
                WireFormat.JSON);
        List<ArticleBalance> walked = new ArrayList<>();

        BringException e = catchThrowableOfType(BringException.class, () -> wh.eachArticleBalance(CUSTOMER, walked::add));

        assertThat(e).isNotNull();
        assertThat(e.operation()).isEqualTo(Operation.STREAM_ARTICLE_BALANCES);
        assertThat(walked).isNotEmpty().hasSizeLessThan(100 * 7);
        assertThat(walked).extracting(ArticleBalance::articleNumber).doesNotHaveDuplicates();
        assertThat(bring.requests()).hasSize(1);
    }

    @Test
    void aFailureBeforeTheAnswerArrivesIsRetriedLikeAnyRead() {
        bring = new ExampleBring(WireFormat.JSON).answer("GET", STOCK, "retrieve_articlebalance_all.json");
        bring.simulator().failNext(new SimulatedFault.Answer(SimulatedAnswer.empty(503)));
        RestWarehousing wh = new RestWarehousing(retrying(bring.simulator()), bring.simulator().baseUri().resolve(BASE),
                WireFormat.JSON);

        assertThat(walk(wh)).isEqualTo(DocumentedValues.allBalances(WireFormat.JSON));
        assertThat(bring.requests()).hasSize(2);
    }

    @Test
    void anXmlAnswerDeclaringADtdIsRefusedBeforeItIsParsed() {
        bring = new ExampleBring(WireFormat.XML);
        String documented = new String(ExampleBring.example("retrieve_articlebalance_all.xml"), StandardCharsets.UTF_8);
        String withDtd = documented.replaceFirst("\\?>", "?><!DOCTYPE GetArticleBalanceResponse [<!ENTITY x \"boom\">]>");
        bring.answer("GET", STOCK, 200, withDtd.getBytes(StandardCharsets.UTF_8), WireFormat.XML);
        List<ArticleBalance> walked = new ArrayList<>();

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> bring.warehousing().eachArticleBalance(CUSTOMER, walked::add));

        assertThat(e).hasMessageContaining("DTD");
        assertThat(walked).isEmpty();
    }

    private static BringHttp retrying(BringSimulator simulator) {
        return TestHttp.http(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                URI.create("https://shop.example")), Duration.ofSeconds(5), QUICK_RETRIES, 1000,
                4L * 1024 * 1024, Clock.systemUTC());
    }

    /**
     * Bring's documented "all articles" answer with its balances repeated, each copy's article
     * numbers prefixed with the copy's number ({@code 0-5300363}...), so that every balance is
     * distinct.
     */
    private static byte[] documentedStockRepeated(int copies) {
        String documented = new String(ExampleBring.example("retrieve_articlebalance_all.json"), StandardCharsets.UTF_8);
        int open = documented.indexOf('[');
        int close = documented.lastIndexOf(']');
        String balances = documented.substring(open + 1, close).strip();
        StringBuilder out = new StringBuilder(documented.substring(0, open + 1));
        Matcher number = Pattern.compile("\"ArticleNumber\": \"(\\d+)\"").matcher(balances);
        for (int copy = 0; copy < copies; copy++) {
            out.append(copy == 0 ? "\n      " : ",\n      ")
                    .append(number.reset().replaceAll("\"ArticleNumber\": \"" + copy + "-$1\""));
        }
        return out.append('\n').append(documented.substring(close)).toString().getBytes(StandardCharsets.UTF_8);
    }
}
