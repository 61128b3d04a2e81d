package dev.bringport.example.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bringport.example.wire.BringExamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Bring's answer to GET {@code /articlebalance/{customerId}} for a warehouse of many articles, in
 * the shape of Bring's documented example ({@code retrieve_articlebalance_all.json}): its
 * {@code ResponseProperties}, and its balances repeated with distinct seven-digit article numbers,
 * written without indentation, as a server sends it.
 */
final class LargeStock {

    /** The number of articles of the benchmarks' warehouse. */
    static final int ARTICLES = 100_000;

    private LargeStock() {
    }

    /**
     * The answer.
     *
     * @param articles how many balances it holds
     * @return its JSON bytes
     */
    static byte[] json(int articles) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode documented = mapper.readTree(BringExamples.order("retrieve_articlebalance_all.json"));
            JsonNode templates = documented.path("ArticleBalanceSet").path("ArticleBalance");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(articles * 260);
            try (JsonGenerator out = mapper.createGenerator(bytes)) {
                out.writeStartObject();
                out.writeFieldName("ResponseProperties");
                out.writeTree(documented.get("ResponseProperties"));
                out.writeFieldName("ArticleBalanceSet");
                out.writeStartObject();
                out.writeFieldName("ArticleBalance");
                out.writeStartArray();
                for (int i = 0; i < articles; i++) {
                    ObjectNode balance = templates.get(i % templates.size()).deepCopy();
                    balance.put("ArticleNumber", String.valueOf(1_000_000 + i));
                    out.writeTree(balance);
                }
                out.writeEndArray();
                out.writeEndObject();
                out.writeEndObject();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
