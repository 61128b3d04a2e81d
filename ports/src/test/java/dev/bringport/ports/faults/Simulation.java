package dev.bringport.ports.faults;

import java.net.URI;

/**
 * A simulated Bring on 127.0.0.1 for the fault matrix, with state: the adapter's own simulator
 * in front of an in-memory Bring.
 */
public interface Simulation extends AutoCloseable {

    /** @return where it listens, {@code http://127.0.0.1:<port>} */
    URI host();

    /**
     * Empties Bring and gives it the contract suite's Order Management customer, the order
     * {@link dev.bringport.ports.contract.ContractExamples#ORDER_ID} and the booking customers.
     */
    void reset();

    /**
     * The writes of a kind Bring carried out since it was last reset.
     *
     * @param kind a write
     * @return how many
     */
    int writesCarriedOut(CallKind kind);

    @Override
    void close();
}
