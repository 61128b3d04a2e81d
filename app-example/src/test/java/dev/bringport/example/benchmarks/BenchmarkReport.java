package dev.bringport.example.benchmarks;

import dev.bringport.example.benchmarks.ReportTable.Row;
import dev.bringport.example.benchmarks.ReportTable.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of issue 8 and prints the table of ratios: starts the local Brings
 * ({@link LocalBrings}), runs the JMH benchmarks in forked JVMs with JMH's GC profiler (allocation
 * per call), then the peak-heap ladder of the large stock list ({@link StockHeapLadder}) and the
 * command-line tool's start-up ({@link CliStartup}), and prints one table, library beside
 * baseline, ratio, target, verdict, computed from this run's results. The JMH results are kept in
 * {@code jmh-result.json} and the table in {@code table.md}, in the output folder.
 *
 * <p>Run it with {@code mvn -B -Pbenchmarks verify -DskipTests} (docs/PERFORMANCE.md).
 */
public final class BenchmarkReport {

    private static final List<Class<?>> BENCHMARKS = List.of(OrderReadBenchmark.class, StockBenchmark.class,
            RateLimitBenchmark.class, InMemoryBenchmark.class, SoapStartupBenchmark.class, SandboxBenchmark.class);
    private static final String HEAP = "StockHeap";
    private static final String CLI = "CliStartup";
    private static final int CLI_RUNS = 5;

