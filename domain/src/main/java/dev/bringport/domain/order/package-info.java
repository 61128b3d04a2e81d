/**
 * Order Management: orders (Order, PurchaseOrder) with their parties, lines, references, dates,
 * terms of delivery and transport; packing lists and transport orders that suppliers add;
 * tracking events; the sender status (OPEN until every line is packed, then LOCKED); and the
 * rules of the {@code CreateOrderRequest}, packing lists and events with their {@code PO_*} codes.
 */
package dev.bringport.domain.order;
