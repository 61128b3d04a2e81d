package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.UnexpectedResponseException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fetching a label: where the credentials may go, and what counts as a label. The link comes
 * from Bring's answer and is fetched with the user's credentials, so it must point at Bring
 * (a host under {@code bring.com}, {@code bring.no}, {@code mybring.com} or {@code posten.no}) or at the configured
 * booking host. A label is a PDF: a {@code application/pdf} answer or bytes starting with
 * {@code %PDF}. A successful answer that is neither (a login page, an error document, an empty
 * body) is never returned as a label: Bring's errors in it become their typed failure, anything
 * else an {@link UnexpectedResponseException}.
 */
final class Labels {

    /** The media type a label is asked for in. */
    static final String MEDIA_TYPE = "application/pdf";

    private static final List<String> BRING_DOMAINS = List.of("bring.com", "bring.no", "mybring.com", "posten.no");
    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private Labels() {
    }

    /**
     * The link to fetch: a relative link is resolved against the booking host.
     *
     * @param link    a confirmation's label link
     * @param baseUrl the configured booking base URL
     * @return the absolute link
     * @throws IllegalArgumentException if the link's host is neither Bring's nor the booking host
     */
    static URI requireBringHost(URI link, URI baseUrl) {
        URI absolute = link.isAbsolute() ? link : baseUrl.resolve(link);
        String host = absolute.getHost() == null ? "" : absolute.getHost().toLowerCase(Locale.ROOT);
        boolean bring = BRING_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
        if (!bring && !host.equalsIgnoreCase(baseUrl.getHost())) {
            throw new IllegalArgumentException("refusing to send Bring credentials to '" + host + "': a label link must "
                    + "be on " + BRING_DOMAINS + " or the booking host " + baseUrl.getHost());
        }
        return absolute;
    }

    /**
     * The label in an answer.
     *
     * @param operation the operation
     * @param answer    a 2xx answer
     * @return the PDF's bytes
     * @throws dev.bringport.ports.BringException if the answer is not a PDF
     */
    static byte[] pdf(Operation operation, Answer answer) {
        String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        byte[] body = answer.body();
        boolean magic = body.length >= PDF_MAGIC.length && Arrays.equals(body, 0, PDF_MAGIC.length,
                PDF_MAGIC, 0, PDF_MAGIC.length);
        if (magic || type.contains(MEDIA_TYPE) && body.length > 0) {
            return body;
        }
        List<BringError> errors = ErrorAnswers.errors(answer);
        if (!errors.isEmpty()) {
            throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
        }
        String what = body.length == 0 ? "an empty body" : type.isEmpty() ? "a body without content type" : type;
        throw new UnexpectedResponseException(Failure.of(operation, "the label link answered " + what
                + ", not a PDF").withHttpStatus(answer.status()));
    }
}
