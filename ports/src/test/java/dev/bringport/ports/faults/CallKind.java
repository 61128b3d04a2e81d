package dev.bringport.ports.faults;

import dev.bringport.ports.Operation;
import java.util.Arrays;

/** The columns of the fault matrix: a read, and each kind of write. */
public enum CallKind {

    /** Read an order. */
    READ("read (GET_ORDER)", Operation.GET_ORDER),
    /** Book a consignment. */
    BOOKING("booking (BOOK)", Operation.BOOK),
    /** Send an order. */
    ORDER("order (SEND_ORDER)", Operation.SEND_ORDER),
    /** Add a packing list to an order. */
    PACKING_LIST("packing list (ADD_PACKING_LIST)", Operation.ADD_PACKING_LIST),
    /** Send a tracking event. */
    EVENT("event (SEND_EVENT)", Operation.SEND_EVENT),
    /** Order a pickup. */
    PICKUP("pickup (ORDER_PICKUP)", Operation.ORDER_PICKUP),
    /** Create a transport order for an order. */
    TRANSPORT_ORDER("transport order (CREATE_TRANSPORT_ORDER)", Operation.CREATE_TRANSPORT_ORDER);

    private final String label;
    private final Operation operation;

    CallKind(String label, Operation operation) {
        this.label = label;
        this.operation = operation;
    }

    /** @return the column's label in docs/RELIABILITY.md */
    public String label() {
        return label;
    }

    /** @return the operation the column calls */
    public Operation operation() {
        return operation;
    }

    /**
     * The call kind of a column.
     *
     * @param label the column's label
     * @return the call kind
     * @throws IllegalArgumentException for a label that names none
     */
    public static CallKind of(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no call kind is labelled '" + label + "'"));
    }
}
