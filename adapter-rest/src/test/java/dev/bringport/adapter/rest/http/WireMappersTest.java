package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bringport.adapter.rest.format.WireFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bring's XML is read without DTDs or external entities; unknown fields are ignored. */
class WireMappersTest {

    @Test
    void anExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "the-secret-content");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r><v>&x;</v></r>";

        String read;
        try {
            read = WireMappers.readTree(xml.getBytes(StandardCharsets.UTF_8), WireFormat.XML).toString();
        } catch (Exception refused) {
            read = "refused: " + refused.getMessage();
        }
        assertThat(read).doesNotContain("the-secret-content");
    }

    @Test
    @Timeout(5)
    void billionLaughsIsRefusedWithoutExpanding() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><r>&lol4;</r>";
        assertThatThrownBy(() -> WireMappers.readTree(xml.getBytes(StandardCharsets.UTF_8), WireFormat.XML))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("DTD");
    }

    @Test
    void evenWithTheDtdCheckBypassedTheParserDoesNotExpandEntities() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><r>&b;</r>";
        JsonNode tree = WireMappers.of(WireFormat.XML).readTree(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(tree.toString()).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void aJsonTreeKeepsDecimalsAsWritten() throws Exception {
        JsonNode tree = WireMappers.readTree("{\"amount\": 1000.0, \"weight\": 0.50}".getBytes(StandardCharsets.UTF_8),
                WireFormat.JSON);

        assertThat(tree.get("amount").decimalValue().toString()).isEqualTo("1000.0");
        assertThat(tree.get("weight").decimalValue().toString()).isEqualTo("0.50");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        record Known(String code) {
        }
        assertThat(WireMappers.of(WireFormat.JSON).readValue("{\"code\":\"PO_INPUT_007\",\"brandNew\":{\"x\":1}}", Known.class))
                .isEqualTo(new Known("PO_INPUT_007"));
        JsonNode xml = WireMappers.readTree("<!-- Bring --><?pi x?><r><code>x</code><brandNew a=\"1\"/></r>"
                .getBytes(StandardCharsets.UTF_8), WireFormat.XML);
        assertThat(xml.get("code").asText()).isEqualTo("x");
    }

    private static byte[] nested(WireFormat format, int depth) {
        String open = format == WireFormat.XML ? "<a>" : "{\"a\":";
        String close = format == WireFormat.XML ? "</a>" : "}";
        return (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(WireFormat.class)
    void documentsNestedUpToTheLimitAreReadAndDeeperOnesRefused(WireFormat format) throws Exception {
        assertThat(WireMappers.readTree(nested(format, WireMappers.MAX_NESTING_DEPTH), format)).isNotNull();

        assertThatThrownBy(() -> WireMappers.readTree(nested(format, WireMappers.MAX_NESTING_DEPTH + 1), format))
                .isInstanceOf(java.io.IOException.class).message().containsIgnoringCase("depth");
    }

    @Test
    void aDtdIsFoundWhateverTheEncodingAndHoweverLongTheProlog() {
        String dtd = "<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>";
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + dtd).getBytes(StandardCharsets.UTF_16);
        byte[] longProlog = ("<?xml version=\"1.0\"?><!--" + "x".repeat(10_000) + "-->" + dtd).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireMappers.readTree(utf16, WireFormat.XML)).hasMessageContaining("DTD");
        assertThatThrownBy(() -> WireMappers.readTree(longProlog, WireFormat.XML)).hasMessageContaining("DTD");
    }
}
