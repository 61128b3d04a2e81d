package dev.bringport.example;

import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Ports whose answers take as long as Bring's may ({@code serve --latency BOOK=2s}): each call of
 * a delayed operation is carried out, then answered (or failed) after its latency. The delay holds
 * the calling thread only, so the sandbox gives every request a thread of its own.
 */
final class DelayedPorts {

    private DelayedPorts() {
    }

    /**
     * Ports with latencies.
     *
     * @param ports     the ports that answer
     * @param latencies how long each operation's answer takes; operations not named answer at once
     * @return the ports itself when nothing is delayed, else ports that wait before answering
     */
    static BringPorts of(BringPorts ports, Map<Operation, Duration> latencies) {
        if (latencies.isEmpty()) {
            return ports;
        }
        Map<Operation, Duration> copy = new EnumMap<>(latencies);
        return new BringPorts(delayed(OrderManagement.class, ports.orderManagement(), copy),
                delayed(Warehousing.class, ports.warehousing(), copy), delayed(Booking.class, ports.booking(), copy),
                delayed(Pickups.class, ports.pickups(), copy));
    }

    private static <P> P delayed(Class<P> port, P target, Map<Operation, Duration> latencies) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            BringOperation operation = method.getAnnotation(BringOperation.class);
            Duration latency = operation == null ? null : latencies.get(operation.value());
            if (latency == null) {
                return invoke(method, target, args);
            }
            try {
                return invoke(method, target, args);
            } finally {
                pause(latency);
            }
        }));
    }

    /** Waits; a stopping sandbox (an interrupt) answers at once. */
    private static void pause(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
