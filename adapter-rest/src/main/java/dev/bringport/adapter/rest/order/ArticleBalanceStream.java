package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.adapter.rest.http.StreamReader;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads Bring's {@code GetArticleBalanceResponse} one {@code ArticleBalance} at a time as the
 * answer arrives (JSON: an array or a single object; XML: repeated elements), so that a stock list
 * of any length is walked in the memory of one balance. Each balance is read as
 * {@link ArticleBalanceMapper} reads the whole list. {@code ResponseProperties} with an
 * {@code Error}, or {@code Status FAILED}, is the failure Bring reports; whatever else the answer
 * holds is skipped (Bring's versioning rule).
 */
final class ArticleBalanceStream implements StreamReader<ArticleBalance> {

    private final Operation operation;

    /** @param operation the operation whose answer is read, named by a failure Bring reports in it */
    ArticleBalanceStream(Operation operation) {
        this.operation = operation;
    }

    @Override
    public void read(Answer head, InputStream body, Consumer<ArticleBalance> sink) throws IOException {
        try (JsonParser parser = WireMappers.parser(head, body)) {
            ObjectMapper mapper = (ObjectMapper) parser.getCodec();
            ObjectReader balances = mapper.readerFor(GetArticleBalanceResponse.ArticleBalance.class);
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw new IllegalArgumentException("the answer is empty");
            }
            if (root != JsonToken.START_OBJECT) {
                return; // an empty document element: no balances
            }
            ObjectNode envelope = mapper.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "ArticleBalanceSet" -> balanceSet(parser, balances, sink);
                    case "ResponseProperties", "Status" -> {
                        envelope.set(field, parser.readValueAsTree());
                        failIfReported(head, mapper, envelope);
                    }
                    default -> parser.skipChildren();
                }
            }
        }
    }

    private static void balanceSet(JsonParser parser, ObjectReader balances, Consumer<ArticleBalance> sink)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren(); // null, "" or an empty element: no balances
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean balance = parser.currentName().equals("ArticleBalance");
            JsonToken value = parser.nextToken();
            if (!balance) {
                parser.skipChildren();
            } else if (value == JsonToken.START_ARRAY) {
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    if (element == null) {
                        throw new IllegalArgumentException("the answer ends inside its ArticleBalance list");
                    }
                    handOver(parser, balances, sink);
                }
            } else {
                handOver(parser, balances, sink);
            }
        }
    }

    private static void handOver(JsonParser parser, ObjectReader balances, Consumer<ArticleBalance> sink) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren(); // a null among the balances
            return;
        }
        sink.accept(ArticleBalanceMapper.balance((GetArticleBalanceResponse.ArticleBalance) balances.readValue(parser)));
    }

    private void failIfReported(Answer head, ObjectMapper mapper, ObjectNode envelope) throws IOException {
        if (mapper.treeToValue(envelope, GetArticleBalanceResponse.class).reportsFailure()) {
            throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, head, envelope));
        }
    }
}
