/**
 * The example application: the composition root that wires a transport with Guice, and the
 * {@code bringport-example} command-line tool with its walkthrough of Bring's usage pattern.
 */
package dev.bringport.example;
