package dev.bringport.example.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bringport.example.FleetInstance;
import dev.bringport.ports.redis.LocalRedis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16's fleet benchmark, side by side in one run: three JVMs ({@link FleetInstance}) of 16
 * threads each book for 30 s against a Bring at a base URL (the sandbox, {@code serve --latency
 * BOOK=2s}, which answers HTTP 429 to a user's 19th request within any second), first each with
 * the JVM's own rate budget, then all three with the budget on one Redis (a real Redis server on a
 * free port, started here); then one JVM of 48 threads with its own budget. Every booking is sent
 * once: each 429 is counted. Prints one Markdown row per run.
 *
 * <p>Arguments: the base URL of Bring's APIs, then optionally the seconds (30) and threads per
 * JVM (16).
 */
public final class FleetBenchmark {

    private FleetBenchmark() {
    }

    /** How one run of JVMs went, together. */
    private record Run(String name, int jvms, int threads, int ok, int rateLimited, int failed, double seconds) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %d x %d | %d | %d | %d | %.1f | %.2f |", name, jvms, threads, ok,
                    rateLimited, failed, seconds, ok / seconds);
        }
    }

    /**
     * Runs the fleet with its own budgets, on Redis, and one JVM.
     *
     * @param args base URL, [seconds], [threads per JVM]
     * @throws Exception if a JVM fails
     */
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        List<Run> runs = new ArrayList<>();
        runs.add(run("each JVM its own budget", host, 3, threads, seconds, "in-process"));
        try (LocalRedis redis = new LocalRedis()) {
            runs.add(run("one budget on Redis", host, 3, threads, seconds, redis.address().toString()));
        }
        runs.add(run("one JVM, its own budget", host, 1, 3 * threads, seconds, "in-process"));
        System.out.println("| run | JVMs x threads | bookings | HTTP 429 | other failures | seconds | bookings/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        runs.forEach(run -> System.out.println(run.row()));
    }

    private static Run run(String name, String host, int jvms, int threads, int seconds, String budget)
            throws IOException, InterruptedException {
        long startAt = System.currentTimeMillis() + 15_000; // every JVM started and warmed up, and a second of quiet
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> fleet = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            fleet.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    FleetInstance.class.getName(), host, String.valueOf(threads), String.valueOf(seconds),
                    String.valueOf(startAt), budget).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        ObjectMapper json = new ObjectMapper();
        int ok = 0;
        int rateLimited = 0;
        int failed = 0;
        long firstEnded = Long.MAX_VALUE;
        long lastEnded = Long.MIN_VALUE;
        for (Process instance : fleet) {
            String out;
            try (InputStream stdout = instance.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (instance.waitFor() != 0) {
                throw new IllegalStateException(name + ": an instance failed: " + out);
            }
            List<String> lines = out.lines().toList();
            JsonNode tally = json.readTree(lines.get(lines.size() - 2));
            JsonNode ends = json.readTree(lines.get(lines.size() - 1));
            ok += tally.get("ok").asInt();
            rateLimited += tally.get("rateLimited").asInt();
            failed += tally.get("failed").asInt();
            firstEnded = Math.min(firstEnded, ends.get("firstEnded").asLong());
            lastEnded = Math.max(lastEnded, ends.get("lastEnded").asLong());
        }
        // from the fleet's first booking answered to its last: bookings end at the rate they go
        return new Run(name, jvms, threads, ok, rateLimited, failed, (lastEnded - firstEnded) / 1000.0);
    }
}
