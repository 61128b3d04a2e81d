/**
 * The SOAP adapter's transport, shared by its services: the calls to one endpoint (reused Metro
 * ports, the credential headers, the retry and write-safety policy of the ports), the HTTP
 * transport under Metro that bounds answers and refuses DTDs, and Metro's exceptions mapped onto
 * the ports' failures. Internal to the adapter: applications use
 * {@link dev.bringport.adapter.soap.BringSoap}.
 */
package dev.bringport.adapter.soap.transport;
