package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.List;

/**
 * Bring's answer to a pickup order ({@code pickupOrderResponse}), in both spellings: a
 * confirmation or errors.
 *
 * @param pickupConfirmation the confirmation
 * @param errors             the errors
 */
@JacksonXmlRootElement(localName = "pickupOrderResponse")
@JsonPropertyOrder({"pickupConfirmation", "errors"})
record PickupAnswerDocument(
        Confirmation pickupConfirmation,
        @JacksonXmlElementWrapper(localName = "errors", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "error") List<AnswerError> errors) {

    /**
     * The confirmation ({@code PickupConfirmationType}, an {@code xs:sequence}).
     *
     * @param status             e.g. {@code OK}
     * @param earliestPickupDate the earliest pickup
     * @param latestPickupDate   the latest pickup
     * @param url                the receipt
     * @param packageNumber      a package number
     */
    @JsonPropertyOrder({"status", "earliestPickupDate", "latestPickupDate", "url", "packageNumber"})
    record Confirmation(String status,
                        @JsonSerialize(using = BringDateTimes.AnswerWriter.class)
                        @JsonDeserialize(using = BringDateTimes.Reader.class) Instant earliestPickupDate,
                        @JsonSerialize(using = BringDateTimes.AnswerWriter.class)
                        @JsonDeserialize(using = BringDateTimes.Reader.class) Instant latestPickupDate,
                        String url, String packageNumber) {
    }
}
