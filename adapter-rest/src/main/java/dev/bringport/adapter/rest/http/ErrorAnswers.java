package dev.bringport.adapter.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringError;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Bring's error answers, whatever shape they come in: Order Management's and
 * Warehousing's {@code ResponseProperties/Error} (JSON and XML), Booking's {@code errors[]} with
 * {@code messages[]} (per consignment or at the top, JSON and XML), plain text such as
 * {@code [CT_2_ACCESS_DENIED] User is not logged in (errorId: ...)}, HTML error pages and empty
 * bodies. Unknown codes pass through intact.
 */
public final class ErrorAnswers {

    private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final List<String> REQUEST_ID_HEADERS = List.of("X-Request-Id", "X-Correlation-Id", "X-Amzn-Trace-Id");

    private ErrorAnswers() {
    }

    /**
     * What an error answer says: Bring's errors, the HTTP status, and Bring's id for the request.
     *
     * @param operation the operation
     * @param answer    the answer
     * @return the failure, to be typed with {@link dev.bringport.ports.BringFailures#fromAnswer}
     */
    public static Failure failure(Operation operation, Answer answer) {
        List<BringError> errors = errors(answer);
        return identified(errors.isEmpty() ? Failure.of(operation, summaryWithoutErrors(answer))
                : Failure.of(operation, errors), errors, answer);
    }

    /**
     * What a streamed answer that reports a failure says, from the part of its document read so
     * far: a streamed answer is never held whole.
     *
     * @param operation the operation
     * @param head      the answer's status and headers
     * @param document  the part of the document read, e.g. its {@code ResponseProperties} and {@code Status}
     * @return the failure, to be typed with {@link dev.bringport.ports.BringFailures#fromAnswer}
     */
    public static Failure failure(Operation operation, Answer head, JsonNode document) {
        List<BringError> errors = new ArrayList<>();
        collect(document, errors);
        return identified(errors.isEmpty() ? Failure.of(operation, "Bring answered HTTP " + head.status()
                + " and reported a failure without an error code") : Failure.of(operation, errors), errors, head);
    }

    private static Failure identified(Failure failure, List<BringError> errors, Answer answer) {
        Optional<String> requestId = requestId(answer)
                .or(() -> errors.stream().map(BringError::uniqueId).flatMap(Optional::stream).findFirst());
        return failure.withHttpStatus(answer.status()).withRequestId(requestId.orElse(null));
    }

    /**
     * The id under which Bring (or a gateway in front of it) logged the call, from the answer's
     * headers.
     *
     * @param answer the answer, of any status
     * @return the first of {@code X-Request-Id}, {@code X-Correlation-Id}, {@code X-Amzn-Trace-Id}
     */
    public static Optional<String> requestId(Answer answer) {
        return REQUEST_ID_HEADERS.stream().map(answer::header).flatMap(Optional::stream).findFirst();
    }

    /**
     * Bring's errors in a body, in order; empty when the body holds none that can be read.
     *
     * @param answer the answer
     * @return the errors
     */
    public static List<BringError> errors(Answer answer) {
        String text = answer.text();
        if (text.isBlank() || isHtml(answer)) {
            return List.of();
        }
        Optional<BringError> plain = BringError.fromPlainText(text);
        if (plain.isPresent()) {
            return List.of(plain.get());
        }
        try {
            JsonNode root = WireMappers.readTree(answer.body(), answer.format());
            List<BringError> found = new ArrayList<>();
            collect(root, found);
            return found;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static void collect(JsonNode node, List<BringError> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode error = node.get("Error");
        if (error != null) {
            each(error, e -> bringError(e, "Code", "Description").ifPresent(found::add));
        }
        JsonNode errors = node.get("errors");
        if (errors != null && !errors.isNull()) {
            JsonNode list = errors.has("error") ? errors.get("error") : errors;
            each(list, e -> bookingError(e).ifPresent(found::add));
        }
        if (error == null && errors == null) {
            bringError(node, "code", "message").ifPresent(found::add);
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isContainerNode()) {
                    collect(field.getValue(), found);
                }
            });
        }
    }

    private static void each(JsonNode node, java.util.function.Consumer<JsonNode> action) {
        if (node.isArray()) {
            node.forEach(action);
        } else if (node.isObject()) {
            action.accept(node);
        }
    }

    private static Optional<BringError> bringError(JsonNode node, String codeField, String messageField) {
        String code = text(node.get(codeField));
        if (code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(BringError.of(ErrorCode.of(code), text(node.get(messageField))));
    }

    /** Booking: {@code {uniqueId, code, messages: [{lang, message}]}}, or in XML {@code messages/message[@lang]}. */
    private static Optional<BringError> bookingError(JsonNode node) {
        String code = text(node.get("code"));
        if (code.isBlank()) {
            return Optional.empty();
        }
        List<String> messages = new ArrayList<>();
        JsonNode list = node.path("messages");
        each(list.has("message") && !list.isArray() ? list.get("message") : list, m -> {
            String message = m.isObject() ? text(m.has("message") ? m.get("message") : m.get("")) : text(m);
            if (!message.isBlank()) {
                messages.add(message);
            }
        });
        return Optional.of(new BringError(ErrorCode.of(code), String.join(" / ", messages),
                Optional.of(text(node.get("uniqueId")))));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText("").strip();
    }

    private static boolean isHtml(Answer answer) {
        String start = answer.text().stripLeading().toLowerCase(Locale.ROOT);
        return answer.header("Content-Type").map(t -> t.contains("html")).orElse(false)
                || start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String summaryWithoutErrors(Answer answer) {
        if (answer.body().length == 0 || answer.text().isBlank()) {
            return "Bring answered HTTP " + answer.status() + " with an empty body";
        }
        if (isHtml(answer)) {
            Matcher title = HTML_TITLE.matcher(answer.text());
            return "Bring answered HTTP " + answer.status() + " with an HTML page"
                    + (title.find() ? ": " + title.group(1).strip() : "");
        }
        String text = answer.text().strip();
        return "Bring answered HTTP " + answer.status() + ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }
}
