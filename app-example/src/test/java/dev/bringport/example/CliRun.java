package dev.bringport.example;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One run of the command line tool in the test's JVM, with what it printed and returned.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
record CliRun(int status, String out, String err) {

    /** The tests' clock: 2026-01-15 09:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    /**
     * Runs the tool.
     *
     * @param environment its environment variables
     * @param args        its arguments
     * @return what it printed and returned
     */
    static CliRun run(Map<String, String> environment, String... args) {
        return run(CLOCK, environment, args);
    }

    /**
     * Runs the tool at another time, e.g. the day of a documented example.
     *
     * @param clock       the tool's clock
     * @param environment its environment variables
     * @param args        its arguments
     * @return what it printed and returned
     */
    static CliRun run(Clock clock, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
