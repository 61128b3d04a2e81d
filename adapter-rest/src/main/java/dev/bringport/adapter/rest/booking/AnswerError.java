package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * An error in a Booking or pickup answer ({@code ErrorResponseType}, {@code PickupApiErrorResponseType}):
 * Bring's id for it, its code and its messages per language. The adapter reads the errors of an
 * answer with {@link dev.bringport.adapter.rest.http.ErrorAnswers}; this type tells whether an
 * answer holds any, and lets a simulator write them.
 *
 * @param consignmentCorrelationId the consignment it is about (an attribute in XML)
 * @param packageCorrelationId     the package it is about (an attribute in XML)
 * @param uniqueId                 Bring's log id for the error
 * @param code                     the code, known or not
 * @param messages                 the messages
 */
@JsonPropertyOrder({"consignmentCorrelationId", "packageCorrelationId", "uniqueId", "code", "messages"})
record AnswerError(@JacksonXmlProperty(isAttribute = true) String consignmentCorrelationId,
                   @JacksonXmlProperty(isAttribute = true) String packageCorrelationId,
                   String uniqueId,
                   String code,
                   @JacksonXmlElementWrapper(localName = "messages", namespace = DocumentWriter.NAMESPACE)
                   @JacksonXmlProperty(localName = "message") List<Message> messages) {

    /**
     * A message in a language: {@code {"lang": "en", "message": "..."}}, in XML
     * {@code <message lang="en">...</message>}.
     *
     * @param lang    the language
     * @param message the text
     */
    @JsonPropertyOrder({"lang", "message"})
    record Message(@JacksonXmlProperty(isAttribute = true) String lang, @JacksonXmlText @JsonAlias("") String message) {
    }
}
