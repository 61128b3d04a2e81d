/**
 * Booking: consignments to book (parties, product with customer number and additional services,
 * packages, customs, return product), the confirmation Bring answers with (consignment number,
 * package numbers, label, tracking and waybill links, dates), the customer numbers and services a
 * user may book, and Bring's booking rules with their {@code BOOK-*} codes, including the rules
 * that change by date ({@link dev.bringport.domain.booking.DatedRule}).
 */
package dev.bringport.domain.booking;
