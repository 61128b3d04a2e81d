package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * Bring's answer to GET {@code /errors}: the error catalogue ({@code errorTypeList} in XML).
 *
 * @param errorTypes the codes
 */
@JacksonXmlRootElement(localName = "errorTypeList")
record ErrorTypesDocument(
        @JacksonXmlElementWrapper(localName = "errorTypes", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "errorType") List<ErrorType> errorTypes) {

    /**
     * A code with its message, and whether Bring may suffix it ({@code -SENDER}, {@code -RECIPIENT}).
     *
     * @param code       the code
     * @param message    the message
     * @param suffixable whether it may be suffixed
     */
    @JsonPropertyOrder({"code", "message", "suffixable"})
    record ErrorType(String code, String message, Boolean suffixable) {
    }
}
