package dev.bringport.ports.migration;

import dev.bringport.ports.Capability;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four ports a {@link TransportPlan} composes from the transports it is given: each operation
 * routed to the transport that goes first, with the fallback behind it and the shadow beside it
 * where the plan has them. Checks the plan against the transports first, and refuses it with
 * every problem at once.
 */
final class PlanComposition {

    private final TransportPlan plan;
    private final Map<String, BringPorts> available;
    private final FallbackListener fallbacks;
    private final Optional<Shadow> shadowing;

    PlanComposition(TransportPlan plan, Map<String, BringPorts> available, FallbackListener fallbacks,
                    Optional<Shadow> shadowing) {
        this.plan = plan;
        this.available = available;
        this.fallbacks = fallbacks;
        this.shadowing = shadowing;
    }

    /** @return the composed ports */
    BringPorts ports() {
        check();
        Map<Operation, String> primaries = primaries();
        return new BringPorts(compose(OrderManagement.class, Capability.ORDER_MANAGEMENT, primaries),
                compose(Warehousing.class, Capability.WAREHOUSING, primaries),
                compose(Booking.class, Capability.BOOKING, primaries),
                compose(Pickups.class, Capability.PICKUPS, primaries));
    }

    /** The transport each operation goes to first, once it is known which transport offers what. */
    private Map<Operation, String> primaries() {
        Map<Operation, String> primaries = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            String named = plan.transportOf(operation);
            boolean portWide = !plan.routesOnItsOwn(operation) && plan.routesPort(operation.capability());
            primaries.put(operation, portWide && !offers(named, operation) ? plan.defaultTransport() : named);
        }
        return primaries;
    }

    private boolean offers(String transport, Operation operation) {
        return available.get(transport).port(operation.capability()).supports(operation);
    }

    private void check() {
        List<String> problems = new ArrayList<>();
        plan.transports().stream().filter(name -> !available.containsKey(name))
                .forEach(name -> problems.add("transport '" + name + "' is named but not given (given: "
                        + new TreeSet<>(available.keySet()) + ")"));
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        plan.perOperation().forEach((operation, name) -> {
            if (!offers(name, operation) && plan.fallbackOf(name).map(f -> !offers(f, operation)).orElse(true)) {
                problems.add(operation + " is routed to '" + name + "', which does not offer it");
            }
        });
        Set<String> primaries = new LinkedHashSet<>(primaries().values());
        Map<String, String> fallbackOf = plan.fallbacksByPrimary();
        plan.fallback().filter(f -> primaries.equals(Set.of(f)) && fallbackOf.isEmpty())
                .ifPresent(f -> problems.add("fallback '" + f + "' is the transport of every operation: it can never help"));
        fallbackOf.forEach((from, to) -> {
            if (!primaries.contains(from)) {
                problems.add("fallback of '" + from + "' is set, but no operation goes to '" + from + "' first");
            }
            if (from.equals(to)) {
                problems.add("fallback of '" + from + "' is '" + to + "' itself");
            }
        });
        plan.shadow().filter(s -> primaries.equals(Set.of(s)))
                .ifPresent(s -> problems.add("shadow '" + s + "' is the transport of every operation: nothing to compare"));
        if (plan.shadow().isPresent() && shadowing.isEmpty()) {
            problems.add("shadow '" + plan.shadow().get() + "' is set but no Shadow was given to compare with");
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    private static IllegalArgumentException refused(List<String> problems) {
        return new IllegalArgumentException("the transport plan cannot be used: " + String.join("; ", problems));
    }

    private <P extends Transport> P compose(Class<P> port, Capability capability, Map<Operation, String> primaries) {
        Map<Operation, P> routes = new EnumMap<>(Operation.class);
        Map<String, P> chains = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            if (operation.capability() == capability) {
                routes.put(operation, chains.computeIfAbsent(primaries.get(operation), name -> chain(port, capability, name)));
            }
        }
        return Routing.route(port, routes.values().iterator().next(), routes);
    }

    /** A transport's port, with the fallback behind it and the shadow beside it, where the plan has them. */
    private <P extends Transport> P chain(Class<P> port, Capability capability, String primary) {
        P chain = port.cast(available.get(primary).port(capability));
        Optional<String> secondary = plan.fallbackOf(primary);
        if (secondary.isPresent()) {
            chain = Fallback.of(port, chain, port.cast(available.get(secondary.get()).port(capability)), fallbacks);
        }
        Optional<String> shadow = plan.shadow();
        if (shadow.isPresent() && !shadow.get().equals(primary)) {
            chain = shadowing.orElseThrow().of(port, chain, port.cast(available.get(shadow.get()).port(capability)));
        }
        return chain;
    }
}
