package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * What every answer of Order Management and Warehousing may carry besides its content:
 * {@code ResponseProperties} (with {@code Error} when Bring reports one, even in a 2xx answer) and,
 * on creates, {@code Status} ({@code OK} or {@code FAILED}, as the SOAP examples show).
 */
abstract class PoResponse {

    @JsonProperty("ResponseProperties")
    ResponseProperties responseProperties;

    @JsonProperty("Status")
    String status;

    /**
     * Whether Bring reports a failure inside the answer: an {@code Error} or {@code Status FAILED}.
     *
     * @return whether the answer is a failure, whatever its HTTP status
     */
    final boolean reportsFailure() {
        boolean failed = status != null && status.strip().toUpperCase(Locale.ROOT).equals("FAILED");
        return failed || responseProperties != null && responseProperties.hasErrors();
    }
}
