package dev.bringport.adapter.inmemory;

import dev.bringport.domain.booking.BookingCustomer;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Booking's state: the customer numbers and products each user may book with, and the labels
 * of the booked consignments. Not thread-safe: used under {@link InMemoryBring}'s lock.
 */
final class Bookings {

    private final Map<String, List<BookingCustomer>> customersByUser = new HashMap<>();
    private final Map<URI, byte[]> labels = new HashMap<>();

    void putCustomers(String userId, List<BookingCustomer> customers) {
        customersByUser.put(userId, List.copyOf(customers));
    }

    List<BookingCustomer> customers(String userId) {
        return customersByUser.getOrDefault(userId, List.of());
    }

    void putLabel(URI link, byte[] pdf) {
        labels.put(link, pdf.clone());
    }

    Optional<byte[]> label(URI link) {
        return Optional.ofNullable(labels.get(link)).map(byte[]::clone);
    }
}
