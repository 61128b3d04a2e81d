/**
 * The in-memory Bring: a faithful fake of Bring's Order Management, Warehousing, Booking and
 * Pickup services for tests and demos. It keeps state like Bring's servers, enforces the same
 * rules and answers with the same codes, takes a {@link java.time.Clock} and an
 * {@link dev.bringport.adapter.inmemory.IdGenerator}, and lets a test inject failures.
 * Start with {@link dev.bringport.adapter.inmemory.InMemoryBring}.
 *
 * <p>The classes of the fake's state (orders, warehouse, bookings) share one package because
 * Bring's capabilities share state: an order addressed to a warehouse reserves its stock, and a
 * packing list ships it.
 */
package dev.bringport.adapter.inmemory;
