package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.simulator.BringSimulator;

/** SCAFFOLD: replaced by the routes of /booking-api/api (Booking and pickups) and the label links. */
public final class BookingSimulation {

    private BookingSimulation() {
    }

    /**
     * Installs the routes of Booking and pickups.
     *
     * @param simulator the simulator
     */
    public static void install(BringSimulator simulator) {
    }
}
