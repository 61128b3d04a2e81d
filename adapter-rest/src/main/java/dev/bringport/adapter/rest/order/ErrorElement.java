package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An error as Order Management spells it, {@code Code} and {@code Description}: inside
 * {@code ResponseProperties/Error} of a failed answer and in {@code ErrorList/errorTypes}.
 */
@JsonPropertyOrder({"Code", "Description"})
final class ErrorElement {

    @JsonProperty("Code")
    String code;

    @JsonProperty("Description")
    String description;

    ErrorElement() {
    }

    ErrorElement(String code, String description) {
        this.code = code;
        this.description = description;
    }

    boolean isPresent() {
        return code != null && !code.isBlank() || description != null && !description.isBlank();
    }
}
