package dev.bringport.adapter.rest.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.AnswerReader;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads the successful (2xx) answers of Order Management and Warehousing. Bring may report a
 * failure inside one ({@code ResponseProperties/Error}, {@code Status FAILED}): that is thrown as
 * the failure it is, typed from Bring's codes, never read as a value.
 */
final class PoAnswers {

    private PoAnswers() {
    }

    /**
     * A reader of an answer with content.
     *
     * @param operation the operation
     * @param type      the wire type of the answer
     * @param mapping   from the wire type to the domain value
     * @param <W>       the wire type
     * @param <T>       the domain value
     * @return the reader
     */
    static <W extends PoResponse, T> AnswerReader<T> reading(Operation operation, Class<W> type, Function<W, T> mapping) {
        return answer -> {
            W wire = WireMappers.read(answer.body(), answer.documentFormat(), type);
            if (wire == null) {
                throw new IOException("the answer is empty");
            }
            if (wire.reportsFailure()) {
                throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
            }
            return mapping.apply(wire);
        };
    }

    /**
     * A reader of the answer to a create (POST {@code /omorder}, {@code /packaginglist},
     * {@code /event}). Success is what Bring documents, and nothing else: the REST page gives the
     * answer as "HTTP status code 200" and no body (an empty body), and the SOAP examples give the
     * document such an answer may hold ({@code CreatePackagingListResponse}: {@code ResponseProperties}
     * and {@code Status OK}). A body with Bring's errors or {@code Status FAILED} is the failure
     * Bring reports. Anything else (an HTML or plain-text page, binary, a document cut off or of
     * another kind) cannot be read and is no proof of success: for a create, its outcome is unknown.
     *
     * @param operation the operation
     * @return the reader
     */
    static AnswerReader<Void> acknowledgement(Operation operation) {
        return answer -> {
            if (answer.text().isBlank()) {
                return null;
            }
            WireFormat format = answer.documentFormat();
            JsonNode document = WireMappers.readTree(answer.body(), format);
            if (document == null || !document.isObject() || !document.has("ResponseProperties") && !document.has("Status")) {
                throw new IOException("the answer is no answer of Bring's to a create: it has neither ResponseProperties"
                        + " nor Status");
            }
            CreateResponse wire = WireMappers.of(format).treeToValue(document, CreateResponse.class);
            if (wire.reportsFailure() || !ErrorAnswers.errors(answer).isEmpty()) {
                throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
            }
            if (wire.status != null && !wire.status.strip().equalsIgnoreCase("OK")) {
                throw new IOException("the answer's Status is neither OK nor FAILED: " + wire.status);
            }
            return null;
        };
    }
}
