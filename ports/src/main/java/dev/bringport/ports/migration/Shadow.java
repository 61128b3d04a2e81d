package dev.bringport.ports.migration;

import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port that sends reads to a primary transport and, in the background, to a candidate one,
 * and reports field by field how the candidate's answer differs. The caller always gets the
 * primary's answer or failure, and never waits for the candidate: the candidate's call starts
 * after the primary has answered, runs on the shadow's own threads, is given up after a bound,
 * and is skipped when too many are waiting. Writes go to the primary only, and so do reads that
 * hand their answer to an action (such as {@code eachArticleBalance}): a second call would hand
 * everything to the caller's action twice.
 */
public final class Shadow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Shadow.class);

    private final ShadowListener listener;
    private final Duration bound;
    private final ExecutorService threads;
    private final Object quiet = new Object();
    private int pending;

    /**
     * A shadow with its own threads.
     *
     * @param listener   told of every comparison
     * @param bound      how long a candidate may take before it is given up
     * @param threads    how many candidate calls may run at once
     * @param maxWaiting how many may wait; more are skipped
     */
    public Shadow(ShadowListener listener, Duration bound, int threads, int maxWaiting) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.bound = Objects.requireNonNull(bound, "bound");
        AtomicInteger number = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxWaiting),
                task -> {
                    Thread thread = new Thread(task, "bringport-shadow-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Shadows a port.
     *
     * @param port      the port interface, e.g. {@code OrderManagement.class}
     * @param primary   answers the caller
     * @param candidate is compared with the primary on reads
     * @param <P>       the port
     * @return the shadowed port
     */
    public <P extends Transport> P of(Class<P> port, P primary, P candidate) {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(candidate, "candidate");
        return PortProxy.create(port, primary.transport() + " shadowed by " + candidate.transport(), primary::supports,
                (operation, call) -> {
                    if (operation.isWrite() || call.handsOverToAction() || !candidate.supports(operation)) {
                        return call.on(primary);
                    }
                    Object answer;
                    try {
                        answer = call.on(primary);
                    } catch (BringException failure) {
                        compareLater(operation, primary, candidate, call, failure);
                        throw failure;
                    }
                    compareLater(operation, primary, candidate, call, answer);
                    return answer;
                });
    }

    private <P extends Transport> void compareLater(Operation operation, P primary, P candidate, PortProxy.Call call,
                                                    Object primaryAnswer) {
        String p = primary.transport();
        String c = candidate.transport();
        started();
        try {
            CompletableFuture.supplyAsync(() -> answerOf(candidate, call), threads)
                    .orTimeout(bound.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((candidateAnswer, error) -> {
                        try {
                            report(error instanceof TimeoutException
                                    ? new ShadowReport(operation, p, c, ShadowReport.Outcome.TIMED_OUT, List.of())
                                    : new ShadowReport(operation, p, c, ShadowReport.Outcome.COMPARED,
                                            Differences.between(primaryAnswer, error == null ? candidateAnswer : error)));
                        } finally {
                            finished();
                        }
                    });
        } catch (RejectedExecutionException full) {
            finished();
            report(new ShadowReport(operation, p, c, ShadowReport.Outcome.SKIPPED, List.of()));
        }
    }

    private void started() {
        synchronized (quiet) {
            pending++;
        }
    }

    private void finished() {
        synchronized (quiet) {
            pending--;
            quiet.notifyAll();
        }
    }

    /**
     * Waits until every comparison started so far has been reported, for processes that end
     * soon after their reads (a command-line tool, a batch job). Never needed by long-running
     * applications: reports arrive on their own.
     *
     * @param timeout how long to wait at most (a comparison takes at most the bound)
     * @return whether every comparison was reported in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (quiet) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(quiet, left);
            }
            return true;
        }
    }

    private static Object answerOf(Object candidate, PortProxy.Call call) {
        try {
            return call.on(candidate);
        } catch (BringException failure) {
            return failure;
        } catch (Throwable unexpected) {
            return new IllegalStateException("the candidate failed outside the ports' failures: " + unexpected, unexpected);
        }
    }

    private void report(ShadowReport report) {
        if (!report.agrees()) {
            LOG.info("{}: {} {}{}", report.operation(), report.candidate(), report.outcome(),
                    report.differences().isEmpty() ? "" : " differs from " + report.primary() + ": " + report.differences());
        }
        try {
            listener.onReport(report);
        } catch (RuntimeException listenerFailure) {
            LOG.warn("a shadow listener failed", listenerFailure);
        }
    }

    /** Stops the shadow's threads; candidate calls under way are abandoned. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
