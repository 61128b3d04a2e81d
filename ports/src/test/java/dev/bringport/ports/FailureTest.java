package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failure built from an answer that repeats the API key shows the key nowhere once masked. */
class FailureTest {

    private static final String KEY = "5e1a77c3-secret-api-key";
    private static final BringCredentials CREDENTIALS = new BringCredentials("ola@example.com", KEY,
            URI.create("https://shop.example"));

    @Test
    void maskingCoversTheSummaryBringsCodesMessagesAndIdsAndTheRequestId() {
        Failure echoed = new Failure(Operation.BOOK, "Bring answered HTTP 400: key " + KEY,
                List.of(new BringError(ErrorCode.of(KEY), "Unknown key " + KEY, Optional.of("id-" + KEY))),
                java.util.OptionalInt.of(400), Optional.of("req-" + KEY), true);

        Failure masked = echoed.masking(CREDENTIALS);

        assertThat(masked.describe()).doesNotContain(KEY).contains("key ****", "req-****");
        assertThat(masked.toString()).doesNotContain(KEY);
        assertThat(masked.errors()).singleElement().isEqualTo(new BringError(ErrorCode.of("****"), "Unknown key ****",
                Optional.of("id-****")));
        assertThat(masked.httpStatus()).hasValue(400);
        assertThat(masked.requestSent()).isTrue();
    }

    @Test
    void maskingFindsTheKeyInWhateverFormTheAnswerRepeatedIt() {
        Failure echoed = Failure.of(Operation.BOOK, List.of(BringError.of(ErrorCode.of("BOOK-INPUT-001"),
                "unknown key 5E1A77C3-SECRET-API-KEY"))).withRequestId("&#x35;e1a77c3-secret-api-key");

        Failure masked = echoed.masking(CREDENTIALS);

        assertThat(masked.describe()).doesNotContainIgnoringCase(KEY).doesNotContain("&#x35;e1a77c3")
                .contains("unknown key ****", "request id ****");
    }

    @Test
    void howLongBringAskedToWaitIsPartOfTheFailure() {
        Failure limited = Failure.of(Operation.GET_ORDER, "Bring answered HTTP 429").withHttpStatus(429)
                .withRetryAfter(Duration.ofSeconds(120));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(limited.describe()).contains("Bring asked to wait 120 s (Retry-After)");
        assertThat(limited.masking(CREDENTIALS).retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(Failure.of(Operation.GET_ORDER, "x").retryAfter()).isEmpty();
    }

    @Test
    void aFailureWithoutTheKeyIsKeptAsItIs() {
        Failure failure = Failure.of(Operation.GET_ORDER, List.of(BringError.of(ErrorCode.of("PO_STATE_001"),
                "Order not found"))).withHttpStatus(404);

        assertThat(failure.masking(CREDENTIALS)).isSameAs(failure);
    }
}
