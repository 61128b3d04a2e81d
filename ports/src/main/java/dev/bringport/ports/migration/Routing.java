package dev.bringport.ports.migration;

import dev.bringport.ports.Capability;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A port whose operations go to different transports: e.g. Order Management reads over REST
 * while packing lists still go over SOAP. Each call goes to exactly one transport, and fails as
 * that transport fails.
 */
public final class Routing {

    private Routing() {
    }

    /**
     * Routes a port's operations.
     *
     * @param port        the port interface, e.g. {@code OrderManagement.class}
     * @param defaultPort where operations without a route go
     * @param routes      where each routed operation goes; operations of the port's capability only
     * @param <P>         the port
     * @return the routed port
     * @throws IllegalArgumentException for a route of another capability's operation
     */
    public static <P extends Transport> P route(Class<P> port, P defaultPort, Map<Operation, P> routes) {
        Objects.requireNonNull(defaultPort, "defaultPort");
        Capability capability = PortProxy.capability(port);
        Map<Operation, P> table = new EnumMap<>(Operation.class);
        routes.forEach((operation, target) -> {
            if (operation.capability() != capability) {
                throw new IllegalArgumentException(operation + " is not an operation of " + port.getSimpleName());
            }
            table.put(operation, Objects.requireNonNull(target, operation.name()));
        });
        Set<String> transports = new LinkedHashSet<>();
        transports.add(defaultPort.transport());
        table.values().forEach(target -> transports.add(target.transport()));
        String name = transports.size() == 1 ? defaultPort.transport()
                : "routed(" + transports.stream().collect(Collectors.joining(", ")) + ")";
        return PortProxy.create(port, name, operation -> table.getOrDefault(operation, defaultPort).supports(operation),
                (operation, call) -> call.on(table.getOrDefault(operation, defaultPort)));
    }
}
