/**
 * What the SOAP adapter adds to Metro's HTTP transport for its own ports: answers that declare a
 * DTD are refused before Metro parses them (SOAP 1.1 forbids a DTD in a message). Metro finds
 * {@link dev.bringport.adapter.soap.transport.DtdRefusingTransport} through
 * {@code META-INF/services}; services other than Bring's keep Metro's transport unchanged.
 */
package dev.bringport.adapter.soap.transport;
