/**
 * Guice wiring that composes: the adapters' modules contribute their ports by transport name
 * ({@link dev.bringport.ports.guice.Transports}), and a
 * {@link dev.bringport.ports.guice.TransportPlanModule} composes the four ports from them by a
 * {@link dev.bringport.ports.migration.TransportPlan}. The one package of the ports that uses Guice,
 * an optional dependency.
 */
package dev.bringport.ports.guice;
