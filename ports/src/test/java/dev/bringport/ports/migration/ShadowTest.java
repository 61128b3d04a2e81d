package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bringport.domain.Money;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.Failure;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.warehouse.Warehousing;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads go to the primary and the candidate; the caller gets the primary's answer, differences
 * are reported field by field, and the candidate can neither slow nor break the caller.
 */
class ShadowTest {

    private static final Duration BOUND = Duration.ofMillis(300);
    private final LinkedBlockingQueue<ShadowReport> reports = new LinkedBlockingQueue<>();
    private final Shadow shadow = new Shadow(reports::add, BOUND, 2, 4);

    @AfterEach
    void stop() {
        shadow.close();
    }

    private ShadowReport nextReport() throws InterruptedException {
        ShadowReport report = reports.poll(5, TimeUnit.SECONDS);
        assertThat(report).as("a shadow report").isNotNull();
        return report;
    }

    private static Order withPriceOfLine2(String price) {
        Order order = ContractExamples.order(ContractExamples.ORDER_ID);
        OrderLine line2 = order.lines().get(1);
        return order.withLines(List.of(order.lines().get(0), new OrderLine(line2.orderLineId(), line2.articleLineId(),
                line2.articleIds(), line2.articleName(), line2.description(), line2.quantity(), line2.remainingQuantity(),
                java.util.Optional.of(Money.of(new BigDecimal(price), "NOK")), line2.dates()), order.lines().get(2)));
    }

    @Test
    void theCallerGetsThePrimarysAnswerAndADifferentCandidateAnswerIsReportedByField() throws Exception {
        Order soapAnswer = withPriceOfLine2("42.00");
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP").answers(Operation.GET_ORDER, soapAnswer);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST")
                .answers(Operation.GET_ORDER, withPriceOfLine2("24"));

        Order answer = shadow.of(OrderManagement.class, soap.port(), rest.port()).order("10000000000", "o");

