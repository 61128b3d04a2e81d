package dev.bringport.example;

import dev.bringport.ports.Operation;
import dev.bringport.ports.server.FrontDoor;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * {@code serve}: a Bring on localhost ({@link Sandbox}) until the process is stopped. SIGTERM and
 * Ctrl-C (SIGINT) stop it cleanly: the servers close and the tool exits 0; any other exit of the
 * JVM closes them in a shutdown hook.
 */
final class ServeCommand {

    static final List<String> USAGE = List.of(
            "serve [--port 8080] [--api-key KEY] [--latency OPERATION=DURATION ...] [--no-demo-data]",
            "      [--rate-limit 18|off]     a Bring on 127.0.0.1: REST (JSON, XML) and SOAP on one port");

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * The sandbox the command's words and options ask for, not yet started.
     *
     * @param command {@code serve}, then its options as {@link Options} hands them over: name, value
     * @return the sandbox's configuration
     * @throws UsageException if a word or a value is wrong
     */
    static Sandbox.Builder sandbox(List<String> command) {
        Sandbox.Builder sandbox = Sandbox.builder();
        for (int i = 1; i < command.size(); i++) {
            String name = command.get(i);
            if (!name.startsWith("--") || i + 1 >= command.size()) {
                throw new UsageException("usage: " + USAGE.get(0));
            }
            String value = command.get(++i);
            try {
                switch (name) {
                    case "--port" -> sandbox.port(Integer.parseInt(value));
                    case "--api-key" -> sandbox.apiKey(value);
                    case "--latency" -> latency(sandbox, value);
                    case "--no-demo-data" -> sandbox.demoData(false);
                    case "--rate-limit" -> sandbox.limit(value.equalsIgnoreCase("off") ? FrontDoor.NO_LIMIT
                            : Integer.parseInt(value));
                    default -> throw new UsageException("usage: " + USAGE.get(0));
                }
            } catch (NumberFormatException e) {
                throw new UsageException(name + " needs a whole number" + (name.equals("--rate-limit") ? " or off" : "")
                        + ", was '" + value + "'");
            } catch (IllegalArgumentException e) {
                throw new UsageException(name + ": " + e.getMessage());
            }
        }
        return sandbox;
    }

    /** {@code OPERATION=DURATION}: {@code BOOK=2s}, {@code GET_ORDER=150ms}, or ISO-8601 {@code BOOK=PT2S}. */
    private static void latency(Sandbox.Builder sandbox, String value) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            throw new UsageException("--latency needs OPERATION=DURATION, e.g. BOOK=2s, was '" + value + "'");
        }
        String name = value.substring(0, equals).toUpperCase(Locale.ROOT);
        Operation operation = Arrays.stream(Operation.values()).filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("--latency: no operation '" + value.substring(0, equals)
                        + "'; the operations are " + Arrays.toString(Operation.values())));
        sandbox.latency(operation, duration(value.substring(equals + 1)));
    }

    private static Duration duration(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
            }
            return Duration.parse(value.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageException("--latency needs a duration such as 2s, 1.5s, 150ms or PT2S, was '" + value + "'");
        }
    }

    /**
     * Serves until SIGTERM or Ctrl-C.
     *
     * @param command {@code serve} and its options
     * @return the exit status, 0 once stopped
     * @throws UsageException if the options are wrong or the port cannot be had
     */
    int run(List<String> command) {
        Sandbox.Builder builder = sandbox(command);
        Sandbox sandbox;
        try {
            sandbox = builder.start();
        } catch (UncheckedIOException e) {
            throw new UsageException("--port: " + e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread closeOnExit = new Thread(sandbox::close, "sandbox-stop");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
        for (String signal : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(signal), s -> stop.countDown());
            } catch (IllegalArgumentException taken) { // e.g. java -Xrs: the shutdown hook closes the sandbox
                continue;
            }
        }
        out.println("bringport sandbox at " + sandbox.uri() + "  (Bring's REST APIs in JSON and XML, and its SOAP "
                + "services " + "/po/api/ws and /booking/api/ws)");
        out.println("control: POST " + sandbox.uri() + SandboxControl.PATH + "reset | faults, GET "
                + sandbox.uri() + SandboxControl.PATH + "received | stats; Ctrl-C stops it");
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.close();
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down: the hook closes the sandbox again, which does no harm
        }
        out.println("stopped");
        return ExitCode.OK;
    }
}
