package dev.bringport.domain.order;

import java.util.Objects;

/**
 * An order for transport of (part of) an order: {@code CreateTransportOrder} of Bring's SOAP
 * interface. It carries the same content as a packing list: consignment, package and the
 * quantities of the order's lines.
 *
 * @param content the consignment and what it carries
 */
public record TransportOrder(PackingList content) {

    /**
     * Requires the content.
     *
     * @param content the consignment and what it carries
     */
    public TransportOrder {
        Objects.requireNonNull(content, "content");
    }
}
