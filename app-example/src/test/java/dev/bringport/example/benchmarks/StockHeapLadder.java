package dev.bringport.example.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue item 3's peak heap: the smallest maximum heap ({@code -Xmx}) in which one way of reading
 * the 100,000 balances completes, found by running {@link StockHeapProbe} in fresh JVMs on a
 * ladder of heap sizes, doubling from 8 MiB until a read completes, then trying the step halfway
 * between the last failure and the first success. A read that does not fit ends its JVM with
 * {@code OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}).
 */
final class StockHeapLadder {

    /**
     * Where a way of reading fits.
     *
     * @param way      the way, as {@link StockHeapProbe} names it
     * @param fitsMiB  the smallest heap tried in which it completed
     * @param failsMiB the largest heap tried in which it did not, 0 if none was too small
     */
    record Fit(String way, int fitsMiB, int failsMiB) {
    }

    private static final int SMALLEST_MIB = 8;
    private static final int LARGEST_MIB = 2048;

    private StockHeapLadder() {
    }

    /**
     * Finds where each way fits.
     *
     * @param answers the fixed answers' base URI
     * @param ways    the ways, as {@link StockHeapProbe} names them
     * @return each way's fit
     * @throws IOException          if a probe cannot be started, or a way fits in no heap tried
     * @throws InterruptedException if interrupted
     */
    static List<Fit> measure(URI answers, List<String> ways) throws IOException, InterruptedException {
        List<Fit> fits = new ArrayList<>();
        for (String way : ways) {
            int fails = 0;
            int fit = SMALLEST_MIB;
            while (!completes(answers, way, fit)) {
                fails = fit;
                fit *= 2;
                if (fit > LARGEST_MIB) {
                    throw new IOException(way + " does not complete in " + LARGEST_MIB + " MiB");
                }
            }
            int halfway = (fails + fit) / 2;
            if (fails > 0 && halfway > fails) {
                if (completes(answers, way, halfway)) {
                    fit = halfway;
                } else {
                    fails = halfway;
                }
            }
            fits.add(new Fit(way, fit, fails));
        }
        return fits;
    }

    private static boolean completes(URI answers, String way, int heapMiB) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMiB + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                StockHeapProbe.class.getName(), answers.toString(), way).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(120, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new IOException(way + " in " + heapMiB + " MiB did not end within 120 s");
        }
        if (probe.exitValue() == 0 && out.contains("balances=" + LargeStock.ARTICLES)) {
            return true;
        }
        if (out.contains("OutOfMemoryError") || out.contains("Too small maximum heap")) {
            return false;
        }
        throw new IOException(way + " in " + heapMiB + " MiB failed otherwise (exit " + probe.exitValue() + "): " + out);
    }
}
