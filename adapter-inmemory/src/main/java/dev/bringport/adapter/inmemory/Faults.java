package dev.bringport.adapter.inmemory;

import dev.bringport.ports.Operation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/** The failures queued for coming calls, first in first out; each is used once. */
final class Faults {

    private record Queued(Optional<Operation> operation, Fault fault) {
    }

    private final Deque<Queued> queued = new ArrayDeque<>();

    synchronized void add(Optional<Operation> operation, Fault fault) {
        queued.add(new Queued(operation, fault));
    }

    synchronized Optional<Fault> take(Operation operation) {
        for (Iterator<Queued> it = queued.iterator(); it.hasNext(); ) {
            Queued q = it.next();
            if (q.operation().map(operation::equals).orElse(true)) {
                it.remove();
                return Optional.of(q.fault());
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        queued.clear();
    }
}
