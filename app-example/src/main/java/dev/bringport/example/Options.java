package dev.bringport.example;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.Capability;
import dev.bringport.ports.migration.TransportPlan;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The global options, given before the command.
 *
 * @param transport   the transport ({@code --transport}); empty for the {@code BRINGPORT_*}
 *                    environment settings, or else the in-memory Bring
 * @param perApi      transports per API ({@code --om-transport}, {@code --wh-transport},
 *                    {@code --booking-transport}, the latter for bookings and pickups)
 * @param fallback    the transport to fall back to ({@code --fallback})
 * @param shadow      the transport every read is also sent to, to compare ({@code --shadow})
 * @param host        replaces {@code https://api.bring.com} in every base URL ({@code --host})
 * @param format      the wire format where Bring offers both ({@code --format}, default JSON)
 * @param json        print the result as one JSON document ({@code --json})
 * @param command     the command and its arguments
 */
record Options(Optional<TransportChoice> transport, Map<Capability, TransportChoice> perApi,
               Optional<TransportChoice> fallback, Optional<TransportChoice> shadow, Optional<URI> host,
               WireFormat format, boolean json, List<String> command) {

    static Options parse(String[] args) {
        Optional<TransportChoice> transport = Optional.empty();
        Map<Capability, TransportChoice> perApi = new EnumMap<>(Capability.class);
        Optional<TransportChoice> fallback = Optional.empty();
        Optional<TransportChoice> shadow = Optional.empty();
        Optional<URI> host = Optional.empty();
        WireFormat format = WireFormat.JSON;
        boolean json = false;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            String option = args[i];
            switch (option) {
                case "--transport" -> transport = Optional.of(TransportChoice.fromOption(value(args, i++)));
                case "--om-transport" -> perApi.put(Capability.ORDER_MANAGEMENT, TransportChoice.fromOption(value(args, i++)));
                case "--wh-transport" -> perApi.put(Capability.WAREHOUSING, TransportChoice.fromOption(value(args, i++)));
                case "--booking-transport" -> {
                    TransportChoice choice = TransportChoice.fromOption(value(args, i++));
                    perApi.put(Capability.BOOKING, choice);
                    perApi.put(Capability.PICKUPS, choice);
                }
                case "--fallback" -> fallback = Optional.of(TransportChoice.fromOption(value(args, i++)));
                case "--shadow" -> shadow = Optional.of(TransportChoice.fromOption(value(args, i++)));
                case "--host" -> host = Optional.of(host(value(args, i++)));
                case "--format" -> format = format(value(args, i++));
                case "--json" -> json = true;
                default -> throw new UsageException("unknown option " + option);
            }
            i++;
        }
        List<String> command = new ArrayList<>(List.of(args).subList(i, args.length));
        if (command.isEmpty()) {
            throw new UsageException("no command given");
        }
        return new Options(transport, Map.copyOf(perApi), fallback, shadow, host, format, json, command);
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

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static WireFormat format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "json" -> WireFormat.JSON;
            case "xml" -> WireFormat.XML;
            default -> throw new UsageException("unknown format '" + value + "': use json or xml");
        };
    }

    private static URI host(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--host needs a URL like https://api.bring.com, was '" + value + "'");
        }
    }
}
