package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The plain {@code Description} of GET {@code /items} and of packing list items:
 * {@code {"Text": "Fjernkontroll TV", "Usage": ""}} in JSON, {@code <Description><Text>..</Text><Usage/></Description>}
 * in XML. (GET {@code /omorder} describes articles differently, see {@link OrderElements.Description}.)
 */
@JsonPropertyOrder({"Text", "Usage"})
final class ItemDescription {

    @JsonProperty("Text")
    String text;

    @JsonProperty("Usage")
    String usage;

    ItemDescription() {
    }

    ItemDescription(String text, String usage) {
        this.text = text;
        this.usage = usage;
    }
}
