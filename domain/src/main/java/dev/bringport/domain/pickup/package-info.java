/**
 * Pickups: ordering Bring to collect parcels or cargo at an address on a date (POST
 * {@code /pickupOrder}), the confirmation with the earliest and latest pickup, and the
 * {@code PICKUP-INPUT-*} rules.
 */
package dev.bringport.domain.pickup;
