package dev.bringport.ports;

/**
 * What every port implementation tells about itself: which transport carries it and which
 * operations it offers. An operation it does not offer throws
 * {@link NotSupportedByTransportException} without sending anything.
 */
public interface Transport {

    /**
     * The name of the transport, e.g. {@code in-memory}, {@code REST}, {@code SOAP}.
     *
     * @return the name
     */
    String transport();

    /**
     * Whether this implementation offers an operation.
     *
     * @param operation an operation of this port's capability
     * @return true unless the transport cannot carry it
     */
    default boolean supports(Operation operation) {
        return true;
    }
}
