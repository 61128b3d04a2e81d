package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API key is a secret: it never appears in a description of the credentials. */
class BringCredentialsTest {

    private static final String KEY = "3f1b6c2e-secret-api-key";

    @Test
    void theKeyNeverAppearsInToString() {
        BringCredentials credentials = new BringCredentials("ola@example.com", KEY, URI.create("https://shop.example"));
        assertThat(credentials.toString()).doesNotContain(KEY).contains("ola@example.com", "****");
    }

    @Test
    void theKeyIsMaskedInTextFromElsewhereAndNothingElseChanges() {
        BringCredentials credentials = new BringCredentials("ola@example.com", KEY, URI.create("https://shop.example"));

        assertThat(credentials.mask("Invalid key " + KEY + " for ola@example.com (" + KEY + ")"))
                .isEqualTo("Invalid key **** for ola@example.com (****)");
        assertThat(credentials.mask("[CT_2_ACCESS_DENIED] User is not logged in"))
                .isEqualTo("[CT_2_ACCESS_DENIED] User is not logged in");
        assertThat(credentials.mask(null)).isNull();
    }

    @Test
    void theyAreReadFromTheEnvironment() {
        BringCredentials credentials = BringCredentials.fromEnvironment(Map.of("BRING_API_UID", "ola@example.com",
                "BRING_API_KEY", KEY, "BRING_CLIENT_URL", "https://shop.example"));
        assertThat(credentials.clientUrl()).isEqualTo(URI.create("https://shop.example"));
    }

    @Test
    void aMissingVariableIsNamedAndTheKeyIsNot() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BringCredentials.fromEnvironment(Map.of("BRING_API_UID", "ola@example.com", "BRING_API_KEY", KEY)))
                .withMessageContaining("BRING_CLIENT_URL is not set")
                .withMessageNotContaining(KEY);
    }
}
