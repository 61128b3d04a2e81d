package dev.bringport.ports.migration;

import dev.bringport.ports.Capability;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.redis.RedisRateBudget;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a {@link TransportPlan} from settings named {@code transport}, {@code transport.<x>},
 * {@code fallback}, {@code fallback.<x>} and {@code shadow}, as system properties
 * ({@code bringport.*}) or environment variables ({@code BRINGPORT_*}) spell them.
 */
final class PlanSettings {

    /** Settings with the plan's prefix that are about something else, read where they belong. */
    private static final Set<String> NOT_THE_PLANS = Set.of(ClientRules.ENVIRONMENT_VARIABLE,
            RedisRateBudget.ENVIRONMENT_VARIABLE);

    private PlanSettings() {
    }

    /**
     * The plan the settings with a prefix describe; other settings are ignored.
     *
     * @param settings  every setting, e.g. the system properties or the environment
     * @param prefix    the prefix of the plan's settings, e.g. {@code bringport.}
     * @param spelling  turns a name after the prefix into the plan's spelling ({@code TRANSPORT_BOOKING} to
     *                  {@code transport.booking})
     * @param otherwise the default transport when {@code transport} is not set
     * @return the plan
     * @throws IllegalArgumentException for a setting with the prefix that means nothing
     */
    static TransportPlan read(Map<String, String> settings, String prefix, UnaryOperator<String> spelling, String otherwise) {
        Map<String, String> plan = new LinkedHashMap<>();
        settings.forEach((name, value) -> {
            if (name.startsWith(prefix) && !NOT_THE_PLANS.contains(name)) {
                plan.put(spelling.apply(name.substring(prefix.length())), value);
            }
        });
        TransportPlan.Builder builder = TransportPlan.builder(plan.getOrDefault("transport", otherwise));
        plan.forEach((name, value) -> {
            if (name.equals("transport")) {
                return;
            }
            if (name.equals("fallback")) {
                builder.fallback(value);
            } else if (name.startsWith("fallback.")) {
                builder.fallback(name.substring("fallback.".length()), value);
            } else if (name.equals("shadow")) {
                builder.shadow(value);
            } else if (name.startsWith("transport.")) {
                route(builder, name.substring("transport.".length()), value, prefix + name);
            } else {
                throw new IllegalArgumentException("unknown setting " + prefix + name
                        + ": use transport, transport.<port or operation>, fallback, fallback.<transport> or shadow");
            }
        });
        return builder.build();
    }

    private static void route(TransportPlan.Builder builder, String target, String transport, String setting) {
        Optional<Capability> capability = capabilityNamed(target);
        Optional<Operation> operation = operationNamed(target);
        if (capability.isPresent()) {
            builder.capability(capability.get(), transport);
        } else if (operation.isPresent()) {
            builder.operation(operation.get(), transport);
        } else {
            throw new IllegalArgumentException("unknown setting " + setting + ": '" + target + "' is neither a port ("
                    + String.join(", ", Arrays.stream(Capability.values()).map(Enum::name).toList()) + ") nor an operation");
        }
    }

    private static Optional<Capability> capabilityNamed(String name) {
        String key = name.replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(Capability.values())
                .filter(c -> c.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    private static Optional<Operation> operationNamed(String name) {
        String key = name.replace(".", "_").toUpperCase(Locale.ROOT);
        return Arrays.stream(Operation.values()).filter(o -> o.name().equals(key)).findFirst();
    }
}
