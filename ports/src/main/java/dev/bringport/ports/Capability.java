package dev.bringport.ports;

/** A Bring capability, each served by one port. */
public enum Capability {
    /** Order Management ({@code /po/api/v1}): orders, packing lists, events, sender status. */
    ORDER_MANAGEMENT,
    /** Warehousing, pull order/article ({@code /po/api/v1}): warehouse orders and article balances. */
    WAREHOUSING,
    /** Booking ({@code /booking-api/api}): bookings, customers, error codes, labels. */
    BOOKING,
    /** Pickups ({@code /booking-api/api/pickupOrder}). */
    PICKUPS
}
