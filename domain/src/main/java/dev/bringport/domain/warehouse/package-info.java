/**
 * Warehousing ("pull order/article"): live stock balances per article in Bring's warehouse.
 * Orders in the warehouse are {@link dev.bringport.domain.order.Order}s with a status.
 */
package dev.bringport.domain.warehouse;
