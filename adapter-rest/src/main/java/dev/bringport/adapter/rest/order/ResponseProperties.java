package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code ResponseProperties}: schema version, locale, the response date and Bring's errors
 * ({@code Error} with {@code Code} and {@code Description}; one object or a list in JSON,
 * repeated elements in XML).
 */
@JsonPropertyOrder({"SchemaVersion", "Locale", "DateAndTimes", "Error"})
final class ResponseProperties {

    /** A number ({@code 1}); read as a decimal so that a {@code 1.0} does not fail an answer. */
    @JsonProperty("SchemaVersion")
    BigDecimal schemaVersion;

    @JsonProperty("Locale")
    String locale;

    @JsonProperty("DateAndTimes")
    PropertiesDate dateAndTimes;

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("Error")
    List<ErrorElement> errors;

    boolean hasErrors() {
        return errors != null && errors.stream().anyMatch(e -> e != null && e.isPresent());
    }
}
