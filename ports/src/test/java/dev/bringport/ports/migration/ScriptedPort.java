package dev.bringport.ports.migration;

import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A port for tests: a name, an answer (or failure) per operation, or items it hands to the call's
 * action, the operations it lacks, and a log of calls.
 */
final class ScriptedPort<P extends Transport> {

    private final String name;
    private final Map<Operation, Supplier<Object>> answers = new EnumMap<>(Operation.class);
    private final Map<Operation, List<?>> handOvers = new EnumMap<>(Operation.class);
    private final List<Operation> calls = new CopyOnWriteArrayList<>();
    private Set<Operation> unsupported = Set.of();
    private final P port;

    ScriptedPort(Class<P> type, String name) {
        this.name = name;
        this.port = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            BringOperation operation = method.getAnnotation(BringOperation.class);
            if (operation == null) {
                return method.getName().equals("transport") ? name : !unsupported.contains((Operation) args[0]);
            }
            calls.add(operation.value());
            if (handOvers.containsKey(operation.value())) {
                handOver(handOvers.get(operation.value()), args);
                return null;
            }
            Supplier<Object> answer = answers.get(operation.value());
            if (answer == null) {
                throw new IllegalStateException(name + " has no answer for " + operation.value());
            }
            return answer.get();
        }));
    }

    ScriptedPort<P> answers(Operation operation, Supplier<Object> answer) {
        answers.put(operation, answer);
        return this;
    }

    @SuppressWarnings("unchecked")
    private static void handOver(List<?> items, Object[] args) {
        Consumer<Object> action = (Consumer<Object>) Arrays.stream(args).filter(Consumer.class::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("no action among the arguments"));
        items.forEach(action);
    }

    ScriptedPort<P> handsOver(Operation operation, List<?> items) {
        handOvers.put(operation, items);
        return this;
    }

    ScriptedPort<P> answers(Operation operation, Object value) {
        return answers(operation, () -> value);
    }

    ScriptedPort<P> fails(Operation operation, Supplier<RuntimeException> failure) {
        return answers(operation, () -> {
            throw failure.get();
        });
    }

    ScriptedPort<P> lacks(Operation... operations) {
        unsupported = Set.of(operations);
        return this;
    }

    P port() {
        return port;
    }

    List<Operation> calls() {
        return List.copyOf(calls);
    }

    String name() {
        return name;
    }
}
