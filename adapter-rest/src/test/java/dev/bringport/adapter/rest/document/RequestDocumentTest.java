package dev.bringport.adapter.rest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a body within the bound, and what a read document says of the fields it ignored. */
class RequestDocumentTest {

    /** An endless stream of zeros, as {@code /dev/zero}, that counts what was taken from it. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            taken += len;
            return len;
        }
    }

    @Test
    void anEndlessStreamIsRefusedOnceTheBoundIsPassedWithoutReadingFurther() {
        Endless zeros = new Endless();

        assertThatIllegalArgumentException().isThrownBy(() -> RequestDocument.readBody(zeros))
                .withMessage("longer than 4 MiB (4194304 bytes), the most a request document may hold: "
                        + "Bring's largest documented request has 24 KiB");
        assertThat(zeros.taken).isEqualTo(RequestDocument.MAX_BYTES + 1);
    }

    @Test
    void aBodyUpToTheBoundIsReadWhole() throws IOException {
        byte[] body = new byte[RequestDocument.MAX_BYTES];
        body[body.length - 1] = 'x';

        assertThat(RequestDocument.readBody(new ByteArrayInputStream(body))).isEqualTo(body);
        assertThat(RequestDocument.readBody(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void anIgnoredFieldSaysWhereAndWhy() {
        IgnoredField field = new IgnoredField("clientUrl", "the client URL travels in the X-Bring-Client-URL header");

        assertThat(field).hasToString("clientUrl is not sent: the client URL travels in the X-Bring-Client-URL header");
        assertThatIllegalArgumentException().isThrownBy(() -> new IgnoredField(" ", "why"));
    }

    @Test
    void theIgnoredFieldsAreKeptAsGiven() {
        List<IgnoredField> ignored = new java.util.ArrayList<>(List.of(new IgnoredField("a", IgnoredField.NOT_MODELLED)));
        RequestDocument<String> read = new RequestDocument<>("value", ignored);
        ignored.clear();

        assertThat(read.ignored()).extracting(IgnoredField::path).containsExactly("a");
    }
}
