/**
 * Booking and Pickups over Bring's deprecated SOAP booking service {@code booking-v1.wsdl}.
 * Internal to the adapter: applications use {@link dev.bringport.adapter.soap.BringSoap}.
 */
package dev.bringport.adapter.soap.booking;