        assertThat(answer).isSameAs(soapAnswer);
        ShadowReport report = nextReport();
        assertThat(report.outcome()).isEqualTo(ShadowReport.Outcome.COMPARED);
        assertThat(report.differences()).containsExactly(new Difference("lines[1].unitPrice.amount", "42", "24"));
        assertThat(report.primary()).isEqualTo("SOAP");
        assertThat(report.candidate()).isEqualTo("REST");
    }

    @Test
    void equalAnswersAgreeEvenWhenDecimalsAreWrittenDifferently() throws Exception {
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.GET_ORDER, withPriceOfLine2("42.00"));
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST")
                .answers(Operation.GET_ORDER, withPriceOfLine2("42"));

        shadow.of(OrderManagement.class, soap.port(), rest.port()).order("10000000000", "o");

        assertThat(nextReport().agrees()).isTrue();
    }

    @Test
    void thePrimarysFailureReachesTheCallerAndTheCandidatesAnswerIsComparedWithIt() throws Exception {
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP").fails(Operation.GET_ORDER,
                () -> new NotFoundException(Failure.of(Operation.GET_ORDER, "no order")));
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST")
                .answers(Operation.GET_ORDER, withPriceOfLine2("42"));

        assertThatThrownBy(() -> shadow.of(OrderManagement.class, soap.port(), rest.port()).order("1", "o"))
                .isInstanceOf(NotFoundException.class);
        assertThat(nextReport().differences()).singleElement()
                .satisfies(d -> assertThat(d.primary()).startsWith("NotFoundException"));
    }

    @Test
    void aFailingCandidateNeverBreaksTheCaller() throws Exception {
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST").fails(Operation.GET_SENDER_STATUS,
                () -> new IllegalStateException("a bug in the candidate"));

        assertThat(shadow.of(OrderManagement.class, soap.port(), rest.port()).senderStatus("1", "o")).isEqualTo(SenderStatus.OPEN);
        assertThat(nextReport().differences()).singleElement()
                .satisfies(d -> assertThat(d.candidate()).contains("a bug in the candidate"));
    }

    @Test
    void aSlowCandidateNeverSlowsTheCallerAndIsGivenUpAfterTheBound() throws Exception {
        CountDownLatch callerReturned = new CountDownLatch(1);
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.GET_SENDER_STATUS, SenderStatus.LOCKED);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST").answers(Operation.GET_SENDER_STATUS,
                () -> {
                    try {
                        callerReturned.await();          // blocks until the caller has its answer
                        Thread.sleep(BOUND.toMillis() * 3);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return SenderStatus.LOCKED;
                });
        OrderManagement shadowed = shadow.of(OrderManagement.class, soap.port(), rest.port());

        // If the caller waited for the candidate, it would wait for itself: the call could never return.
        SenderStatus status = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> shadowed.senderStatus("1", "o"));
        callerReturned.countDown();

        assertThat(status).isEqualTo(SenderStatus.LOCKED);
        assertThat(nextReport().outcome()).isEqualTo(ShadowReport.Outcome.TIMED_OUT);
    }

    @Test
    void drainWaitsForTheComparisonsUnderWayAndSaysWhetherTheyAllEnded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST").answers(Operation.GET_SENDER_STATUS,
                () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return SenderStatus.LOCKED;
                });
        OrderManagement shadowed = shadow.of(OrderManagement.class, soap.port(), rest.port());
        assertThat(shadow.drain(Duration.ZERO)).as("nothing under way").isTrue();

        shadowed.senderStatus("1", "o");

        assertThat(shadow.drain(Duration.ofMillis(50))).as("the candidate is still answering").isFalse();
        assertThat(reports).isEmpty();
        release.countDown();
        assertThat(shadow.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(reports).singleElement().satisfies(report -> assertThat(report.agrees()).isFalse());
    }

    @Test
    void knownDifferencesOfAReadCanBeLeftOutOfItsReports() {
        List<ShadowReport> told = new java.util.ArrayList<>();
        ShadowListener listener = ((ShadowListener) told::add).ignoring(Operation.GET_ORDER, java.util.Set.of("senderStatus"));
        Difference known = new Difference("senderStatus", "OPEN", "(absent)");
        Difference price = new Difference("lines[1].unitPrice.amount", "42", "24");

        listener.onReport(new ShadowReport(Operation.GET_ORDER, "SOAP", "REST", ShadowReport.Outcome.COMPARED,
                List.of(known)));
        listener.onReport(new ShadowReport(Operation.GET_ORDER, "SOAP", "REST", ShadowReport.Outcome.COMPARED,
                List.of(known, price)));
        listener.onReport(new ShadowReport(Operation.GET_SENDER_STATUS, "SOAP", "REST", ShadowReport.Outcome.COMPARED,
                List.of(known)));

        assertThat(told).extracting(ShadowReport::differences)
                .containsExactly(List.of(), List.of(price), List.of(known));
        assertThat(told.get(0).agrees()).isTrue();
    }

    @Test
    void writesGoToThePrimaryOnly() {
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.ADD_PACKING_LIST, (Object) null);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST")
                .answers(Operation.ADD_PACKING_LIST, (Object) null);

        shadow.of(OrderManagement.class, soap.port(), rest.port()).addPackingList("1", "o", null);

        assertThat(rest.calls()).isEmpty();
        assertThat(reports).isEmpty();
    }

    @Test
    void whenTooManyCandidateCallsWaitTheRestAreSkippedAndReported() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ScriptedPort<OrderManagement> soap = new ScriptedPort<>(OrderManagement.class, "SOAP")
                .answers(Operation.GET_SENDER_STATUS, SenderStatus.OPEN);
        ScriptedPort<OrderManagement> rest = new ScriptedPort<>(OrderManagement.class, "REST").answers(Operation.GET_SENDER_STATUS,
                () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return SenderStatus.OPEN;
                });
        OrderManagement shadowed = shadow.of(OrderManagement.class, soap.port(), rest.port());

        for (int i = 0; i < 2 + 4 + 3; i++) {      // 2 threads busy, 4 waiting, 3 more
            shadowed.senderStatus("1", "o");
        }

        List<ShadowReport> skipped = List.of(nextReport(), nextReport(), nextReport());
        assertThat(skipped).extracting(ShadowReport::outcome).containsOnly(ShadowReport.Outcome.SKIPPED);
        release.countDown();
    }

    @Test
    void aReadThatHandsItsAnswerToAnActionGoesToThePrimaryOnlySoNothingIsHandedOverTwice() throws Exception {
        List<ArticleBalance> stock = ContractExamples.articleBalances();
        ScriptedPort<Warehousing> rest = new ScriptedPort<>(Warehousing.class, "REST")
                .handsOver(Operation.STREAM_ARTICLE_BALANCES, stock);
        ScriptedPort<Warehousing> inMemory = new ScriptedPort<>(Warehousing.class, "in-memory")
                .handsOver(Operation.STREAM_ARTICLE_BALANCES, stock);
        List<ArticleBalance> handedOver = new java.util.concurrent.CopyOnWriteArrayList<>();

        shadow.of(Warehousing.class, rest.port(), inMemory.port()).eachArticleBalance("10000000000", handedOver::add);

        assertThat(handedOver).containsExactlyElementsOf(stock);
        assertThat(rest.calls()).containsExactly(Operation.STREAM_ARTICLE_BALANCES);
        assertThat(inMemory.calls()).isEmpty();
        assertThat(reports.poll(2 * BOUND.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }
}
