package dev.bringport.example;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 output in which every control character but the line feed is written as the six
 * characters {@code \}{@code uXXXX}: C0 controls (ESC, which starts a terminal's escape sequences,
 * carriage return, backspace...), DEL, C1 controls (CSI {@code U+009B} among them), the line and
 * paragraph separators and the bidirectional formatting characters. Whatever Bring answers, its
 * text reaches the terminal as text. In JSON the six characters are the same character's escape,
 * so a document stays the same document. Lines are the printer's: a line feed inside one of
 * Bring's values is escaped where that value is printed ({@link #oneLine(String)}).
 */
final class EscapingOutput extends FilterOutputStream {

    /** The bytes of a UTF-8 sequence begun but not ended. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(4);
    private int expected;

    EscapingOutput(OutputStream out) {
        super(new BufferedOutputStream(out));
    }

    /**
     * Text made one line: its line breaks escaped as the rest of its control characters are.
     *
     * @param text any text, e.g. one of Bring's messages
     * @return the text without line feeds or carriage returns
     */
    static String oneLine(String text) {
        return text == null ? "null" : text.replace("\r", "\\u000d").replace("\n", "\\u000a");
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xFF;
        if (expected > 0) {
            if ((unsigned & 0xC0) == 0x80) {
                pending.write(unsigned);
                if (pending.size() == expected) {
                    endSequence();
                }
                return;
            }
            flushPending(); // not UTF-8: passed on as it came
        }
        if (unsigned < 0x80) {
            if (unsigned == '\n' || unsigned >= 0x20 && unsigned != 0x7F) {
                out.write(unsigned);
            } else {
                escape(unsigned);
            }
        } else if (unsigned >= 0xC0 && unsigned < 0xF8) {
            expected = unsigned < 0xE0 ? 2 : unsigned < 0xF0 ? 3 : 4;
            pending.write(unsigned);
        } else {
            out.write(unsigned);
        }
    }

    /** Printable ASCII and line feeds pass in runs; everything else byte by byte. */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int run = off;
        for (int i = off; i < off + len; i++) {
            int unsigned = b[i] & 0xFF;
            if (expected > 0 || unsigned != '\n' && (unsigned < 0x20 || unsigned >= 0x7F)) {
                out.write(b, run, i - run);
                write(unsigned);
                run = i + 1;
            }
        }
        out.write(b, run, off + len - run);
    }

    @Override
    public void close() throws IOException {
        flushPending();
        super.close();
    }

    private void endSequence() throws IOException {
        byte[] bytes = pending.toByteArray();
        int codePoint = new String(bytes, StandardCharsets.UTF_8).codePointAt(0);
        if (isControl(codePoint)) {
            escape(codePoint);
        } else {
            out.write(bytes);
        }
        pending.reset();
        expected = 0;
    }

    private void flushPending() throws IOException {
        out.write(pending.toByteArray());
        pending.reset();
        expected = 0;
    }

    /** C1 controls, the line and paragraph separators, and the bidirectional formatting characters. */
    private static boolean isControl(int codePoint) {
        return codePoint >= 0x80 && codePoint <= 0x9F || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    private void escape(int codePoint) throws IOException {
        out.write(String.format("\\u%04x", codePoint).getBytes(StandardCharsets.US_ASCII));
    }
}
