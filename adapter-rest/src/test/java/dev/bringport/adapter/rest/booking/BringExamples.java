package dev.bringport.adapter.rest.booking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bring's documented booking bodies, copied byte for byte into {@code bring-examples/} (its
 * {@code README.md} names every file's source).
 */
final class BringExamples {

    /** The answers among the examples; every other file is a request. */
    static final List<String> ANSWERS = List.of("successfulResponse.json", "successfulResponse.xml", "customers.json",
            "customers.xml", "errors.json", "errors.xml", "pickuporder_response.json", "pickuporder_response.xml",
            "page-booking-response.json", "page-customers-response.json", "page-errors-response.json",
            "page-pickuporder-response.json");

    private BringExamples() {
    }

    /**
     * An example's bytes, exactly as Bring published them.
     *
     * @param name the file name
     * @return the bytes
     */
    static byte[] bytes(String name) {
        try (InputStream in = BringExamples.class.getResourceAsStream("bring-examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every example file (JSON and XML), by name */
    static List<String> all() {
        try (Stream<Path> files = Files.list(Path.of(BringExamples.class.getResource("bring-examples").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") || n.endsWith(".xml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the booking request examples */
    static List<String> bookingRequests() {
        return all().stream().filter(n -> !ANSWERS.contains(n) && !n.contains("pickuporder")).toList();
    }

    /** @return the pickup order request examples */
    static List<String> pickupRequests() {
        return all().stream().filter(n -> !ANSWERS.contains(n) && n.contains("pickuporder")).toList();
    }
}
