package dev.bringport.ports.migration;

import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Capability;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A port implemented by a combinator: every operation method goes to the combinator's handler,
 * {@code transport()} and {@code supports(...)} to the combinator's answers. One mechanism for all
 * four ports, because combinators decide per {@link Operation}, never per method.
 */
final class PortProxy {

    /** Handles a call of an operation. */
    @FunctionalInterface
    interface Handler {
        Object handle(Operation operation, Call call) throws Throwable;
    }

    /** One call of a port method, to be made on whichever implementation the combinator chooses. */
    record Call(Method method, Object[] arguments) {
        <P> Object on(P target) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /**
         * Whether the method hands its answer to an action argument instead of returning it: such
         * a call cannot be made a second time without handing everything over twice.
         */
        boolean handsOverToAction() {
            return Arrays.stream(method.getParameterTypes()).anyMatch(Consumer.class::isAssignableFrom);
        }
    }

    private static final Map<Class<?>, Capability> CAPABILITIES = Map.of(OrderManagement.class, Capability.ORDER_MANAGEMENT,
            Warehousing.class, Capability.WAREHOUSING, Booking.class, Capability.BOOKING, Pickups.class, Capability.PICKUPS);

    private PortProxy() {
    }

    static Capability capability(Class<?> port) {
        Capability capability = CAPABILITIES.get(port);
        if (capability == null) {
            throw new IllegalArgumentException("not a port: " + port.getName());
        }
        return capability;
    }

    static <P extends Transport> P create(Class<P> port, String transport, Predicate<Operation> supports, Handler handler) {
        capability(port);
        Objects.requireNonNull(transport, "transport");
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            BringOperation operation = method.getAnnotation(BringOperation.class);
            if (operation != null) {
                return handler.handle(operation.value(), new Call(method, args));
            }
            return switch (method.getName()) {
                case "transport" -> transport;
                case "supports" -> supports.test((Operation) args[0]);
                case "toString" -> port.getSimpleName() + "[" + transport + "]";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.toString());
            };
        }));
    }
}
