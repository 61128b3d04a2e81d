package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogues the library ships against the lists on Bring's pages, entry by entry, and the
 * catalogue look-ups (suffixed codes, unknown codes).
 */
class ErrorCatalogueTest {

    private static final String ORDER_MANAGEMENT_PAGE_LIST = "bring-pages/order-management-error-codes.json";
    private static final String BOOKING_PAGE_LIST = "bring-pages/booking-error-codes.json";

    /** Bring's Order Management list: {"errorTypes":[{"Code":..,"Description":..}]}. */
    private static List<ErrorDefinition> orderManagementPage() {
        return errorTypes(ORDER_MANAGEMENT_PAGE_LIST).stream()
                .map(e -> new ErrorDefinition(ErrorCode.of((String) e.get("Code")), (String) e.get("Description"),
                        Optional.empty()))
                .toList();
    }

    /** Bring's Booking list: {"errorTypes":[{"code":..,"message":..,"suffixable":..}]}. */
    private static List<ErrorDefinition> bookingPage() {
        return errorTypes(BOOKING_PAGE_LIST).stream()
                .map(e -> new ErrorDefinition(ErrorCode.of((String) e.get("code")), (String) e.get("message"),
                        Optional.of((Boolean) e.get("suffixable"))))
                .toList();
    }

    private static List<Map<String, Object>> errorTypes(String resource) {
        try {
            Map<String, List<Map<String, Object>>> root = new ObjectMapper().readValue(resourceText(resource),
                    new TypeReference<>() { });
            return root.get("errorTypes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceText(String resource) {
        try (InputStream in = ErrorCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void orderManagementCatalogueIsExactlyTheListOnTheOrderManagementPage() {
        List<ErrorDefinition> page = orderManagementPage();

        assertThat(page).hasSize(29);
        assertThat(ErrorCatalogue.orderManagement().definitions()).containsExactlyElementsOf(page);
    }

    @Test
    void bookingCatalogueIsExactlyTheListOnTheBookingPage() {
        List<ErrorDefinition> page = bookingPage();

        assertThat(page).hasSize(173);
        assertThat(ErrorCatalogue.booking().definitions()).containsExactlyElementsOf(page);
    }

    @Test
    void everyPageEntryIsFoundWithItsMessageAndSuffixable() {
        for (ErrorDefinition expected : orderManagementPage()) {
            assertThat(ErrorCatalogue.orderManagement().find(expected.code())).contains(expected);
            assertThat(ErrorCatalogue.orderManagement().messageOf(expected.code())).isEqualTo(expected.message());
        }
        for (ErrorDefinition expected : bookingPage()) {
            assertThat(ErrorCatalogue.booking().find(expected.code())).contains(expected);
            assertThat(ErrorCatalogue.booking().messageOf(expected.code())).isEqualTo(expected.message());
        }
    }

    /** The copies in test resources must stay Bring's text: when the pages are next to the repository, compare. */
    @ParameterizedTest
    @CsvSource({
            ORDER_MANAGEMENT_PAGE_LIST + ", order-management/order-management-api.txt",
            BOOKING_PAGE_LIST + ", booking/booking-api.txt"})
    void copiesAreStillBringsPages(String resource, String page) throws IOException {
        Path pages = Path.of("").toAbsolutePath().resolve("../../shared/bring-api").normalize();
        Path pageFile = pages.resolve(page);
        assumeTrue(Files.isRegularFile(pageFile), "Bring's pages are not next to the repository: " + pages);

        assertThat(Files.readString(pageFile, StandardCharsets.UTF_8)).contains(resourceText(resource));
    }

    @Test
    void theTwoCataloguesDoNotShareCodes() {
        List<ErrorCode> orderManagementCodes = ErrorCatalogue.orderManagement().definitions().stream()
                .map(ErrorDefinition::code).toList();

        assertThat(orderManagementCodes).allSatisfy(code -> assertThat(ErrorCatalogue.booking().find(code)).isEmpty());
    }

    @Test
    void orderManagementDefinitionsHaveNoSuffixableFlag() {
        assertThat(ErrorCatalogue.orderManagement().definitions())
                .allSatisfy(d -> assertThat(d.suffixable()).isEmpty());
    }

    @Test
    void bringsOwnTypoPoInout016IsKeptAsBringSpellsIt() {
        assertThat(ErrorCatalogue.orderManagement().find(ErrorCode.of("PO_INOUT_016")))
                .map(ErrorDefinition::message)
                .contains("Content in shipping container requires either consignment ID or shipping container ID");
    }

    @ParameterizedTest
    @CsvSource({
            "BOOK-INPUT-014-SENDER,    BOOK-INPUT-014, Name must be provided",
            "BOOK-INPUT-014-RECIPIENT, BOOK-INPUT-014, Name must be provided",
            "BOOK-INPUT-017-RECIPIENT, BOOK-INPUT-017, ISO Country code must be provided",
            "BOOK_INPUT-057-RECIPIENT, BOOK_INPUT-057, Invalid postal Code",
            "BOOK_VALIDATION-003-US,   BOOK_VALIDATION-003, Country is not a member of Universal Postal Union"})
    void aSuffixedSuffixableCodeIsFoundUnderItsBase(String suffixed, String base, String message) {
        Optional<ErrorDefinition> found = ErrorCatalogue.booking().find(ErrorCode.of(suffixed));

        assertThat(found).map(ErrorDefinition::code).contains(ErrorCode.of(base));
        assertThat(found).map(ErrorDefinition::suffixable).contains(Optional.of(true));
        assertThat(ErrorCatalogue.booking().messageOf(ErrorCode.of(suffixed))).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOK-INPUT-002-SENDER", "BOOK-INPUT-006-X", "PICKUP-INPUT-010-NO", "BOOK_VALIDATION-002-SMS"})
    void aSuffixedNonSuffixableCodeIsNotFound(String suffixed) {
        ErrorCode code = ErrorCode.of(suffixed);
        assertThat(ErrorCatalogue.booking().find(code.base())).isPresent();

        assertThat(ErrorCatalogue.booking().find(code)).isEmpty();
    }

    @Test
    void orderManagementCodesHaveNoSuffixes() {
        assertThat(ErrorCatalogue.orderManagement().find(ErrorCode.of("PO_INPUT_007_CONSIGNMENT"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOK-INPUT-999", "BOOK-VALIDATION-101", "PO_INPUT_099", "CT_2_ACCESS_DENIED", "SOMETHING_NEW"})
    void unknownCodesAnswerEmpty(String unknown) {
        ErrorCode code = ErrorCode.of(unknown);

        assertThat(ErrorCatalogue.booking().find(code)).isEmpty();
        assertThat(ErrorCatalogue.orderManagement().find(code)).isEmpty();
    }

    @Test
    void messageOfAnUnknownCodeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorCatalogue.booking().messageOf(ErrorCode.of("BOOK-INPUT-999")))
                .withMessageContaining("BOOK-INPUT-999");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorCatalogue.orderManagement().messageOf(ErrorCode.of("BOOK-INPUT-001")));
    }

    @Test
    void findRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> ErrorCatalogue.booking().find(null));
    }

    @Test
    void definitionsCannotBeChangedByACaller() {
        List<ErrorDefinition> definitions = ErrorCatalogue.booking().definitions();

        assertThatThrownBy(definitions::clear)
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ErrorCatalogue.booking().definitions()).hasSize(173);
    }
}
