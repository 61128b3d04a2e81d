/** The Booking port. */
package dev.bringport.ports.booking;
