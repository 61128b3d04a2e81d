package dev.bringport.example;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.Capability;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.migration.TransportPlan;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line, options anywhere: before the command, between its words or after them.
 * {@code --name value} or {@code --name=value}; {@code --} ends the options; {@code -h},
 * {@code --help} or the command {@code help} asks for the usage.
 *
 * @param transport   the transport ({@code --transport}); empty for the {@code BRINGPORT_*}
 *                    environment settings, or else the in-memory Bring
 * @param perApi      transports per API ({@code --om-transport}, {@code --wh-transport},
 *                    {@code --booking-transport}, the latter for bookings and pickups)
 * @param fallback    the transport to fall back to ({@code --fallback})
 * @param shadow      the transport every read is also sent to, to compare ({@code --shadow})
 * @param host        replaces {@code https://api.bring.com} in every base URL ({@code --host})
 * @param format      the wire format where Bring offers both ({@code --format}, default JSON)
 * @param json        print the result, and any error, as JSON ({@code --json})
 * @param strict      refuse a request file with a field that would not be sent ({@code --strict})
 * @param noClientRules send without checking Bring's rules first ({@code --no-client-rules})
 * @param help        print the usage ({@code -h}, {@code --help}, {@code help})
 * @param command     the command's words, then its own options in the order of {@link Option}
 */
record Options(Optional<TransportChoice> transport, Map<Capability, TransportChoice> perApi,
               Optional<TransportChoice> fallback, Optional<TransportChoice> shadow, Optional<URI> host,
               WireFormat format, boolean json, boolean strict, boolean noClientRules, boolean help,
               List<String> command) {

    /** Every option: its name, whether it takes a value, and the command it belongs to (none: global). */
    enum Option {
        TRANSPORT("--transport", true, null),
        OM_TRANSPORT("--om-transport", true, null),
        WH_TRANSPORT("--wh-transport", true, null),
        BOOKING_TRANSPORT("--booking-transport", true, null),
        FALLBACK("--fallback", true, null),
        SHADOW("--shadow", true, null),
        HOST("--host", true, null),
        FORMAT("--format", true, null),
        JSON("--json", false, null),
        STRICT("--strict", false, null),
        NO_CLIENT_RULES("--no-client-rules", false, null),
        HELP("--help", false, null),
        ARTICLE("--article", true, "wh stock"),
        SEARCH("--search", true, "wh stock"),
        OUT("--out", true, "booking label"),
        THREADS("--threads", true, "load"),
        SECONDS("--seconds", true, "load"),
        PORT("--port", true, "serve"),
        API_KEY("--api-key", true, "serve"),
        LATENCY("--latency", true, "serve", true),
        NO_DEMO_DATA("--no-demo-data", false, "serve"),
        RATE_LIMIT("--rate-limit", true, "serve");

        final String name;
        final boolean takesValue;
        final String command;
        /** Whether it may be given more than once, each value kept. */
        final boolean repeatable;

        Option(String name, boolean takesValue, String command) {
            this(name, takesValue, command, false);
        }

        Option(String name, boolean takesValue, String command, boolean repeatable) {
            this.name = name;
            this.takesValue = takesValue;
            this.command = command;
            this.repeatable = repeatable;
        }

        static Optional<Option> named(String name) {
            return Arrays.stream(values()).filter(o -> o.name.equals(name)).findFirst();
        }
    }

    /** Whether the arguments ask for the usage, wherever and however wrong the rest is. */
    private static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-h") || arg.equals(Option.HELP.name)) {
                return true;
            }
        }
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).limit(1).toList();
        return words.equals(List.of("help"));
    }

    /** Whether the arguments ask for JSON, even if they are wrong otherwise: errors are then JSON too. */
    static boolean asksForJson(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(Option.JSON.name)) {
                return true;
            }
        }
        return false;
    }

    static Options parse(String[] args) {
        if (asksForHelp(args)) {
            return new Options(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    WireFormat.JSON, false, false, false, true, List.of());
        }
        Map<Option, List<String>> given = new EnumMap<>(Option.class);
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                words.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Option option = Option.named(name).orElseThrow(() -> unknown(name));
                String value = null;
                if (option.takesValue) {
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    }
                    if (value == null || value.isEmpty()) {
                        throw new UsageException(name + " needs a value");
                    }
                } else if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                if (option.takesValue && given.containsKey(option) && !option.repeatable) {
                    throw new UsageException(name + " is given twice");
                }
                given.computeIfAbsent(option, o -> new ArrayList<>()).add(option.takesValue ? value : "");
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("no command given");
        }
        return new Options(given, words);
    }

    private Options(Map<Option, List<String>> given, List<String> words) {
        this(one(given, Option.TRANSPORT).map(TransportChoice::fromOption), perApi(given),
                one(given, Option.FALLBACK).map(TransportChoice::fromOption),
                one(given, Option.SHADOW).map(TransportChoice::fromOption),
                one(given, Option.HOST).map(Options::host),
                one(given, Option.FORMAT).map(Options::format).orElse(WireFormat.JSON),
                given.containsKey(Option.JSON), given.containsKey(Option.STRICT), given.containsKey(Option.NO_CLIENT_RULES),
                false, command(given, words));
    }

    /** The value of an option given at most once. */
    private static Optional<String> one(Map<Option, List<String>> given, Option option) {
        return Optional.ofNullable(given.get(option)).map(values -> values.get(0));
    }

    private static Map<Capability, TransportChoice> perApi(Map<Option, List<String>> given) {
        Map<Capability, TransportChoice> perApi = new EnumMap<>(Capability.class);
        one(given, Option.OM_TRANSPORT).map(TransportChoice::fromOption)
                .ifPresent(t -> perApi.put(Capability.ORDER_MANAGEMENT, t));
        one(given, Option.WH_TRANSPORT).map(TransportChoice::fromOption)
                .ifPresent(t -> perApi.put(Capability.WAREHOUSING, t));
        one(given, Option.BOOKING_TRANSPORT).map(TransportChoice::fromOption).ifPresent(t -> {
            perApi.put(Capability.BOOKING, t);
            perApi.put(Capability.PICKUPS, t);
        });
        return Map.copyOf(perApi);
    }

    /** The command's words, then its own options; an option of another command is refused. */
    private static List<String> command(Map<Option, List<String>> given, List<String> words) {
        List<String> command = new ArrayList<>(words);
        String all = String.join(" ", words) + " ";
        String called = List.of("compare", "load").contains(words.get(0))
                ? String.join(" ", words.subList(1, words.size())) + " " : all;
        for (Map.Entry<Option, List<String>> option : given.entrySet()) {
            String owner = option.getKey().command;
            if (owner == null) {
                continue;
            }
            if (!called.startsWith(owner + " ") && !all.startsWith(owner + " ")) {
                throw new UsageException(option.getKey().name + " is an option of '" + owner + "' only");
            }
            for (String value : option.getValue()) {
                command.add(option.getKey().name);
                command.add(value);
            }
        }
        return List.copyOf(command);
    }

    /**
     * These options with other command words.
     *
     * @param words the command's words and its own options
     * @return the options
     */
    Options withCommand(List<String> words) {
        return new Options(transport, perApi, fallback, shadow, host, format, json, strict, noClientRules, help,
                List.copyOf(words));
    }

    /**
     * Whether Bring's rules are checked before sending: off with {@code --no-client-rules}, else as
     * {@code BRINGPORT_CLIENT_RULES} says.
     */
    ClientRules clientRules(Map<String, String> environment) {
        if (noClientRules) {
            return ClientRules.OFF;
        }
        try {
            return ClientRules.fromEnvironment(environment);
        } catch (IllegalArgumentException wrongSetting) {
            throw new UsageException(wrongSetting.getMessage());
        }
    }

    /**
     * Which transport carries which operation: from the options when any transport option is
     * given, else from the {@code BRINGPORT_*} environment variables, else the in-memory Bring.
     */
    TransportPlan plan(Map<String, String> environment) {
        if (transport.isEmpty() && perApi.isEmpty() && fallback.isEmpty() && shadow.isEmpty()) {
            return TransportPlan.fromEnvironment(environment, TransportChoice.INMEMORY.option());
        }
        TransportPlan.Builder plan = TransportPlan.builder(transport.orElse(TransportChoice.INMEMORY).option());
        perApi.forEach((api, choice) -> plan.capability(api, choice.option()));
        fallback.ifPresent(choice -> plan.fallback(choice.option()));
        shadow.ifPresent(choice -> plan.shadow(choice.option()));
        return plan.build();
    }

    /** An unknown option, with the known one nearest in spelling when there is one close enough. */
    private static UsageException unknown(String name) {
        return new UsageException("unknown option " + name + Nearest.among(name,
                Arrays.stream(Option.values()).map(o -> o.name).toList()).map(o -> "; did you mean " + o + "?").orElse(""));
    }

    private static WireFormat format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "json" -> WireFormat.JSON;
            case "xml" -> WireFormat.XML;
            default -> throw new UsageException("unknown format '" + value + "': use json or xml");
        };
    }

    /** Only the syntax of a URL: what a host may be is the transports' to say ({@link TransportFactory}). */
    private static URI host(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new UsageException("--host needs a URL like https://api.bring.com, was '" + value + "' ("
                    + e.getReason() + ")");
        }
    }
}
