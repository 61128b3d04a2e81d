package dev.bringport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.ports.contract.HostileXml.Attack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/**
 * The hostile XML cases do what they claim: against a parser that trusts DTDs (the JDK's DOM
 * parser with its defaults) the file entity reads the secret and the network cases connect to
 * the probe, so that the adapters' tests, which see neither, prove a refusal.
 */
class HostileXmlTest {

    private static final byte[] DOCUMENT = "<?xml version=\"1.0\"?><order><id>42</id></order>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private HostileXml hostile;

    @BeforeEach
    void start() {
        hostile = new HostileXml(dir);
    }

    @AfterEach
    void stop() {
        hostile.close();
    }

    private static Document trustingParse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @ParameterizedTest
    @EnumSource(value = Attack.class, names = {"EXTERNAL_FILE_ENTITY", "DTD_AFTER_LONG_PROLOG", "DTD_IN_UTF16"})
    void aTrustingParserReadsTheSecretFile(Attack attack) throws Exception {
        Document read = trustingParse(hostile.attack(attack, DOCUMENT));

        assertThat(read.getDocumentElement().getTextContent()).isEqualTo(hostile.secret() + "42");
    }

    @Test
    void aTrustingParserExpandsTheInternalEntity() throws Exception {
        assertThat(trustingParse(hostile.attack(Attack.INTERNAL_DTD, DOCUMENT)).getDocumentElement().getTextContent())
                .isEqualTo("declared-in-a-dtd42");
    }

    @ParameterizedTest
    @EnumSource(value = Attack.class, names = {"EXTERNAL_NETWORK_ENTITY", "EXTERNAL_NETWORK_DTD", "PARAMETER_ENTITIES"})
    void aTrustingParserConnectsToTheProbe(Attack attack) {
        try {
            trustingParse(hostile.attack(attack, DOCUMENT));
        } catch (Exception whatTheProbeAnswered) {
            // the probe's DTD need not fit; the connection is what counts
        }

        assertThat(hostile.connections()).isPositive();
    }

    @Test
    void theJdksOwnLimitStopsTheBillionLaughs() {
        assertThatThrownBy(() -> trustingParse(hostile.attack(Attack.BILLION_LAUGHS, DOCUMENT)))
                .hasMessageContaining("entity");
    }

    @Test
    void deepNestingIsAsDeepAsClaimed() {
        String text = new String(hostile.attack(Attack.DEEP_NESTING, DOCUMENT), StandardCharsets.UTF_8);

        assertThat(text).contains("<order>" + "<a>".repeat(HostileXml.DEEP) + "x" + "</a>".repeat(HostileXml.DEEP) + "<id>42");
        assertThat(text.split("<a>", -1)).hasSize(HostileXml.DEEP + 1);
    }

    @Test
    void deeplyNestedJsonIsAsDeepAsClaimed() {
        String json = new String(HostileXml.deeplyNestedJson(10), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"a\":[{\"a\":[{\"a\":[{\"a\":[{\"a\":[1]}]}]}]}]}");
    }
}
