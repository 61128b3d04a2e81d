/**
 * The calls to Bring as Micrometer metrics ({@link dev.bringport.ports.metrics.MicrometerCallListener}):
 * the one package of the ports that uses Micrometer, an optional dependency.
 */
package dev.bringport.ports.metrics;
