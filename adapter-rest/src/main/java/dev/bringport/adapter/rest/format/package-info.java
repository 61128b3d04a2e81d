/**
 * The REST adapter's choice of wire format, JSON or XML, part of its API
 * ({@link dev.bringport.adapter.rest.BringRest.Builder#format}). A package of its own because both
 * the adapter's entry point and its internal packages name it.
 */
package dev.bringport.adapter.rest.format;
