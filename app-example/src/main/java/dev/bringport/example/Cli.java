package dev.bringport.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.TransportPlan;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command-line tool: a command and options, in any order. Results go to standard output (as
 * text, or as one JSON document with {@code --json}); warnings and errors go to standard error,
 * an error in one line (and the usage's first line after a usage error; {@code --help} prints it
 * whole), or as one JSON document with {@code --json}. Whatever happens, no stack trace: what nobody expected is one line with
 * status 5. Every control character of what is printed is escaped ({@link EscapingOutput}).
 * Exit status: 0 success, 1 {@code compare} found differences, 2 usage error or input refused
 * before sending (a request file that is no such document, a rule of Bring broken), 3 Bring
 * answered with an error, 4 transport failure, 5 internal error.
 */
final class Cli {

    static final String USAGE = """
            usage: bringport-example [options] <command>     (options go anywhere; -- ends them)

            options:
              --transport T           inmemory (default: the in-memory Bring with the demo data), rest or soap;
                                      rest and soap read BRING_API_UID, BRING_API_KEY and BRING_CLIENT_URL
              --om-transport T        the transport of Order Management (overrides --transport)
              --wh-transport T        the transport of Warehousing
              --booking-transport T   the transport of Booking and pickups
              --fallback T            the transport a call falls back to when its own provably did not act
              --shadow T              also sends every read to T and notes how its answer differs
              --host URL              replaces https://api.bring.com in every base URL
              --format json|xml       the wire format where Bring offers both (default json)
              --json                  print the result, warnings and errors as JSON
              --strict                refuse a request file with a field that would not be sent (default: a warning)
              --no-client-rules       send without checking Bring's rules first: Bring's answer decides
                                      (also BRINGPORT_CLIENT_RULES=off)
              -h, --help              print this usage
            without transport options, the BRINGPORT_* environment variables choose (docs/migrating-from-soap.md)
            BRINGPORT_RATE_BUDGET=redis://host:port: REST and SOAP take their turns from a budget shared on Redis

            commands:
              demo          Bring's usage pattern end to end: order, book, pack, track, stock, pickup
            """ + Stream.of(OrderManagementCommands.USAGE, WarehousingCommands.USAGE, BookingCommands.USAGE,
                    PickupCommands.USAGE, CompareCommand.USAGE, LoadCommand.USAGE, ExamplesCommand.USAGE, ServeCommand.USAGE,
                    List.of("help"))
            .flatMap(List::stream).map(line -> "  " + line + "\n").collect(Collectors.joining()) + """

            request files are Bring's documented request bodies, JSON or XML (told apart by their first character),
            UTF-8, at most 4 MiB; 'examples <dir>' writes one for each write command.
            the in-memory transport starts from the demo data at every run and keeps nothing between runs, but for
            the label links of bookings: booking label finds a consignment's label link among the bookings made
            with this tool, kept in $XDG_STATE_HOME/bringport (default ~/.local/state/bringport).

            exit status: 0 done, 1 compare found differences, 2 usage error or input refused before sending,
            3 Bring answered with an error, 4 transport failure (timeout, unavailable, outcome unknown),
            5 internal error (a bug: please report it)
            """;

    private static final List<String> COMMANDS = List.of("demo", "om", "wh", "booking", "pickup", "compare", "load",
            "examples", "serve", "help");

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    /** Made on first use: text, the default output, then starts without loading Jackson (a tenth of a second). */
    private ObjectMapper json;

    Cli(Map<String, String> environment, PrintStream out, PrintStream err) {
        this(environment, out, err, Clock.systemUTC());
    }

