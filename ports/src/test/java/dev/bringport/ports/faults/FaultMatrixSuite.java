package dev.bringport.ports.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.faults.Expectation.Effect;
import dev.bringport.ports.faults.ReliabilityDocument.Table;
import dev.bringport.ports.migration.BringPorts;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The fault matrix of {@code docs/RELIABILITY.md}, run against every wire: every cell of the one
 * table is a test that makes the fault happen between an adapter and a simulated Bring on
 * 127.0.0.1 ({@link FaultProxy} in front of it, or an address where no proxy is) and checks what
 * the cell says for that wire ({@link Cell}): the attempts that reached Bring, the value or the
 * failure's type (with its cause and Bring's codes), and for a write whether Bring acted.
 * Whatever the cell says, every call also keeps the library's invariants: a write is never sent
 * again after Bring could have acted, Bring never carries a write out twice, every failure is one
 * of the ports' types and shows the API key in no form, and no call outlives its deadline. The
 * last test compares the counts of the run with the counts the document gives. One test, where
 * every adapter is visible, extends this once. Each variant (an adapter and its wire format) runs
 * every cell once; its cells are dealt out to lanes that run side by side, each lane with its own
 * simulated Bring, proxy and adapter, so that the waits overlap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FaultMatrixSuite {

    /** How long the adapter waits for a connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** How long the adapter waits for an answer, in the rows about time ({@link Fault#aboutTime()}). */
    public static final Duration ANSWER_TIMEOUT = Duration.ofMillis(300);
    /** How long the adapter waits for an answer in every other row. */
    public static final Duration PATIENT_ANSWER_TIMEOUT = Duration.ofSeconds(5);
    /** Three attempts, 5 ms growing to 20 ms apart, no jitter; waits up to 2 s for {@code Retry-After}. */
    public static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0,
            Duration.ofSeconds(2));
    /** The largest answer the adapter reads: 64 KiB. */
    public static final int ANSWER_BOUND = 64 * 1024;
    /** How late a slow answer is: well past {@link #ANSWER_TIMEOUT}. */
    static final Duration SLOW = Duration.ofMillis(1000);
    /** The lanes each variant's cells are dealt out to, to overlap the waits that faults impose. */
    private static final int LANES_PER_VARIANT = 3;
    /** What every deadline allows beyond the timeouts and waits: for a loaded machine, not for speed. */
    private static final Duration SLACK = Duration.ofSeconds(2);

    private final ReliabilityDocument document = ReliabilityDocument.fromModuleDirectory();
    private final ConnectionCounter connections = new ConnectionCounter();
    private final List<Lane> lanes = new ArrayList<>();
    private ProxySelector defaultSelector;

    // --- what an adapter's test provides ------------------------------------------------------------

    /**
     * The ways the matrix is run, each a wire: its column of the counts, and what the table's
     * cells name ({@code REST JSON}, {@code REST XML}, {@code SOAP}; a cell naming {@code REST}
     * means both of REST's).
     *
     * @return the variants
     */
    protected abstract List<String> variants();

    /** @return the credentials every variant's ports carry: no failure may show their key */
    protected abstract BringCredentials credentials();

    /**
     * Starts a simulated Bring for a variant, with the contract suite's customers and order.
     *
     * @param variant one of {@link #variants()}
     * @return the running simulation
     */
    protected abstract Simulation simulate(String variant);

    /**
     * The adapter's ports, pointed at a host, configured with {@link #CONNECT_TIMEOUT}, the answer
     * timeout given, {@link #RETRIES} and {@link #ANSWER_BOUND}, a clock at {@link #now()} and
     * credentials the simulated Bring accepts.
     *
     * @param variant       one of {@link #variants()}
     * @param host          where Bring is
     * @param answerTimeout {@link #ANSWER_TIMEOUT} or {@link #PATIENT_ANSWER_TIMEOUT}
     * @param connections   when present, the proxy selector to build an HTTP client with (it counts
     *                      connections); clients that use the JVM's default selector find it there too
     * @return the ports
     */
    protected abstract BringPorts connect(String variant, URI host, Duration answerTimeout,
                                          Optional<ProxySelector> connections);

    /** @return Bring's and the adapter's now */
    protected abstract Instant now();

    // --- the matrix ----------------------------------------------------------------------------------

    @BeforeAll
    void startTheLanesAndWarmUp() {
        defaultSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(connections);
        for (String variant : variants()) {
            for (int shard = 0; shard < LANES_PER_VARIANT; shard++) {
                lanes.add(new Lane(variant, simulate(variant), (host, timeout, selector) -> connect(variant, host,
                        timeout, selector), connections, now()));
            }
        }
        sideBySide(lanes.stream().map(lane -> (Callable<Void>) () -> {
            lane.warmUp();
            return null;
        }).toList());
    }

    @AfterAll
    void stopTheLanes() {
        lanes.forEach(Lane::close);
        ProxySelector.setDefault(defaultSelector);
    }

    @Test
    void theTableHasOneRowPerFaultAndOneColumnPerCallKindAndEveryCellFollowsTheNotation() {
        Table table = document.matrix();
        List<String> columns = new ArrayList<>(List.of("fault"));
        Arrays.stream(CallKind.values()).map(CallKind::label).forEach(columns::add);
        Map<String, String> footnotes = document.footnotes();

        assertThat(table.header()).as("the columns of the table").containsExactlyElementsOf(columns);
        assertThat(table.rows().stream().map(row -> row.get(0)).toList()).as("the rows of the table")
                .containsExactlyElementsOf(Arrays.stream(Fault.values()).map(Fault::label).toList());
        for (List<String> row : table.rows()) {
            assertThat(row).as("the cells of row '%s'", row.get(0)).hasSize(columns.size());
            for (CallKind kind : CallKind.values()) {
                Cell cell = Cell.parse(row.get(kind.ordinal() + 1));
                cell.footnote().ifPresent(mark -> assertThat(footnotes).as("'%s' / '%s' has footnote %s", row.get(0),
                        kind.label(), mark).containsKey(mark));
                assertThat(cell.wires().keySet()).as("'%s' / '%s' names wires of the run", row.get(0), kind.label())
                        .allMatch(wire -> variants().stream().anyMatch(v -> v.equals(wire) || v.startsWith(wire + " ")));
                for (String variant : variants()) {
                    assertThat(cell.of(variant).effect().isPresent()).as("'%s' / '%s' says for %s whether Bring acted"
                            + " exactly when the call writes", row.get(0), kind.label(), variant)
                            .isEqualTo(kind.operation().isWrite());
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicNode> everyCellOfTheMatrixHoldsAgainstARealServer() {
        Map<Fault, Map<CallKind, Cell>> matrix = cells();
        Map<String, Map<Fault, Map<CallKind, Run>>> runs = run(matrix);

        List<DynamicNode> nodes = new ArrayList<>();
        runs.forEach((variant, rows) -> nodes.add(dynamicContainer(variant, Arrays.stream(Fault.values())
                .map(fault -> dynamicContainer(fault.label(), Arrays.stream(CallKind.values()).map(kind -> {
                    Expectation expected = matrix.get(fault).get(kind).of(variant);
                    Run run = rows.get(fault).get(kind);
                    return dynamicTest(kind.label() + ": " + text(expected),
                            () -> check(run.lane(), fault, kind, expected, run.observation()));
                }))))));
        for (String variant : variants()) {
            nodes.add(dynamicTest("the " + variant + " counts in docs/RELIABILITY.md are this run's", () ->
                    assertThat(counts(variant, matrix, runs.get(variant))).as("the %s column of the counts", variant)
                            .isEqualTo(document.counts(variant))));
        }
        return nodes.stream();
    }

    /** One cell's call, and the lane it ran in. */
    private record Run(Lane lane, Fault fault, CallKind kind, Observation observation) {
    }

    /** Runs every cell once per variant, the cells of a variant dealt out to its lanes, all lanes side by side. */
    private Map<String, Map<Fault, Map<CallKind, Run>>> run(Map<Fault, Map<CallKind, Cell>> matrix) {
        List<Map.Entry<Fault, CallKind>> cells = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            for (CallKind kind : CallKind.values()) {
                cells.add(Map.entry(fault, kind));
            }
        }
        List<List<Run>> done = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            int shard = l % LANES_PER_VARIANT;
            List<Run> runs = new ArrayList<>();
            done.add(runs);
            work.add(() -> {
                for (int c = shard; c < cells.size(); c += LANES_PER_VARIANT) {
                    Fault fault = cells.get(c).getKey();
                    CallKind kind = cells.get(c).getValue();
                    Expectation expected = matrix.get(fault).get(kind).of(lane.variant());
                    runs.add(new Run(lane, fault, kind, lane.run(fault, kind, deadline(fault, expected))));
                }
                return null;
            });
        }
        sideBySide(work);
        Map<String, Map<Fault, Map<CallKind, Run>>> byVariant = new LinkedHashMap<>();
        done.stream().flatMap(List::stream).forEach(run -> byVariant.computeIfAbsent(run.lane().variant(),
                v -> new EnumMap<>(Fault.class)).computeIfAbsent(run.fault(), f -> new EnumMap<>(CallKind.class))
                .put(run.kind(), run));
        return byVariant;
    }

    private Map<Fault, Map<CallKind, Cell>> cells() {
        Map<Fault, Map<CallKind, Cell>> matrix = new EnumMap<>(Fault.class);
        for (List<String> row : document.matrix().rows()) {
            Map<CallKind, Cell> cells = new EnumMap<>(CallKind.class);
            for (CallKind kind : CallKind.values()) {
                cells.put(kind, Cell.parse(row.get(kind.ordinal() + 1)));
            }
            matrix.put(Fault.of(row.get(0)), cells);
        }
        return matrix;
    }

    private void check(Lane lane, Fault fault, CallKind kind, Expectation expected, Observation observed) {
        String where = lane.variant() + ", " + fault.label() + ", " + kind.label() + " (expected " + text(expected)
                + ", observed " + observed + ")";
        observed.broken().ifPresent(broken -> {
            throw new AssertionError(where, broken);
        });
        SoftAssertions cell = new SoftAssertions();
        observed.failure().ifPresent(failure -> {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String text = t + " " + (t instanceof dev.bringport.ports.BringException bring ? bring.failure() : "");
                cell.assertThat(credentials().mask(text)).as("%s: the key shows in no form in %s", where,
                        t.getClass().getSimpleName()).isEqualTo(text);
            }
        });
        cell.assertThat(observed.offered()).as("%s: offered", where).isEqualTo(expected.offered());
        cell.assertThat(observed.attempts()).as("%s: attempts", where).isEqualTo(expected.attempts());
        if (expected.succeeds()) {
            cell.assertThat(observed.failure()).as("%s: failure", where).isEmpty();
            if (kind == CallKind.READ) {
                cell.assertThat(observed.value()).as("%s: the order read", where).contains(lane.cleanRead());
            }
        } else {
            cell.assertThat(observed.failure().map(Observation::name)).as("%s: failure type", where)
                    .contains(expected.outcome());
            expected.cause().ifPresent(cause -> cell.assertThat(observed.failure().map(Throwable::getCause)
                    .map(Observation::name)).as("%s: cause", where).contains(cause));
            if (!expected.codes().isEmpty()) {
                cell.assertThat(observed.failure().map(f -> f.codes().stream().map(Object::toString).toList()))
                        .as("%s: Bring's codes", where).contains(expected.codes());
            }
        }
        if (kind.operation().isWrite()) {
            Effect effect = expected.effect().orElseThrow();
            cell.assertThat(observed.writes()).as("%s: writes Bring carried out", where)
                    .isBetween(effect == Effect.ACTED_ONCE ? 1 : 0, effect == Effect.NOT_ACTED ? 0 : 1);
            cell.assertThat(observed.outcomeUnknown()).as("%s: the caller hears that the outcome is unknown", where)
                    .isEqualTo(effect == Effect.MAY_HAVE_ACTED);
            cell.assertThat(observed.sentAfterBringCouldHaveActed()).as("%s: requests after Bring could have acted",
                    where).isZero();
            if (kind == CallKind.BOOKING && observed.failure().orElse(null) instanceof OutcomeUnknownException unknown) {
                cell.assertThat(unknown.correlationId()).as("%s: the booking's correlation id", where)
                        .isEqualTo(ContractExamples.booking(now()).consignment().correlationId());
            }
        }
        if (fault.askedWait().compareTo(Duration.ZERO) > 0 && observed.requests().size() > 1) {
            cell.assertThat(Duration.between(observed.requests().get(0).at(), observed.requests().get(1).at()))
                    .as("%s: the wait Bring asked for (Retry-After)", where).isGreaterThanOrEqualTo(fault.askedWait());
        }
        cell.assertAll();
    }

    /** The deadline of a call: its attempts' timeouts and the waits between them, and some slack. */
    private static Duration deadline(Fault fault, Expectation expected) {
        Duration wait = fault.askedWait().compareTo(RETRIES.maxBackoff()) > 0 ? fault.askedWait() : RETRIES.maxBackoff();
        Duration answer = fault.aboutTime() ? ANSWER_TIMEOUT : PATIENT_ANSWER_TIMEOUT;
        return CONNECT_TIMEOUT.plus(answer).multipliedBy(expected.attempts())
                .plus(wait.multipliedBy(Math.max(0, expected.attempts() - 1))).plus(SLACK);
    }

    /** The counts of a variant's run, under the labels of the counts table. */
    private static Map<String, Long> counts(String variant, Map<Fault, Map<CallKind, Cell>> matrix,
                                            Map<Fault, Map<CallKind, Run>> runs) {
        List<Expectation> cells = matrix.values().stream().flatMap(row -> row.values().stream())
                .map(cell -> cell.of(variant)).toList();
        List<Run> all = runs.values().stream().flatMap(row -> row.values().stream()).toList();
        List<Observation> writes = all.stream().filter(run -> run.kind().operation().isWrite()).map(Run::observation)
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("faults (rows)", (long) matrix.size());
        counts.put("call kinds (columns)", (long) CallKind.values().length);
        counts.put("cells", (long) cells.size());
        counts.put("cells the transport offers", cells.stream().filter(Expectation::offered).count());
        counts.put("cells a wire makes different", matrix.values().stream().flatMap(row -> row.values().stream())
                .filter(cell -> cell.of(variant) != cell.common()).count());
        counts.put("attempts made", all.stream().mapToLong(run -> run.observation().attempts()).sum());
        counts.put("writes Bring carried out", writes.stream().mapToLong(Observation::writes).sum());
        counts.put("of which the caller heard OutcomeUnknown",
                writes.stream().filter(Observation::outcomeUnknown).mapToLong(Observation::writes).sum());
        counts.put("writes sent again after Bring could have acted",
                writes.stream().mapToLong(Observation::sentAfterBringCouldHaveActed).sum());
        counts.put("duplicate writes at Bring", writes.stream().mapToLong(w -> Math.max(0, w.writes() - 1)).sum());
        return counts;
    }

    private static void sideBySide(List<Callable<Void>> runs) {
        ExecutorService threads = Executors.newFixedThreadPool(runs.size());
        try {
            for (Future<Void> run : threads.invokeAll(runs)) {
                run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the matrix", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a lane of the matrix failed to run", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static String text(Expectation e) {
        return (e.offered() ? "" : "not offered: ") + e.attempts() + "× → " + e.outcome()
                + e.cause().map(c -> " (" + c + ")").orElse("")
                + (e.codes().isEmpty() ? "" : " " + e.codes())
                + e.effect().map(effect -> ", " + effect.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
    }
}
