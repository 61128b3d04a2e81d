package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API key is a secret: it never appears in a description of the credentials. */
class BringCredentialsTest {

    private static final String KEY = "3f1b6c2e-secret-api-key";
    private static final URI CLIENT = URI.create("https://shop.example");

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
    void theKeyIsMaskedInAnyLetterCase() {
        BringCredentials credentials = new BringCredentials("ola@example.com", "Mb+K3y/7f3a9b=e51c4d", CLIENT);

        assertThat(credentials.mask("key MB+K3Y/7F3A9B=E51C4D and mb+k3y/7f3a9b=e51c4d")).isEqualTo("key **** and ****");
    }

    @Test
    void theKeyIsMaskedWhereAJsonAnswerRepeatsItAsEscapes() {
        BringCredentials credentials = new BringCredentials("ola@example.com", "Mb+K3y/7f3a9b=e51c4d", CLIENT);

        assertThat(credentials.mask("{\"message\":\"bad key \\u004d\\u0062\\u002B\\u004b3y\\/7f3a9b\\u003de51c4d\"}"))
                .isEqualTo("{\"message\":\"bad key ****\"}");
    }

    @Test
    void theKeyIsMaskedWhereAnXmlAnswerRepeatsItAsCharacterReferencesOrSplitByCdata() {
        BringCredentials credentials = new BringCredentials("ola@example.com", "Mb+K3y/7f3a9b=e51c4d", CLIENT);

        assertThat(credentials.mask("<key>&#77;&#98;&#43;&#x4B;&#X33;y/7f3a9b&#x3d;e51c4d</key>")).isEqualTo("<key>****</key>");
        assertThat(credentials.mask("<key><![CDATA[Mb+K3y]]><![CDATA[/7f3a9b=e51c4d]]></key>"))
                .isEqualTo("<key><![CDATA[****]]></key>");
        assertThat(credentials.mask("<key>mB+k3Y<![CDATA[/7F&#51;a9b]]>&#x3D;e51c4d</key>")).isEqualTo("<key>****</key>");
    }

    @Test
    void theKeyIsMaskedWhereItIsPercentEncodedOrAnEntityStandsForOneOfItsCharacters() {
        BringCredentials credentials = new BringCredentials("ola@example.com", "a&b/c+d", CLIENT);

        assertThat(credentials.mask("GET /x?key=a%26b%2Fc%2Bd")).isEqualTo("GET /x?key=****");
        assertThat(credentials.mask("<k>a&amp;b/c+d</k>")).isEqualTo("<k>****</k>");
        assertThat(credentials.mask("raw a&b/c+d")).isEqualTo("raw ****");
    }

    @Test
    void aKeyOfAnyLengthIsMasked() {
        BringCredentials credentials = new BringCredentials("ola@example.com", "k3Y", CLIENT);

        assertThat(credentials.mask("the K3Y is k3y, twice: k3yk3y")).isEqualTo("the **** is ****, twice: ********");
    }

    @Test
    void textWithoutTheKeyIsReturnedAsItIs() {
        BringCredentials credentials = new BringCredentials("ola@example.com", KEY, CLIENT);
        String text = "&#77; \\u0041 <![CDATA[ ]]> %41 & \\ ]]> unterminated &#x";

        assertThat(credentials.mask(text)).isSameAs(text);
    }

    @Test
    void theCredentialHeadersAreNamedOnceWithTheirValues() {
        BringCredentials credentials = new BringCredentials("ola@example.com", KEY, CLIENT);

        assertThat(credentials.headers()).containsExactly(Map.entry("X-Mybring-API-Uid", "ola@example.com"),
                Map.entry("X-Mybring-API-Key", KEY), Map.entry("X-Bring-Client-URL", "https://shop.example"));
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
