package dev.bringport.adapter.rest.booking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bring's documented booking bodies, copied byte for byte into {@code bring-examples/} (its
 * {@code README.md} names every file's source). Public in the test-jar, for the round trip over
 * the SOAP adapter, which app-example runs.
 */
public final class BringExamples {

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
    public static byte[] bytes(String name) {
        try (InputStream in = BringExamples.class.getResourceAsStream("bring-examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of one of the Booking page's SOAP examples ({@code soap/} beside the examples): the
     * {@code bookingRequest} element, byte for byte as in the envelope.
     *
     * @param name the file name
     * @return the element's bytes
     */
    public static byte[] soapBody(String name) {
        String envelope = new String(bytes("soap/" + name), StandardCharsets.UTF_8);
        int start = envelope.indexOf("<bookingRequest");
        int end = envelope.indexOf("</bookingRequest>") + "</bookingRequest>".length();
        return envelope.substring(start, end).getBytes(StandardCharsets.UTF_8);
    }

    /** @return every example file (JSON and XML), by name, in a directory or in the test-jar */
    static List<String> all() {
        try {
            URI folder = BringExamples.class.getResource("bring-examples").toURI();
            if (folder.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                    return names(jar.provider().getPath(folder));
                }
            }
            return names(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") || n.endsWith(".xml"))
                    .sorted().toList();
        }
    }

    /** @return the booking request examples */
    static List<String> bookingRequests() {
        return all().stream().filter(n -> !ANSWERS.contains(n) && !n.contains("pickuporder")).toList();
    }

    /**
     * The booking request examples the library can read and send: all but the two that Bring
     * published as fragments ({@code deliveryOption.json} is not JSON, a comma before a closing
     * brace; neither {@code deliveryOption} example has packages, {@code BOOK-INPUT-009}, Bring's
     * own code: they show where the option goes).
     *
     * @return their names
     */
    public static List<String> sendableBookingRequests() {
        return bookingRequests().stream().filter(n -> !n.startsWith("deliveryOption.")).toList();
    }

    /**
     * An example's bytes, readable: those published without a test indicator ({@code express.json},
     * {@code express.xml}: Bring answers {@code BOOK-INPUT-030}, and the reader refuses them, since
     * whether Bring books for real is not guessed) with it set to true; every other byte for byte.
     *
     * @param name the file name
     * @return the bytes
     */
    public static byte[] readable(String name) {
        Map<String, String> patch = Map.of("express.json", "\"testIndicator\": null",
                "express.xml", "testIndicator=\"null\"");
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        if (!patch.containsKey(name)) {
            return bytes(name);
        }
        if (!text.contains(patch.get(name))) {
            throw new IllegalStateException(name + " has changed: " + patch.get(name) + " is gone");
        }
        return text.replace(patch.get(name), patch.get(name).replace("null", "true")).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the pickup order request examples */
    public static List<String> pickupRequests() {
        return all().stream().filter(n -> !ANSWERS.contains(n) && n.contains("pickuporder")).toList();
    }
}
