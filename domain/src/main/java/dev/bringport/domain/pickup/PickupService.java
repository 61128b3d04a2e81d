package dev.bringport.domain.pickup;

/** The pickup service to book ({@code service}). */
public enum PickupService {
    /** Parcel pickup (Norway and the Nordics). */
    PARCEL,
    /** Cargo pickup: packages need weight and volume. */
    CARGO
}
