package dev.bringport.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transport leg of an order: type, mode of transport and locations.
 *
 * @param legType         {@code TransportLegType}; Bring's default is {@code 30}
 * @param modeOfTransport the mode of transport (required on a new order)
 * @param locations       the locations, e.g. start and end
 */
public record TransportLeg(String legType, Optional<ModeOfTransport> modeOfTransport, List<Location> locations) {

    /** Bring's default transport leg type. */
    public static final String DEFAULT_LEG_TYPE = "30";

    /**
     * Requires a (possibly blank) leg type and copies the locations.
     *
     * @param legType         {@code TransportLegType}; Bring's default is {@code 30}
     * @param modeOfTransport the mode of transport (required on a new order)
     * @param locations       the locations, e.g. start and end
     */
    public TransportLeg {
        Objects.requireNonNull(legType, "TransportLegType");
        Objects.requireNonNull(modeOfTransport, "modeOfTransport");
        locations = List.copyOf(locations);
    }

    /**
     * A leg of Bring's default type by a mode of transport.
     *
     * @param mode      the mode of transport
     * @param locations the locations
     * @return the leg
     */
    public static TransportLeg of(ModeOfTransport mode, List<Location> locations) {
        return new TransportLeg(DEFAULT_LEG_TYPE, Optional.of(mode), locations);
    }
}
