package dev.bringport.example.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue item 6: the command-line tool's start-up, from starting {@code java -jar bringport-example.jar
 * om order 10000000000 11873875-status_med_2} (the in-memory default) to the first byte of its
 * answer on standard output. One run first, unmeasured, so that the jar is in the file cache.
 */
final class CliStartup {

    private CliStartup() {
    }

    /**
     * Times the runs.
     *
     * @param jar  the tool's jar
     * @param runs how many measured runs
     * @return each run's time to the first byte of the answer, in milliseconds, in the order run
     * @throws IOException          if the tool cannot be started or fails
     * @throws InterruptedException if interrupted
     */
    static List<Double> measure(Path jar, int runs) throws IOException, InterruptedException {
        run(jar);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(run(jar));
        }
        return millis;
    }

    private static double run(Path jar) throws IOException, InterruptedException {
        ProcessBuilder tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "om", "order", LocalBrings.CUSTOMER, LocalBrings.ORDER_ID).redirectErrorStream(true);
        tool.environment().keySet().removeIf(name -> name.startsWith("BRING")); // the in-memory default
        long start = System.nanoTime();
        Process process = tool.start();
        String answer;
        long firstByte;
        try (InputStream out = process.getInputStream()) {
            int first = out.read();
            firstByte = System.nanoTime();
            answer = (char) first + new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !answer.contains(LocalBrings.ORDER_ID)) {
            process.destroyForcibly();
            throw new IOException("the tool did not answer the order: " + answer);
        }
        return (firstByte - start) / 1e6;
    }
}
