package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** The answer of GET {@code /packaginglist/{customerId}/{orderId}}: the order's packing lists. */
@JacksonXmlRootElement(localName = "GetPackagingListResponse")
@JsonPropertyOrder({"ResponseProperties", "PackagingListSet", "Status"})
final class GetPackagingListResponse extends PoResponse {

    @JsonProperty("PackagingListSet")
    PackagingListSet packagingListSet;

    /** {@code PackagingListSet}: the {@code PackagingList}s. */
    static final class PackagingListSet {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("PackagingList")
        List<PackingListElements.PackingList> packagingLists;
    }
}
