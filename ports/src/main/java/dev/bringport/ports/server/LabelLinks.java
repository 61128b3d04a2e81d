package dev.bringport.ports.server;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.ConsignmentLinks;
import java.net.URI;
import java.util.Objects;

/**
 * Where a simulated Bring serves the labels behind its confirmations' label links: Bring's links
 * ({@code https://api.bring.com/labels/id/...pdf}) point at the simulated Bring's own host, same
 * path, over every wire; a label asked for there is the one behind Bring's link of that path.
 */
public final class LabelLinks {

    /** Bring's API host, where the ports' label links point. */
    public static final URI BRING = URI.create("https://api.bring.com");
    /** The path under which Bring serves labels. */
    public static final String PATH = "/labels/id/";

    private LabelLinks() {
    }

    /**
     * A confirmation with its label links on the simulated Bring's host.
     *
     * @param confirmation the ports' confirmation
     * @param host         the simulated Bring's scheme, host and port, e.g. {@code http://127.0.0.1:8080}
     * @return the confirmation as the simulated Bring answers it
     */
    public static BookingConfirmation onHost(BookingConfirmation confirmation, URI host) {
        Objects.requireNonNull(host, "host");
        BookingConfirmation c = confirmation;
        return new BookingConfirmation(c.correlationId(), c.consignmentNumber(), onHost(c.links(), host),
                c.earliestPickup(), c.expectedDelivery(), c.packages(), c.upsShipmentNumber(), c.upsTrackingNumber(),
                c.returnConsignmentNumber(), c.returnLinks().map(links -> onHost(links, host)));
    }

    /**
     * Bring's label link of a path the simulated Bring was asked for.
     *
     * @param rawPath the raw path of the request, under {@link #PATH}
     * @return the link the ports know the label by
     */
    public static URI atBring(String rawPath) {
        return BRING.resolve(rawPath);
    }

    private static ConsignmentLinks onHost(ConsignmentLinks links, URI host) {
        return new ConsignmentLinks(links.labels().map(link -> link.getHost() != null && link.getHost().equals(BRING.getHost())
                && link.getRawPath() != null && link.getRawPath().startsWith(PATH) ? host.resolve(link.getRawPath()) : link),
                links.labelArchiveUrl(), links.waybill(), links.tracking());
    }
}
