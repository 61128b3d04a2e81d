package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * Bring's answer to GET {@code /customers} ({@code customersResponse}), in both spellings.
 *
 * @param customers the customer numbers, one entry per country
 */
@JacksonXmlRootElement(localName = "customersResponse")
record CustomersDocument(
        @JacksonXmlElementWrapper(localName = "customers", namespace = DocumentWriter.NAMESPACE)
        @JacksonXmlProperty(localName = "customer") List<Customer> customers) {

    /**
     * A customer number in a country ({@code CustomerResponseType}).
     *
     * @param name           its name
     * @param customerNumber the number
     * @param countryCode    the country
     * @param products       the products it may book
     */
    @JsonPropertyOrder({"name", "customerNumber", "countryCode", "products"})
    record Customer(String name, String customerNumber, String countryCode,
                    @JacksonXmlElementWrapper(localName = "products", namespace = DocumentWriter.NAMESPACE)
                    @JacksonXmlProperty(localName = "product") List<String> products) {
    }
}
