/**
 * A local Bring for the REST adapter's tests: a JDK {@code HttpServer} on 127.0.0.1 backed by the
 * in-memory Bring, speaking Bring's documented JSON and XML (each capability installs its routes),
 * checking the credential headers, answering HTTP 429 above 18 requests per second per user, and
 * injecting faults on demand.
 */
package dev.bringport.adapter.rest.simulator;
