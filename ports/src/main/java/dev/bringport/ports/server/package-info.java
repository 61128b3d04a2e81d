/**
 * What Bring does at its door, written once for the server side of every wire (the REST adapter's
 * server, the SOAP adapter's endpoints, the sandbox that serves both on one port): who is let in
 * (the three credential headers and a key Bring accepts, {@link dev.bringport.ports.server.Logins})
 * and how many requests of one user each second ({@link dev.bringport.ports.server.FrontDoor}:
 * a user's 19th arrival within any second is throttled). Each wire keeps only the mapping of the
 * door's decision onto its answers (a 401 with {@code [CT_2_ACCESS_DENIED]}, an error inside a SOAP
 * answer, a 429).
 */
package dev.bringport.ports.server;
