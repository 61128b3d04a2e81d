package dev.bringport.domain.order;

import java.util.Objects;

/**
 * The mode of transport of a transport leg, an EDIFACT 8067 code. Bring documents
 * 1 = Sea, 2 = Train, 3 = Road, 4 = Air; other EDIFACT codes pass through as they are.
 *
 * @param code the code
 */
public record ModeOfTransport(String code) {

    /** 1: sea. */
    public static final ModeOfTransport SEA = new ModeOfTransport("1");
    /** 2: train. */
    public static final ModeOfTransport TRAIN = new ModeOfTransport("2");
    /** 3: road. */
    public static final ModeOfTransport ROAD = new ModeOfTransport("3");
    /** 4: air. */
    public static final ModeOfTransport AIR = new ModeOfTransport("4");

    /**
     * Requires a code.
     *
     * @param code the code
     */
    public ModeOfTransport {
        Objects.requireNonNull(code, "ModeOfTransport");
        code = code.strip();
    }

    /**
     * Whether the code is one Bring documents (1 to 4).
     *
     * @return whether it is sea, train, road or air
     */
    public boolean isDocumented() {
        return code.matches("[1-4]");
    }

    @Override
    public String toString() {
        return code;
    }
}
