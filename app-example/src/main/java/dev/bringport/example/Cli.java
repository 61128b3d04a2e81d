package dev.bringport.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import dev.bringport.ports.BringException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.TransportPlan;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command-line tool: global options, then a command. Results go to standard output (as
 * text, or as one JSON document with {@code --json}); errors go to standard error. Exit status:
 * 0 success, 1 {@code compare} found differences, 2 usage error or input rejected before sending
 * (a request file that is no such document, a rule of Bring broken), 3 Bring answered with an
 * error, 4 transport failure.
 */
final class Cli {

    static final String USAGE = """
            usage: bringport-example [global options] <command>

            global options:
              --transport T           inmemory (default: the in-memory Bring with the demo data), rest or soap;
                                      rest and soap read BRING_API_UID, BRING_API_KEY and BRING_CLIENT_URL
              --om-transport T        the transport of Order Management (overrides --transport)
              --wh-transport T        the transport of Warehousing
              --booking-transport T   the transport of Booking and pickups
              --fallback T            the transport a call falls back to when its own provably did not act
              --shadow T              also sends every read to T and notes how its answer differs
              --host URL              replaces https://api.bring.com in every base URL
              --format json|xml       the wire format where Bring offers both (default json)
              --json                  print the result as one JSON document
              --no-client-rules       send without checking Bring's rules first: Bring's answer decides
                                      (also BRINGPORT_CLIENT_RULES=off)
            without transport options, the BRINGPORT_* environment variables choose (docs/migrating-from-soap.md)

            commands:
              demo          Bring's usage pattern end to end: order, book, pack, track, stock, pickup
            """ + Stream.of(OrderManagementCommands.USAGE, WarehousingCommands.USAGE, BookingCommands.USAGE,
                    PickupCommands.USAGE, CompareCommand.USAGE, List.of("help"))
            .flatMap(List::stream).map(line -> "  " + line + "\n").collect(Collectors.joining()) + """

            request files are Bring's documented request bodies, JSON or XML (told apart by their first character).
            booking label finds a consignment's label link among the bookings made with this tool, kept in
            $XDG_STATE_HOME/bringport (default ~/.local/state/bringport); a label link can be given instead.

            exit status: 0 done, 1 compare found differences, 2 usage error or input refused before sending,
            3 Bring answered with an error, 4 transport failure (timeout, unavailable, outcome unknown)
            """;

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
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    int run(String[] args) {
        boolean asJson = List.of(args).contains("--json");
        try {
            Options options = Options.parse(args);
            if (options.command().equals(List.of("help"))) {
                out.print(USAGE);
                return ExitCode.OK;
            }
            if (options.command().get(0).equals("compare")) {
                TransportFactory factory = new TransportFactory(environment, options.host(), options.format(), clock,
                        options.clientRules(environment));
                CompareCommand.Comparison comparison = new CompareCommand(factory::build)
                        .run(options.command().subList(1, options.command().size()));
                print(comparison.result(), options.json());
                return comparison.agrees() ? ExitCode.OK : ExitCode.DIFFERENT;
            }
            TransportPlan plan = plan(options);
            try (ShadowNotes shadow = new ShadowNotes(err)) {
                BringPorts ports = ports(options, plan, shadow);
                print(execute(options, ports), options.json());
                return ExitCode.OK;
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return ExitCode.USAGE;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (BringException e) {
            report(e, asJson);
            return ExitCode.of(e);
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
    private BringPorts ports(Options options, TransportPlan plan, ShadowNotes shadow) {
        TransportFactory factory = new TransportFactory(environment, options.host(), options.format(), clock,
                options.clientRules(environment));
        FallbackListener noteOnStandardError = event -> err.println("note: " + event);
        BringportModule module;
        try {
            module = new BringportModule(plan, factory::build, noteOnStandardError,
                    plan.shadow().map(candidate -> shadow.shadow()));
        } catch (IllegalArgumentException wrongPlan) {
            throw new UsageException(wrongPlan.getMessage());
        }
        return Guice.createInjector(module).getInstance(BringPorts.class);
    }

    private Result execute(Options options, BringPorts ports) {
        List<String> command = options.command();
        List<String> rest = command.subList(1, command.size());
        return switch (command.get(0)) {
            case "demo" -> demo(options, ports);
            case "om" -> new OrderManagementCommands(ports.orderManagement(), err, options.clientRules(environment))
                    .run(rest);
            case "wh" -> new WarehousingCommands(ports.warehousing()).run(rest);
            case "booking" -> new BookingCommands(ports.booking(), LabelJournal.in(environment)).run(rest);
            case "pickup" -> new PickupCommands(ports.pickups()).run(rest);
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
            out.println(write(result.value()));
        } else if (!result.text().isEmpty()) {
            out.println(result.text());
        }
    }

    private void report(BringException e, boolean asJson) {
        if (asJson) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", e.getClass().getSimpleName());
            error.put("message", e.getMessage());
            error.put("codes", e.codes());
            if (e instanceof InvalidRequestException invalid) {
                error.put("violations", invalid.violations());
            }
            err.println(write(Map.of("error", error)));
            return;
        }
        err.println("error: " + e.getClass().getSimpleName() + ": " + e.failure().summary()
                + (e.failure().requestSent() ? "" : " (nothing was sent)"));
        e.failure().errors().forEach(bringError -> err.println("  " + bringError));
    }

    private String write(Object value) {
        try {
            if (json == null) {
                json = Json.mapper();
            }
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
