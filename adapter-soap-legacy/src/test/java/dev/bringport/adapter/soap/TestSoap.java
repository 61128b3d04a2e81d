package dev.bringport.adapter.soap;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What the adapter's own tests share: credentials, quick retries and Bring's example files. */
final class TestSoap {

    /** A key no message may ever show. */
    static final String API_KEY = "s3cret-api-key-0123456789";
    static final BringCredentials CREDENTIALS = new BringCredentials("soap-tests@example.com", API_KEY,
            URI.create("https://shop.example.com/checkout"));
    /** Three attempts, a millisecond or two apart. */
    static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), 0,
            Duration.ofSeconds(1));

    private TestSoap() {
    }

    /**
     * @param host where the simulated or canned Bring listens
     * @return a builder for an adapter pointed at it, with quick retries and short timeouts
     */
    @SuppressWarnings("deprecation")
    static BringSoap.Builder soap(URI host) {
        return BringSoap.builder().credentials(CREDENTIALS).host(host).retryPolicy(QUICK_RETRIES)
                .requestsPerSecond(1_000).connectTimeout(Duration.ofMillis(500))
                .requestTimeout(Duration.ofSeconds(3));
    }

    /**
     * @param path a file under src/test/resources/bring, e.g. {@code order-management/soap-examples/x.xml}
     * @return its bytes, unchanged
     */
    static byte[] example(String path) {
        try (InputStream in = TestSoap.class.getResourceAsStream("/bring/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a file of Order Management's SOAP examples
     * @return its bytes, unchanged
     */
    static byte[] orderExample(String name) {
        return example("order-management/soap-examples/" + name);
    }

    /**
     * A documented booking API body (an XML document) as the body of a SOAP 1.1 envelope: the
     * body's bytes unchanged but for the XML declaration, which cannot stand inside an envelope.
     *
     * @param name a file of the Booking page's examples
     * @return the envelope
     */
    static String bookingAnswer(String name) {
        String body = new String(example("booking/examples/" + name), StandardCharsets.UTF_8);
        if (body.startsWith("<?xml")) {
            body = body.substring(body.indexOf("?>") + 2);
        }
        return envelope(body);
    }

    /**
     * @param body a SOAP body's content
     * @return a SOAP 1.1 envelope around it, as Bring's services write them
     */
    static String envelope(String body) {
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Header/>"
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }
}