    Cli(Map<String, String> environment, PrintStream out, PrintStream err, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.out = new PrintStream(new EscapingOutput(Objects.requireNonNull(out, "out")), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(new EscapingOutput(Objects.requireNonNull(err, "err")), true, StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    int run(String[] args) {
        boolean asJson = Options.asksForJson(args);
        try {
            return runOrThrow(args);
        } catch (UsageException e) {
            return fail(asJson, ExitCode.USAGE, "UsageError", e.getMessage(), Map.of(), true);
        } catch (InputException e) {
            return fail(asJson, ExitCode.USAGE, "InputRefused", e.getMessage(), e.ignored().isEmpty() ? Map.of()
                    : Map.of("ignored", e.ignored().stream().map(Cli::asMap).toList()), false, e.ignored());
        } catch (BringException e) {
            report(e, asJson);
            return ExitCode.of(e);
        } catch (Throwable unexpected) { // a bug, an OutOfMemoryError, anything: one line, never a stack trace
            return fail(asJson, ExitCode.INTERNAL_ERROR, "InternalError", "internal error: " + unexpected
                    + (unexpected instanceof VirtualMachineError ? " (the Java VM ran out of memory or stack)"
                    : " (a bug in bringport-example: please report it)"), Map.of(), false);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int runOrThrow(String[] args) {
        Options options = Options.parse(args);
        if (options.help() || options.command().get(0).equals("help")) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        String command = options.command().get(0);
        if (!COMMANDS.contains(command)) {
            throw UsageException.unknown("command", command, COMMANDS);
        }
        if (command.equals("serve")) {
            return new ServeCommand(out).run(options.command());
        }
        try (TransportFactory factory = new TransportFactory(environment, options.host(), options.format(), clock,
                options.clientRules(environment))) {
            return run(command, options, factory);
        }
    }

    private int run(String command, Options options, TransportFactory factory) {
        if (command.equals("examples")) {
            print(new ExamplesCommand().run(options.command()), options.json());
            return ExitCode.OK;
        }
        if (command.equals("compare")) {
            CompareCommand.Comparison comparison = new CompareCommand(factory::build)
                    .run(options.command().subList(1, options.command().size()));
            print(comparison.result(), options.json());
            return comparison.agrees() ? ExitCode.OK : ExitCode.DIFFERENT;
        }
        if (command.equals("load")) {
            LoadCommand.Load load = LoadCommand.parse(options.command());
            Options repeated = options.withCommand(load.command());
            try (ShadowNotes shadow = new ShadowNotes(err)) {
                BringPorts ports = ports(factory, plan(repeated), shadow);
                LoadCommand.Tally tally = LoadCommand.run(load, () -> execute(repeated, ports, field -> { }));
                out.println(tally.json());
                return tally.status();
            }
        }
        TransportPlan plan = plan(options);
        try (ShadowNotes shadow = new ShadowNotes(err)) {
            BringPorts ports = ports(factory, plan, shadow);
            print(execute(options, ports, field -> warn(field, options.json())), options.json());
            return ExitCode.OK;
        }
    }

    private TransportPlan plan(Options options) {
        try {
            return options.plan(environment);
        } catch (IllegalArgumentException wrongSetting) {
            throw new UsageException(wrongSetting.getMessage());
        }
    }

    /** The composition root: Guice builds the ports the options (or the environment) call for. */
    private BringPorts ports(TransportFactory factory, TransportPlan plan, ShadowNotes shadow) {
        FallbackListener noteOnStandardError = event -> err.println("note: " + EscapingOutput.oneLine(event.toString()));
        try {
            return Guice.createInjector(new BringportModule(plan, factory::module, noteOnStandardError,
                    plan.shadow().map(candidate -> shadow.shadow()))).getInstance(BringPorts.class);
        } catch (CreationException failed) {
            // what the tool throws for the user (a missing variable, a refused host) or the plan's own refusal
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException tool && !(cause instanceof IllegalArgumentException)) {
                throw tool;
            }
            throw new UsageException(cause == null ? failed.getMessage() : cause.getMessage());
        }
    }

    /** @param warnings told of each field of a request file that will not be sent */
    private Result execute(Options options, BringPorts ports, Consumer<IgnoredField> warnings) {
        List<String> command = options.command();
        List<String> rest = command.subList(1, command.size());
        RequestFile files = new RequestFile(options.strict(), warnings);
        return switch (command.get(0)) {
            case "demo" -> demo(options, ports);
            case "om" -> new OrderManagementCommands(ports.orderManagement(), files, err,
                    options.clientRules(environment)).run(rest);
            case "wh" -> new WarehousingCommands(ports.warehousing()).run(rest);
            case "booking" -> new BookingCommands(ports.booking(), files, LabelJournal.in(environment), err).run(rest);
            case "pickup" -> new PickupCommands(ports.pickups(), files).run(rest);
            default -> throw new UsageException("unknown command '" + command.get(0) + "'");
        };
    }

    private Result demo(Options options, BringPorts ports) {
        if (options.command().size() != 1) {
            throw new UsageException("usage: demo");
        }
        if (!options.json()) {
            out.println("Bring's usage pattern, on the " + transportName(ports) + " transport");
        }
        List<Demo.Step> steps = new Demo(ports, clock).run(step -> {
            if (!options.json()) {
                String number = step.number() + ". ";
                out.println();
                out.println(number + step.title());
                step.text().lines().forEach(line -> out.println(" ".repeat(number.length()) + line));
            }
        });
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("transport", transportName(ports));
        value.put("steps", steps.stream().map(s -> Map.of("step", s.number(), "title", s.title(), "result", s.result()))
                .toList());
        return new Result(value, "");
    }

    private static String transportName(BringPorts ports) {
        return ports.orderManagement().transport();
    }

    private void print(Result result, boolean asJson) {
        if (asJson) {
            out.println(write(result.value(), true));
        } else if (!result.text().isEmpty()) {
            out.println(result.text());
        }
    }

    private void warn(IgnoredField field, boolean asJson) {
        err.println(asJson ? write(Map.of("warning", asMap(field)), false) : "warning: " + EscapingOutput.oneLine(field.toString()));
    }

    private static Map<String, String> asMap(IgnoredField field) {
        return Map.of("path", field.path(), "reason", field.reason());
    }

    private int fail(boolean asJson, int status, String type, String message, Map<String, Object> details,
                     boolean usage) {
        return fail(asJson, status, type, message, details, usage, List.of());
    }

    /** One JSON document; or one line, the ignored fields a strict reading refused, and the usage after a usage error. */
    private int fail(boolean asJson, int status, String type, String message, Map<String, Object> details,
                     boolean usage, List<IgnoredField> ignored) {
        if (asJson) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", type);
            error.put("message", message);
            error.put("exitStatus", status);
            error.putAll(details);
            err.println(write(Map.of("error", error), false));
            return status;
        }
        err.println("error: " + EscapingOutput.oneLine(message));
        ignored.forEach(field -> err.println("  " + EscapingOutput.oneLine(field.toString())));
        if (usage) {
            err.println(USAGE.lines().findFirst().orElseThrow().replaceFirst("\\s+\\(.*", "")
                    + "   (bringport-example --help lists every command and option)");
        }
        return status;
    }

    private void report(BringException e, boolean asJson) {
        if (asJson) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", e.getClass().getSimpleName());
            error.put("message", e.getMessage());
            error.put("exitStatus", ExitCode.of(e));
            error.put("codes", e.codes());
            if (e instanceof InvalidRequestException invalid) {
                error.put("violations", invalid.violations());
            }
            err.println(write(Map.of("error", error), false));
            return;
        }
        err.println("error: " + e.getClass().getSimpleName() + ": " + EscapingOutput.oneLine(e.failure().summary())
                + e.failure().retryAfter().map(wait -> ", Bring asked to wait " + wait.toSeconds() + " s (Retry-After)")
                        .orElse("")
                + (e.failure().requestSent() ? "" : " (nothing was sent)"));
        e.failure().errors().forEach(bringError -> err.println("  " + EscapingOutput.oneLine(bringError.toString())));
    }

    /** A value as JSON: results indented, what goes to standard error on one line each. */
    private String write(Object value, boolean indented) {
        try {
            if (json == null) {
                json = Json.mapper();
            }
            return indented ? json.writeValueAsString(value)
                    : json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
