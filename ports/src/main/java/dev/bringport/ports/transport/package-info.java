/**
 * The transport policy every adapter to Bring applies, written once in plain Java: what a fault
 * on the wire means ({@link dev.bringport.ports.transport.WireFault}) and how it and an answer
 * that is no success become the ports' failures, with the key masked and a write of unknown
 * outcome reported as such ({@link dev.bringport.ports.transport.TransportPolicy}); the wait
 * Bring asks for ({@link dev.bringport.ports.transport.RetryAfter}); where credentials may go
 * ({@link dev.bringport.ports.transport.BringAddress}); one rate budget per Mybring user
 * ({@link dev.bringport.ports.transport.RateBudget}, the JVM's
 * {@link dev.bringport.ports.transport.InProcessRateBudget}); and the options every transport's
 * builder shares ({@link dev.bringport.ports.transport.TransportBuilder}). Adapters keep only the
 * mapping of their wire's exceptions onto it.
 */
package dev.bringport.ports.transport;
