/**
 * The REST adapter's transport, shared by its capabilities: one {@link java.net.http.HttpClient},
 * the ports' transport policy ({@link dev.bringport.ports.transport.TransportPolicy}: the rate
 * budget, failures typed, the key masked, writes of unknown outcome) applied to HTTP, bounded and
 * secure reading of answers, and Bring's error answers read. Internal to the adapter: its types
 * are public only for the adapter's {@code order} and {@code booking} packages (and the adapter's
 * tests); applications use {@link dev.bringport.adapter.rest.BringRest}.
 */
package dev.bringport.adapter.rest.http;
