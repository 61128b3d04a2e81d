/**
 * The REST adapter's transport, shared by its capabilities: one {@link java.net.http.HttpClient},
 * Bring's credential headers, the rate limiter, the retry and write-safety policy of
 * {@link dev.bringport.ports.RetryPolicy}, bounded and secure reading of answers, and Bring's error
 * answers turned into the ports' failures. Internal to the adapter: applications use
 * {@link dev.bringport.adapter.rest.BringRest}.
 */
package dev.bringport.adapter.rest.http;
