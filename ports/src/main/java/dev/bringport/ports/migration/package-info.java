/**
 * Technology-free combinators for moving from one transport to another one operation at a time:
 * {@link dev.bringport.ports.migration.Routing} (each operation to a chosen transport),
 * {@link dev.bringport.ports.migration.Fallback} (a secondary transport when the primary provably
 * did not act) and {@link dev.bringport.ports.migration.Shadow} (reads also sent to a candidate
 * transport and the answers compared field by field). They compose any port, keep the ports'
 * failure semantics, and are thread-safe. {@link dev.bringport.ports.migration.TransportPlan}
 * composes all four ports from one typed configuration.
 */
package dev.bringport.ports.migration;
