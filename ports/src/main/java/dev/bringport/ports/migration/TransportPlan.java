package dev.bringport.ports.migration;

import dev.bringport.ports.Capability;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which transport carries which operation: a default transport, overrides per port
 * (capability) and per operation, fallback transports and a shadow candidate. Read from code,
 * system properties or environment variables; {@link #compose} builds the four ports from the
 * transports it names and fails at once, with a clear message, when the plan is wrong or
 * contradicts itself, not at the first call.
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>system property</th><th>environment variable</th><th>meaning</th></tr>
 * <tr><td>{@code bringport.transport}</td><td>{@code BRINGPORT_TRANSPORT}</td><td>the default transport</td></tr>
 * <tr><td>{@code bringport.transport.<capability>}</td><td>{@code BRINGPORT_TRANSPORT_<CAPABILITY>}</td>
 *     <td>the transport of a port: {@code orderManagement}, {@code warehousing}, {@code booking}, {@code pickups};
 *     the operations it does not offer stay on the default transport</td></tr>
 * <tr><td>{@code bringport.transport.<OPERATION>}</td><td>{@code BRINGPORT_TRANSPORT_<OPERATION>}</td>
 *     <td>the transport of one operation, e.g. {@code ADD_PACKING_LIST}</td></tr>
 * <tr><td>{@code bringport.fallback}</td><td>{@code BRINGPORT_FALLBACK}</td>
 *     <td>the transport calls fall back to when their transport provably did not act</td></tr>
 * <tr><td>{@code bringport.fallback.<transport>}</td><td>{@code BRINGPORT_FALLBACK_<TRANSPORT>}</td>
 *     <td>the fallback of the calls that go to one transport first, e.g. {@code BRINGPORT_FALLBACK_SOAP=rest}
 *     and {@code BRINGPORT_FALLBACK_REST=soap}: each protocol covers for the other during a migration</td></tr>
 * <tr><td>{@code bringport.shadow}</td><td>{@code BRINGPORT_SHADOW}</td>
 *     <td>the transport every read is also sent to, to compare answers</td></tr>
 * </table>
 */
public final class TransportPlan {

    /** The prefix of the system properties. */
    public static final String PROPERTY_PREFIX = "bringport.";
    /** The prefix of the environment variables. */
    public static final String VARIABLE_PREFIX = "BRINGPORT_";

    private final String defaultTransport;
    private final Map<Capability, String> perCapability;
    private final Map<Operation, String> perOperation;
    private final Optional<String> fallback;
    private final Map<String, String> fallbackOf;
    private final Optional<String> shadow;

    private TransportPlan(Builder b) {
        this.defaultTransport = b.defaultTransport;
        this.perCapability = Map.copyOf(b.perCapability);
        this.perOperation = Map.copyOf(b.perOperation);
        this.fallback = b.fallback;
        this.fallbackOf = Map.copyOf(b.fallbackOf);
        this.shadow = b.shadow;
    }

    /**
     * Starts a plan.
     *
     * @param defaultTransport the transport of every operation not routed elsewhere
     * @return a builder
     */
    public static Builder builder(String defaultTransport) {
        return new Builder(defaultTransport);
    }

    /**
     * A plan from system properties ({@code bringport.*}); other properties are ignored.
     *
     * @param properties e.g. {@code System.getProperties()} as a map
     * @param otherwise  the default transport when {@code bringport.transport} is not set
     * @return the plan
     * @throws IllegalArgumentException for a {@code bringport.*} setting that means nothing
     */
    public static TransportPlan fromProperties(Map<String, String> properties, String otherwise) {
        return PlanSettings.read(properties, PROPERTY_PREFIX, name -> name, otherwise);
    }

    /**
     * A plan from environment variables ({@code BRINGPORT_*}); other variables,
     * {@link ClientRules#ENVIRONMENT_VARIABLE} and {@code BRINGPORT_RATE_BUDGET} (read by
     * {@code dev.bringport.ports.redis.RedisRateBudget}), are ignored.
     *
     * @param environment e.g. {@code System.getenv()}
     * @param otherwise   the default transport when {@code BRINGPORT_TRANSPORT} is not set
     * @return the plan
     * @throws IllegalArgumentException for a {@code BRINGPORT_*} setting that means nothing
     */
    public static TransportPlan fromEnvironment(Map<String, String> environment, String otherwise) {
        return PlanSettings.read(environment, VARIABLE_PREFIX, name -> name.toLowerCase(Locale.ROOT).replace('_', '.'),
                otherwise);
    }

    /**
     * The transport the plan names for an operation: its own route, else its port's, else the
     * default. {@link #compose} sends the operation there, except that a port's route covers only
     * the operations its transport offers (Bring's SOAP services carry a few of each port's): the
     * others stay on the default transport.
     *
     * @param operation the operation
     * @return the transport's name
     */
    public String transportOf(Operation operation) {
        return perOperation.getOrDefault(operation, perCapability.getOrDefault(operation.capability(), defaultTransport));
    }

    /** {@return the fallback transport of every call, if any} */
    public Optional<String> fallback() {
        return fallback;
    }

    /**
     * The transport calls fall back to when they went to a transport first and it provably did
     * not act.
     *
     * @param primary the transport a call went to first
     * @return its fallback ({@code fallback.<primary>}, else {@code fallback}), never itself
     */
    public Optional<String> fallbackOf(String primary) {
        return Optional.ofNullable(fallbackOf.get(primary)).or(() -> fallback).filter(f -> !f.equals(primary));
    }

    /** {@return the shadow candidate transport, if any} */
    public Optional<String> shadow() {
        return shadow;
    }

    /**
     * Every transport the plan names: the ones an application must build. The default transport
     * is always among them.
     *
     * @return the names
     */
    public Set<String> transports() {
        Set<String> names = new TreeSet<>();
        names.add(defaultTransport);
        Arrays.stream(Operation.values()).map(this::transportOf).forEach(names::add);
        fallback.ifPresent(names::add);
        names.addAll(fallbackOf.values());
        shadow.ifPresent(names::add);
        return names;
    }

    /**
     * Builds the four ports from the plan. Checks first, and refuses with every problem at once:
     * a transport that is not given, an operation routed on its own to a transport that does not
     * offer it (unless the fallback does), a fallback or shadow that is the only transport used.
     *
     * @param available every transport by name
     * @param fallbacks told of every fallback
     * @param shadowing compares the candidate's reads (needed when the plan has a shadow)
     * @return the composed ports
     * @throws IllegalArgumentException listing what is wrong with the plan
     */
    public BringPorts compose(Map<String, BringPorts> available, FallbackListener fallbacks, Optional<Shadow> shadowing) {
        return new PlanComposition(this, available, fallbacks, shadowing).ports();
    }

    /** @return the transport of every operation not routed elsewhere */
    String defaultTransport() {
        return defaultTransport;
    }

    /**
     * @param operation an operation
     * @return whether it is routed on its own, not only with its port
     */
    boolean routesOnItsOwn(Operation operation) {
        return perOperation.containsKey(operation);
    }

    /**
     * @param capability a port
     * @return whether the whole port is routed to a transport
     */
    boolean routesPort(Capability capability) {
        return perCapability.containsKey(capability);
    }

    /** @return the operations routed on their own, and their transports */
    Map<Operation, String> perOperation() {
        return perOperation;
    }

    /** @return the fallbacks of calls that went to a transport first, by that transport */
    Map<String, String> fallbacksByPrimary() {
        return fallbackOf;
    }

    @Override
    public String toString() {
        return "TransportPlan[default=" + defaultTransport + ", ports=" + perCapability + ", operations=" + perOperation
                + fallback.map(f -> ", fallback=" + f).orElse("")
                + (fallbackOf.isEmpty() ? "" : ", fallbacks=" + fallbackOf)
                + shadow.map(s -> ", shadow=" + s).orElse("") + "]";
    }

    /** Builds a {@link TransportPlan}. */
    public static final class Builder {
        private final String defaultTransport;
        private final Map<Capability, String> perCapability = new EnumMap<>(Capability.class);
        private final Map<Operation, String> perOperation = new EnumMap<>(Operation.class);
        private Optional<String> fallback = Optional.empty();
        private final Map<String, String> fallbackOf = new LinkedHashMap<>();
        private Optional<String> shadow = Optional.empty();

        private Builder(String defaultTransport) {
            this.defaultTransport = name(defaultTransport, "transport");
        }

        /**
         * Sends every operation of a port to a transport.
         *
         * @param capability the port
         * @param transport  the transport's name
         * @return this
         */
        public Builder capability(Capability capability, String transport) {
            perCapability.put(Objects.requireNonNull(capability, "capability"), name(transport, capability.name()));
            return this;
        }

        /**
         * Sends one operation to a transport.
         *
         * @param operation the operation
         * @param transport the transport's name
         * @return this
         */
        public Builder operation(Operation operation, String transport) {
            perOperation.put(Objects.requireNonNull(operation, "operation"), name(transport, operation.name()));
            return this;
        }

        /**
         * Falls back to a transport when an operation's transport provably did not act.
         *
         * @param transport the transport's name
         * @return this
         */
        public Builder fallback(String transport) {
            fallback = Optional.of(name(transport, "fallback"));
            return this;
        }

        /**
         * Falls back to a transport when a call that went to another one first provably did not
         * act there; takes precedence over {@link #fallback(String)} for that transport.
         *
         * @param primary   the transport calls go to first
         * @param secondary the transport they fall back to
         * @return this
         */
        public Builder fallback(String primary, String secondary) {
            fallbackOf.put(name(primary, "fallback"), name(secondary, "fallback." + primary));
            return this;
        }

        /**
         * Sends every read to a candidate transport too and compares the answers.
         *
         * @param transport the candidate's name
         * @return this
         */
        public Builder shadow(String transport) {
            shadow = Optional.of(name(transport, "shadow"));
            return this;
        }

        /** {@return the plan} */
        public TransportPlan build() {
            return new TransportPlan(this);
        }

        private static String name(String transport, String setting) {
            if (transport == null || transport.isBlank()) {
                throw new IllegalArgumentException(setting + ": the transport's name must not be blank");
            }
            return transport.strip().toLowerCase(Locale.ROOT);
        }
    }
}
