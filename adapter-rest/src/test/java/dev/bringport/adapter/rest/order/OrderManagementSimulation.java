package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.simulator.BringSimulator;

/** SCAFFOLD: replaced by the routes of /po/api/v1 (Order Management and Warehousing). */
public final class OrderManagementSimulation {

    private OrderManagementSimulation() {
    }

    /**
     * Installs the routes of Order Management and Warehousing.
     *
     * @param simulator the simulator
     */
    public static void install(BringSimulator simulator) {
    }
}
