/**
 * The server side of Bring's REST wire, beside its client side: what a request to a simulated
 * Bring is ({@link dev.bringport.adapter.rest.server.SimulatedRequest}), what it is answered
 * ({@link dev.bringport.adapter.rest.server.SimulatedAnswer}) and the table of Bring's paths
 * ({@link dev.bringport.adapter.rest.server.Routes}). The {@code order} and {@code booking}
 * packages install their routes, written with the adapter's own wire types and codecs;
 * {@link dev.bringport.adapter.rest.BringRestServer} puts Bring's door in front of them and serves
 * any {@link dev.bringport.ports.migration.BringPorts}.
 */
package dev.bringport.adapter.rest.server;
