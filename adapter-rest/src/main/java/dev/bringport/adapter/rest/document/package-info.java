/**
 * The request documents users hand the library to send (Bring's documented request bodies, from
 * a file or another system), as the readers {@link dev.bringport.adapter.rest.booking.BookingDocuments}
 * and {@link dev.bringport.adapter.rest.order.OrderDocuments} return them: the value, and every
 * field the document gave that will not be sent, with why ({@link dev.bringport.adapter.rest.document.RequestDocument}).
 */
package dev.bringport.adapter.rest.document;
