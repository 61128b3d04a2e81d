/**
 * Order Management over Bring's SOAP service {@code purchaseorder-v1.wsdl} (read an order, add a
 * packing list, create a transport order), and Warehousing, which no SOAP service carries.
 * Internal to the adapter: applications use {@link dev.bringport.adapter.soap.BringSoap}.
 */
package dev.bringport.adapter.soap.order;
