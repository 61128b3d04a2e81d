package dev.bringport.example.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.bringport.ports.BringCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The baseline of the REST read benchmarks: what a user who skips the library writes to read an
 * order, {@code HttpClient.send} with Bring's three credential headers and {@code ObjectMapper.readTree}
 * ({@code XmlMapper.readTree} for XML) into a tree.
 */
final class HandWrittenOrderRead {

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper;
    private final URI order;
    private final BringCredentials credentials;
    private final String accept;

    /**
     * @param order       the order's URL
     * @param credentials the credential headers' values
     * @param xml         XML instead of JSON
     */
    HandWrittenOrderRead(URI order, BringCredentials credentials, boolean xml) {
        this.order = order;
        this.credentials = credentials;
        this.mapper = xml ? new XmlMapper() : new ObjectMapper();
        this.accept = xml ? "application/xml" : "application/json";
    }

    /**
     * Reads the order.
     *
     * @return the answer as a tree
     * @throws IOException          if the call or the parsing fails
     * @throws InterruptedException if interrupted
     */
    JsonNode read() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(order)
                .header("X-Mybring-API-Uid", credentials.userId())
                .header("X-Mybring-API-Key", credentials.apiKey())
                .header("X-Bring-Client-URL", credentials.clientUrl().toString())
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(5))
                .GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }
}
