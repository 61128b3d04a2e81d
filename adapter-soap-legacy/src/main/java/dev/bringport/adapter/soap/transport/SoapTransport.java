package dev.bringport.adapter.soap.transport;

import dev.bringport.domain.Violation;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the SOAP ports share: the transport's name, which operations Bring's SOAP services carry,
 * and the typed answer for every other operation, which names its REST alternative.
 */
public final class SoapTransport {

    /** The transport's name. */
    public static final String NAME = "SOAP";

    /** What purchaseorder-v1.wsdl and booking-v1.wsdl carry. */
    public static final Set<Operation> SUPPORTED = Set.of(Operation.GET_ORDER, Operation.ADD_PACKING_LIST,
            Operation.CREATE_TRANSPORT_ORDER, Operation.BOOK, Operation.GET_CUSTOMERS, Operation.ORDER_PICKUP);

    private SoapTransport() {
    }

    /**
     * Returns whether Bring's SOAP services carry it.
     *
     * @param operation an operation
     * @return whether Bring's SOAP services carry it
     */
    public static boolean supports(Operation operation) {
        return SUPPORTED.contains(operation);
    }

    /**
     * The failure of an operation Bring's SOAP services do not carry; nothing is sent.
     *
     * @param operation the operation
     * @return the failure, naming the REST endpoint that carries it
     */
    public static NotSupportedByTransportException notSupported(Operation operation) {
        return new NotSupportedByTransportException(operation, NAME,
                "the REST adapter (bringport-adapter-rest): REST " + operation.endpoint());
    }

    /**
     * Rejects a request that breaks rules a client checks before sending.
     *
     * @param operation  the operation
     * @param violations every group of violations
     */
    @SafeVarargs
    public static void checkBeforeSending(Operation operation, List<Violation>... violations) {
        List<Violation> all = new ArrayList<>();
        for (List<Violation> group : violations) {
            all.addAll(group);
        }
        InvalidRequestException.throwIfAny(operation, all);
    }
}
