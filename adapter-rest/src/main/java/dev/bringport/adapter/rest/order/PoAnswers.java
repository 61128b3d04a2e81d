package dev.bringport.adapter.rest.order;

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
     * A reader of the answer to a create, which Bring documents as nothing but HTTP 200: an empty
     * or unrecognised body is success; a body with Bring's errors or {@code Status FAILED} is the
     * failure Bring reports. A body that begins like a JSON or XML document but is not one (cut
     * off, garbled, an HTML page) cannot be read: it may have reported a failure, so it is no
     * proof of success.
     *
     * @param operation the operation
     * @return the reader
     */
    static AnswerReader<Void> acknowledgement(Operation operation) {
        return answer -> {
            String text = answer.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<")) {
                WireMappers.readTree(answer.body(), answer.format());
            }
            boolean failed;
            try {
                CreateResponse wire = WireMappers.read(answer.body(), answer.format(), CreateResponse.class);
                failed = wire != null && wire.reportsFailure();
            } catch (IOException | RuntimeException notBringsShape) {
                failed = !ErrorAnswers.errors(answer).isEmpty();
            }
            if (failed) {
                throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
            }
            return null;
        };
    }
}
