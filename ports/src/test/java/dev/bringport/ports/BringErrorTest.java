package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bring's plain-text errors are read one way, wherever they come from: a REST body, a SOAP fault string. */
class BringErrorTest {

    @Test
    void aPlainTextErrorIsItsCodeItsMessageAndTheIdBringLoggedItUnder() {
        assertThat(BringError.fromPlainText("[CT_2_ACCESS_DENIED] User is not logged in (errorId: 6f1c2a9e-3b7d)"))
                .contains(new BringError(ErrorCode.of("CT_2_ACCESS_DENIED"), "User is not logged in",
                        Optional.of("6f1c2a9e-3b7d")));
        assertThat(BringError.fromPlainText("  [BOOK-INPUT-021]   Invalid customer number\n"))
                .contains(BringError.of(ErrorCode.of("BOOK-INPUT-021"), "Invalid customer number"));
    }

    @Test
    void textInAnotherFormIsNoPlainTextError() {
        assertThat(BringError.fromPlainText("Bad Request")).isEmpty();
        assertThat(BringError.fromPlainText("<html>[X] no</html>")).isEmpty();
        assertThat(BringError.fromPlainText("[] empty code")).isEmpty();
    }
}