    private BenchmarkReport() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args the output folder, the command-line tool's jar, optionally a regular expression
     *             choosing what runs (JMH benchmark names, {@value #HEAP}, {@value #CLI}; default all),
     *             and optionally JMH's own command-line options in one argument, e.g.
     *             {@code "-prof jfr -p format=JSON"}, for profiling a benchmark

     * @throws Exception if a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path cliJar = Path.of(args[1]);
        Pattern which = Pattern.compile(args.length > 2 && !args[2].isBlank() ? args[2] : ".*");
        CommandLineOptions jmh = new CommandLineOptions(args.length > 3 && !args[3].isBlank() ? args[3].strip().split("\\s+")
                : new String[0]);
        Files.createDirectories(out);
        long started = System.nanoTime();
        String loadBefore = Machine.load();
        Map<String, RunResult> results = new HashMap<>();
        List<StockHeapLadder.Fit> heap = List.of();
        OptionalDouble tooManyRequests = OptionalDouble.empty();
        List<Double> cli = List.of();
        try (LocalBrings brings = LocalBrings.start()) {
            if (anyBenchmarkMatches(which)) {
                Options options = new OptionsBuilder().parent(jmh).include(which.pattern()).addProfiler(GCProfiler.class)
                        .jvmArgsAppend(brings.forkProperties().toArray(String[]::new))
                        .resultFormat(ResultFormatType.JSON).result(out.resolve("jmh-result.json").toString())
                        .shouldFailOnError(true).build();
                Collection<RunResult> runs = new Runner(options).run();
                runs.forEach(run -> results.put(key(run), run));
            }
            if (results.keySet().stream().anyMatch(k -> k.startsWith("RateLimitBenchmark."))) {
                tooManyRequests = OptionalDouble.of(brings.answeredTooManyRequests());
            }
            if (which.matcher(HEAP).find()) {
                heap = StockHeapLadder.measure(brings.answers(),
                        List.of(StockHeapProbe.EACH, StockHeapProbe.HAND_WRITTEN, StockHeapProbe.LIST));
            }
        }
        if (which.matcher(CLI).find()) {
            cli = CliStartup.measure(cliJar, CLI_RUNS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ReportTable table = table(results, heap, tooManyRequests, cli);
        String report = "Machine: " + Machine.describe() + "\n"
                + "Load average (1, 5, 15 min) before: " + loadBefore + ", after: " + Machine.load() + "\n"
                + "Ran " + took.toMinutes() + " min " + took.toSecondsPart() + " s\n"
                + details(results, heap, cli) + "\n"
                + table.markdown();
        Files.writeString(out.resolve("table.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("== bringport benchmarks (issue 8): library vs hand-written baseline, same run, same local server");
        System.out.println(report);
        System.out.println(table.missed().isEmpty() ? "Every target that ran is met."
                : table.missed().size() + " target(s) missed: see docs/PERFORMANCE.md for the profiles.");
    }

    private static boolean anyBenchmarkMatches(Pattern which) {
        return BENCHMARKS.stream().flatMap(type -> Stream.of(type.getMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .map(Method::getName).map(name -> type.getName() + "." + name))
                .anyMatch(name -> which.matcher(name).find());
    }

    /** {@code OrderReadBenchmark.bringport[JSON]}: the class's simple name, the method, the format parameter. */
    private static String key(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        String simple = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        String format = run.getParams().getParam("format");
        return format == null ? simple : simple + "[" + format + "]";
    }

    private static OptionalDouble score(Map<String, RunResult> results, String key) {
        RunResult run = results.get(key);
        return run == null ? OptionalDouble.empty() : OptionalDouble.of(run.getPrimaryResult().getScore());
    }

    /** Bytes allocated per call, JMH's {@code gc.alloc.rate.norm} (spelled {@code ·gc.alloc.rate.norm} by older JMH). */
    private static OptionalDouble allocated(Map<String, RunResult> results, String key) {
        RunResult run = results.get(key);
        if (run == null) {
            return OptionalDouble.empty();
        }
        Map<String, Result> secondary = run.getSecondaryResults();
        Result norm = secondary.getOrDefault("gc.alloc.rate.norm", secondary.get("·gc.alloc.rate.norm"));
        return norm == null ? OptionalDouble.empty() : OptionalDouble.of(norm.getScore());
    }

    private static OptionalDouble heapOf(List<StockHeapLadder.Fit> heap, String way) {
        return heap.stream().filter(f -> f.way().equals(way)).mapToDouble(StockHeapLadder.Fit::fitsMiB).findFirst();
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

    private static ReportTable table(Map<String, RunResult> r, List<StockHeapLadder.Fit> heap, OptionalDouble tooManyRequests,
                                     List<Double> cli) {
        OptionalDouble none = OptionalDouble.empty();
        return new ReportTable()
                .add(new Row("1", "REST read, JSON (omorder, documented order)", "calls/s",
                        score(r, "OrderReadBenchmark.bringport[JSON]"), score(r, "OrderReadBenchmark.handWritten[JSON]"),
                        Optional.of(Target.ratioAtLeast(0.9))))
                .add(new Row("1", "REST read, JSON: allocation per call", "B/call",
                        allocated(r, "OrderReadBenchmark.bringport[JSON]"), allocated(r, "OrderReadBenchmark.handWritten[JSON]"),
                        Optional.of(Target.ratioAtMost(1.5))))
                .add(new Row("2", "REST read, XML (omorder, documented order)", "calls/s",
                        score(r, "OrderReadBenchmark.bringport[XML]"), score(r, "OrderReadBenchmark.handWritten[XML]"),
                        Optional.of(Target.ratioAtLeast(0.8))))
                .add(new Row("2", "REST read, XML: allocation per call", "B/call",
                        allocated(r, "OrderReadBenchmark.bringport[XML]"), allocated(r, "OrderReadBenchmark.handWritten[XML]"),
                        Optional.empty()))
                .add(new Row("3", "100,000 balances: eachArticleBalance vs Jackson streaming", "ms/read",
                        score(r, "StockBenchmark.bringportEach"), score(r, "StockBenchmark.handWrittenStreaming"),
                        Optional.of(Target.ratioAtMost(1.2))))
                .add(new Row("3", "100,000 balances: eachArticleBalance, allocation per read", "MB/read",
                        megabytes(allocated(r, "StockBenchmark.bringportEach")),
                        megabytes(allocated(r, "StockBenchmark.handWrittenStreaming")), Optional.empty()))
                .add(new Row("3", "100,000 balances: articleBalances (whole list) vs Jackson streaming", "ms/read",
                        score(r, "StockBenchmark.bringportList"), score(r, "StockBenchmark.handWrittenStreaming"),
                        Optional.empty()))
                .add(new Row("3", "100,000 balances: smallest -Xmx that completes, eachArticleBalance", "MiB",
                        heapOf(heap, StockHeapProbe.EACH), heapOf(heap, StockHeapProbe.HAND_WRITTEN),
                        Optional.of(Target.valueAtMost(32))))
                .add(new Row("3", "100,000 balances: smallest -Xmx that completes, articleBalances", "MiB",
                        heapOf(heap, StockHeapProbe.LIST), heapOf(heap, StockHeapProbe.HAND_WRITTEN), Optional.empty()))
                .add(new Row("4", "bookings/s, 16 threads, REST defaults, 30 s", "bookings/s",
                        score(r, "RateLimitBenchmark.book"), none, Optional.of(Target.valueAtLeast(17))))
                .add(new Row("4", "HTTP 429 answered by the simulator (limit 18/s)", "answers",
                        tooManyRequests, none, Optional.of(Target.valueAtMost(0))))
                .add(new Row("5", "in-memory order read, 1 thread (baseline: a map)", "reads/s",
                        score(r, "InMemoryBenchmark.orderRead"), score(r, "InMemoryBenchmark.handWrittenFakeRead"),
                        Optional.of(Target.valueAtLeast(1_000_000))))
                .add(new Row("5", "in-memory order read, 2 threads", "reads/s",
                        score(r, "InMemoryBenchmark.orderReadTwoThreads"), none, Optional.empty()))
                .add(new Row("5", "in-memory create-pack-status cycle, 1 thread", "cycles/s",
                        score(r, "InMemoryBenchmark.createPackStatus"), none, Optional.empty()))
                .add(new Row("5", "in-memory create-pack-status cycle, 2 threads", "cycles/s",
                        score(r, "InMemoryBenchmark.createPackStatusTwoThreads"), none, Optional.empty()))
                .add(new Row("5", "in-memory booking, 1 thread", "bookings/s",
                        score(r, "InMemoryBenchmark.book"), none, Optional.empty()))
                .add(new Row("5", "in-memory booking, 2 threads", "bookings/s",
                        score(r, "InMemoryBenchmark.bookTwoThreads"), none, Optional.empty()))
                .add(new Row("5", "sandbox (serve) order read over loopback, JSON, limit off, 4 threads (baseline: hand-written)",
                        "reads/s", score(r, "SandboxBenchmark.bringportFourThreads"), score(r, "SandboxBenchmark.handWritten"),
                        Optional.of(Target.valueAtLeast(5000))))
                .add(new Row("5", "sandbox (serve) order read over loopback, JSON, limit off, 1 thread", "reads/s",
                        score(r, "SandboxBenchmark.bringport"), none, Optional.empty()))
                .add(new Row("6", "CLI: JVM start to first answer of om order (in-memory), median of " + CLI_RUNS, "ms",
                        median(cli), none, Optional.of(Target.valueAtMost(1000))))
                .add(new Row("6", "SOAP adapter: first call in a fresh JVM (mean of 5 JVMs) vs steady state", "ms/call",
                        score(r, "SoapStartupBenchmark.firstCall"), score(r, "SoapStartupBenchmark.steadyState"),
                        Optional.of(Target.valueAtMost(2000))));
    }

    private static OptionalDouble megabytes(OptionalDouble bytes) {
        return bytes.isPresent() ? OptionalDouble.of(bytes.getAsDouble() / 1e6) : bytes;
    }

    private static String details(Map<String, RunResult> results, List<StockHeapLadder.Fit> heap, List<Double> cli) {
        StringBuilder out = new StringBuilder();
        results.keySet().stream().sorted().forEach(key -> {
            Result primary = results.get(key).getPrimaryResult();
            out.append("  ").append(key).append(": ").append(ReportTable.number(primary.getScore())).append(" ± ")
                    .append(ReportTable.number(primary.getScoreError())).append(' ').append(primary.getScoreUnit());
            allocated(results, key).ifPresent(bytes -> out.append(", ").append(ReportTable.number(bytes)).append(" B/op"));
            out.append('\n');
        });
        heap.forEach(fit -> out.append("  heap ").append(fit.way()).append(": completes in -Xmx").append(fit.fitsMiB())
                .append("m").append(fit.failsMiB() > 0 ? ", OutOfMemoryError in -Xmx" + fit.failsMiB() + "m" : "").append('\n'));
        if (!cli.isEmpty()) {
            out.append("  CLI start-up runs (ms): ").append(cli.stream().map(ReportTable::number).toList()).append('\n');
        }
        return out.toString();
    }
}
