package dev.bringport.example.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bringport.ports.BringCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * The baseline of the large stock benchmark: what a user who skips the library writes to walk a
 * long stock list, {@code HttpClient.send} into an {@code InputStream} and Jackson's streaming
 * {@link JsonParser}, reading each balance into the same values the library gives (number, name,
 * four decimals, two moments).
 */
final class HandWrittenStockReader {

    /** A balance as the hand-written code keeps it. */
    record Balance(String number, String name, BigDecimal physical, BigDecimal allocated, BigDecimal inOrder,
                   BigDecimal free, Instant created, Instant updated) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonFactory json = new JsonFactory();
    private final URI stock;
    private final BringCredentials credentials;

    /**
     * @param stock       the URL of GET articlebalance
     * @param credentials the credential headers' values
     */
    HandWrittenStockReader(URI stock, BringCredentials credentials) {
        this.stock = stock;
        this.credentials = credentials;
    }

    /**
     * Walks the stock.
     *
     * @param action takes each balance
     * @throws IOException          if the call or the parsing fails
     * @throws InterruptedException if interrupted
     */
    void each(Consumer<Balance> action) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stock)
                .header("X-Mybring-API-Uid", credentials.userId())
                .header("X-Mybring-API-Key", credentials.apiKey())
                .header("X-Bring-Client-URL", credentials.clientUrl().toString())
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body(); JsonParser parser = json.createParser(body)) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals("ArticleBalance")
                        && parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        action.accept(balance(parser));
                    }
                }
            }
        }
    }

    private static Balance balance(JsonParser parser) throws IOException {
        String number = null;
        String name = null;
        BigDecimal physical = null;
        BigDecimal allocated = null;
        BigDecimal inOrder = null;
        BigDecimal free = null;
        Instant created = null;
        Instant updated = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "ArticleNumber" -> number = parser.getText();
                case "ArticleName" -> name = parser.getText();
                case "PhysicalBalance" -> physical = parser.getDecimalValue();
                case "AllocatedBalance" -> allocated = parser.getDecimalValue();
                case "InOrderBalance" -> inOrder = parser.getDecimalValue();
                case "FreeBalance" -> free = parser.getDecimalValue();
                case "CreatedDateTime" -> created = OffsetDateTime.parse(parser.getText()).toInstant();
                case "LastUpdatedDateTime" -> updated = OffsetDateTime.parse(parser.getText()).toInstant();
                default -> parser.skipChildren();
            }
        }
        return new Balance(number, name, physical, allocated, inOrder, free, created, updated);
    }
}
