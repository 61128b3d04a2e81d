/**
 * The REST adapter: Bring's Order Management, Warehousing and Booking APIs as JSON or XML over
 * HTTPS, with java.net.http and Jackson. Start with {@link dev.bringport.adapter.rest.BringRest},
 * or install {@link dev.bringport.adapter.rest.BringRestModule} in Guice.
 */
package dev.bringport.adapter.rest;
