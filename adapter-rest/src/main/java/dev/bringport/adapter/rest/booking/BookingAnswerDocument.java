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
 * Bring's answer to a booking ({@code bookingResponse}), in both spellings: per consignment a
 * confirmation or errors (in a 200 or a 400 answer). {@code returnConsignmentNumber} and the return shipment's links are on
 * the Booking page's answer schema (not in {@code booking-v1.xsd}); the links object's name is not
 * legible there and is read as {@code returnLinks}.
 *
 * @param consignments the consignments, one per consignment booked
 * @param errors       errors about the request as a whole, when Bring gives them at the top
 */
@JacksonXmlRootElement(localName = "bookingResponse")
@JsonPropertyOrder({"consignments", "errors"})
record BookingAnswerDocument(
        @JacksonXmlElementWrapper(localName = "consignments", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "consignment") List<Consignment> consignments,
        @JacksonXmlElementWrapper(localName = "errors", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "error") List<AnswerError> errors) {

    /**
     * A consignment's outcome.
     *
     * @param correlationId your id for it (an attribute in XML)
     * @param confirmation  the confirmation, when booked
     * @param errors        the errors, when not
     */
    @JsonPropertyOrder({"correlationId", "confirmation", "errors"})
    record Consignment(@JacksonXmlProperty(isAttribute = true) String correlationId, Confirmation confirmation,
                       @JacksonXmlElementWrapper(localName = "errors", namespace = DocumentWriter.NAMESPACE)
                       @JacksonXmlProperty(localName = "error") List<AnswerError> errors) {
    }

    /**
     * A booked consignment.
     *
     * @param consignmentNumber       the consignment number
     * @param productSpecificData     UPS numbers
     * @param links                   the links
     * @param dateAndTimes            earliest pickup and expected delivery
     * @param packages                the packages
     * @param returnConsignmentNumber the return shipment's consignment number
     * @param returnLinks             the return shipment's links
     */
    @JsonPropertyOrder({"consignmentNumber", "productSpecificData", "links", "dateAndTimes", "packages",
            "returnConsignmentNumber", "returnLinks"})
    record Confirmation(String consignmentNumber, ProductSpecificData productSpecificData, Links links,
                        DateAndTimes dateAndTimes,
                        @JacksonXmlElementWrapper(localName = "packages", namespace = DocumentWriter.NAMESPACE)
                        @JacksonXmlProperty(localName = "package") List<Package> packages,
                        String returnConsignmentNumber, Links returnLinks) {
    }

    /**
     * Numbers of UPS services.
     *
     * @param upsShipmentNumber  the UPS shipment number
     * @param upsTrackingNumber  the UPS tracking number
     */
    record ProductSpecificData(String upsShipmentNumber, String upsTrackingNumber) {
    }

    /**
     * The links of a consignment.
     *
     * @param labels          the label PDF
     * @param labelArchiveUrl the label archive
     * @param waybill         the waybill
     * @param tracking        the tracking page
     */
    @JsonPropertyOrder({"labels", "labelArchiveUrl", "waybill", "tracking"})
    record Links(String labels, String labelArchiveUrl, String waybill, String tracking) {
    }

    /**
     * Dates of a booked consignment, in either spelling.
     *
     * @param earliestPickup   the earliest pickup
     * @param expectedDelivery the expected delivery
     */
    @JsonPropertyOrder({"earliestPickup", "expectedDelivery"})
    record DateAndTimes(
            @JsonSerialize(using = BringDateTimes.AnswerWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant earliestPickup,
            @JsonSerialize(using = BringDateTimes.AnswerWriter.class)
            @JsonDeserialize(using = BringDateTimes.Reader.class) Instant expectedDelivery) {
    }

    /**
     * A booked package ({@code PackageResponseType}, an {@code xs:sequence}).
     *
     * @param correlationId your id for it (an attribute in XML)
     * @param packageNumber its package number
     * @param labelFreeCode a code for label-free hand-in
     * @param qrCodeLink    its QR code
     */
    @JsonPropertyOrder({"correlationId", "packageNumber", "labelFreeCode", "qrCodeLink"})
    record Package(@JacksonXmlProperty(isAttribute = true) String correlationId, String packageNumber,
                   String labelFreeCode, String qrCodeLink) {
    }
}
