package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What reaches the terminal: text as text, every control character but the line feed escaped. */
class EscapingOutputTest {

    private static String through(byte[]... writes) throws IOException {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (EscapingOutput out = new EscapingOutput(terminal)) {
            for (byte[] write : writes) {
                out.write(write);
            }
        }
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textPassesAsItIsLineFeedsIncluded() throws IOException {
        String text = "Kjøper AS/Laksevåg, 5161 LAKSEVÅG NO €5 \uD83D\uDCE6\nline two";

        assertThat(through(utf8(text))).isEqualTo(text);
    }

    @Test
    void everyOtherControlCharacterIsEscaped() throws IOException {
        assertThat(through(utf8("a\u001b[31mb\rc\td\u0007e\u007ff\u009bg\u0085h\u202ei\u2066j\u2028k\u200fl\u0000")))
                .isEqualTo("a\\u001b[31mb\\u000dc\\u0009d\\u0007e\\u007ff\\u009bg\\u0085h\\u202ei\\u2066j\\u2028k\\u200fl\\u0000");
    }

    @Test
    void aCharacterSplitAcrossWritesIsJudgedWhole() throws IOException {
        byte[] csi = utf8("\u009b");
        byte[] ae = utf8("æ");

        assertThat(through(new byte[] {csi[0]}, new byte[] {csi[1]}, new byte[] {ae[0]}, new byte[] {ae[1], 'x'}))
                .isEqualTo("\\u009bæx");
    }

    @Test
    void bytesThatAreNotUtf8PassUnchanged() throws IOException {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (EscapingOutput out = new EscapingOutput(terminal)) {
            out.write(new byte[] {(byte) 0xC3, 'a', (byte) 0x80, (byte) 0xE2, (byte) 0x80});
        }

        assertThat(terminal.toByteArray()).containsExactly((byte) 0xC3, 'a', (byte) 0x80, (byte) 0xE2, (byte) 0x80);
    }

    @Test
    void oneLineEscapesLineBreaks() {
        assertThat(EscapingOutput.oneLine("a\r\nb\nc")).isEqualTo("a\\u000d\\u000ab\\u000ac");
    }
}
