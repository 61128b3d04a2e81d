package dev.bringport.example.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Bring's documented example bodies, byte for byte, as the adapters' test-jars carry them (their
 * {@code bring-examples/README.md} files name the page and lines each comes from).
 */
public final class BringExamples {

    private BringExamples() {
    }

    /**
     * An Order Management or Warehousing example.
     *
     * @param file e.g. {@code retrieve_order.json}
     * @return its bytes
     */
    public static byte[] order(String file) {
        return resource("/dev/bringport/adapter/rest/order/bring-examples/" + file);
    }

    /**
     * A Booking example.
     *
     * @param file e.g. {@code customers.xml}
     * @return its bytes
     */
    public static byte[] booking(String file) {
        return resource("/dev/bringport/adapter/rest/booking/bring-examples/" + file);
    }

    /**
     * A resource on the test class path.
     *
     * @param path its absolute path
     * @return its bytes
     */
    public static byte[] resource(String path) {
        try (InputStream in = BringExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
