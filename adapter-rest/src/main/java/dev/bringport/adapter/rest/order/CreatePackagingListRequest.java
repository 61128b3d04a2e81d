package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The body of POST {@code /packaginglist}, XML only, as Bring's example shows it (without a
 * namespace): request properties, customer, order and the packing list.
 */
@JacksonXmlRootElement(localName = "CreatePackagingListRequest")
@JsonPropertyOrder({"RequestProperties", "CustomerNo", "PurchaseOrderNo", "PackingList"})
final class CreatePackagingListRequest {

    @JsonProperty("RequestProperties")
    RequestProperties requestProperties;

    @JsonProperty("CustomerNo")
    String customerNo;

    @JsonProperty("PurchaseOrderNo")
    String purchaseOrderNo;

    @JsonProperty("PackingList")
    PackingListElements.PackingList packingList;

    /** {@code RequestProperties}: schema version, locale and the document date. */
    @JsonPropertyOrder({"SchemaVersion", "Locale", "DateAndTimes"})
    static final class RequestProperties {

        @JsonProperty("SchemaVersion")
        Integer schemaVersion;

        @JsonProperty("Locale")
        String locale;

        @JsonProperty("DateAndTimes")
        PropertiesDate dateAndTimes;
    }
}
