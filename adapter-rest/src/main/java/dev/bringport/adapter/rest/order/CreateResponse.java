package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The answer to a create (POST {@code /omorder}, {@code /packaginglist}, {@code /event}). The REST
 * page documents only "HTTP status code 200"; Bring's SOAP examples show its shape
 * ({@code CreatePackagingListResponse} with {@code ResponseProperties} and {@code Status} OK or
 * FAILED), which is what a body must be when there is one.
 */
@JacksonXmlRootElement(localName = "CreateResponse")
@JsonPropertyOrder({"ResponseProperties", "Status"})
final class CreateResponse extends PoResponse {
}
