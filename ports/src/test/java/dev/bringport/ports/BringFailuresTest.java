package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every adapter turns Bring's answers into the same failure types, by Bring's codes first, else by HTTP status. */
class BringFailuresTest {

    private static BringException answer(int status, String... codes) {
        List<BringError> errors = java.util.Arrays.stream(codes).map(c -> BringError.of(ErrorCode.of(c), "message of " + c)).toList();
        return BringFailures.fromAnswer(Failure.of(Operation.GET_ORDER, errors).withHttpStatus(status).withRequestId("req-1"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "PO_STATE_001, 400, NotFoundException",
            "PO_INPUT_010, 400, NotFoundException",
            "PO_STATE_002, 400, UnauthenticatedException",
            "CT_2_ACCESS_DENIED, 403, UnauthenticatedException",
            "PO_STATE_004, 400, AccessDeniedException",
            "BOOK-AUTHORIZATION-001, 403, AccessDeniedException",
            "PO_INPUT_024, 400, DuplicateException",
            "BOOK-INTERNAL-002, 500, UnavailableException",
            "BOOK-INPUT-002, 400, InvalidRequestException",
            "SOME-NEW-CODE-999, 400, InvalidRequestException"})
    void bringsCodesDecideTheType(String code, int status, String type) {
        BringException e = answer(status, code);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.codes()).containsExactly(ErrorCode.of(code));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"400, InvalidRequestException", "401, UnauthenticatedException", "403, AccessDeniedException",
            "404, NotFoundException", "409, DuplicateException", "429, RateLimitedException", "500, UnavailableException",
            "502, UnavailableException", "503, UnavailableException", "504, UnavailableException",
            "418, UnexpectedResponseException"})
    void withoutCodesTheStatusDecides(int status, String type) {
        assertThat(answer(status).getClass().getSimpleName()).isEqualTo(type);
    }

    @Test
    void whenKindsMixTheOneToActOnFirstWins() {
        assertThat(answer(400, "BOOK-INPUT-002", "PO_STATE_002")).isInstanceOf(UnauthenticatedException.class);
        assertThat(answer(400, "PO_INPUT_007", "PO_STATE_001")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMessageCarriesOperationCodesStatusAndRequestId() {
        assertThat(answer(404, "PO_STATE_001").getMessage()).isEqualTo(
                "GET_ORDER: message of PO_STATE_001 [PO_STATE_001], HTTP 404, request id req-1");
    }

    @Test
    void violationsFoundBeforeSendingAreAllListedAndNothingWasSent() {
        InvalidRequestException e = InvalidRequestException.beforeSending(Operation.BOOK, List.of(
                new Violation("consignments[0].parties.sender", ErrorCode.of("BOOK-INPUT-006"), "must be given"),
                new Violation("consignments[0].packages[0].weightInKg", ErrorCode.of("BOOK-INPUT-002"), "must be given")));

        assertThat(e.detectedBeforeSending()).isTrue();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.codes()).extracting(ErrorCode::value).containsExactly("BOOK-INPUT-006", "BOOK-INPUT-002");
        assertThat(e.getMessage()).contains("2 violations", "sender must be given [BOOK-INPUT-006]", "not sent");
        assertThatIllegalArgumentException().isThrownBy(() -> InvalidRequestException.beforeSending(Operation.BOOK, List.of()));
    }

    @Test
    void notSupportedNamesTheAlternativeAndWasNotSent() {
        NotSupportedByTransportException e = new NotSupportedByTransportException(Operation.GET_ARTICLE_BALANCES, "SOAP",
                "REST GET /articlebalance/{customerId}");
        assertThat(e.getMessage()).contains("not supported by the SOAP transport; use REST GET /articlebalance/{customerId}");
        assertThat(e.failure().requestSent()).isFalse();
    }
}
