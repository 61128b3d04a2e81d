package dev.bringport.domain.booking;

import java.util.List;
import java.util.Objects;

/**
 * A customer number the user may book with in a country, and the products it may book
 * (GET {@code /customers}). The same customer number appears once per country.
 *
 * @param customerNumber the customer number, e.g. {@code 5}
 * @param name           its name
 * @param countryCode    the sender country the products apply to
 * @param products       the product ids it may book
 */
public record BookingCustomer(String customerNumber, String name, String countryCode, List<String> products) {

    /**
     * Requires every part and copies the products.
     *
     * @param customerNumber the customer number, e.g. {@code 5}
     * @param name           its name
     * @param countryCode    the sender country the products apply to
     * @param products       the product ids it may book
     */
    public BookingCustomer {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        products = List.copyOf(products);
    }
}
