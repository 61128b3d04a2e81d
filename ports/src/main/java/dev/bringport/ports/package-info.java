/**
 * The ports: what an application codes against. One interface per Bring capability
 * ({@link dev.bringport.ports.order.OrderManagement}, {@link dev.bringport.ports.warehouse.Warehousing},
 * {@link dev.bringport.ports.booking.Booking}, {@link dev.bringport.ports.pickup.Pickups}), with
 * domain types only in their signatures, and one failure hierarchy under
 * {@link dev.bringport.ports.BringException} that every adapter raises the same way.
 *
 * <p>Adapters are chosen at wiring time: the in-memory Bring for tests and demos, REST for
 * production, SOAP for the deprecated services. What every transport to Bring must decide the
 * same way (failures, retries, {@code Retry-After}, masking, where credentials may go, the rate
 * budget) is written once in {@code dev.bringport.ports.transport}, which both the REST and the
 * SOAP adapter apply.
 */
package dev.bringport.ports;
