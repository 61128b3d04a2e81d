/**
 * The server side of Bring's SOAP wire, beside its client side: who calls a simulated service
 * ({@link dev.bringport.adapter.soap.server.SimulatedCaller}) and Bring's door in front of it
 * ({@link dev.bringport.adapter.soap.server.DoorFilter}). The {@code order} and {@code booking}
 * packages implement the services generated from the same WSDLs the client uses;
 * {@link dev.bringport.adapter.soap.BringSoapServer} publishes them in front of any
 * {@link dev.bringport.ports.migration.BringPorts}.
 */
package dev.bringport.adapter.soap.server;
