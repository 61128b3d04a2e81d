package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An answer masks a secret it repeats, wherever and however often, and leaves every other byte alone. */
class AnswerTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);
    private static final String KEY = "0c7e-secret-api-key-5b1e";

    private static Answer answer(byte[] body) {
        return new Answer(400, NONE, body);
    }

    @Test
    void everyOccurrenceOfTheSecretIsMasked() {
        Answer masked = answer((KEY + " and again " + KEY + "!").getBytes(StandardCharsets.UTF_8)).masking(KEY);

        assertThat(masked.text()).isEqualTo("**** and again ****!");
        assertThat(masked.status()).isEqualTo(400);
    }

    @Test
    void anAnswerWithoutTheSecretIsTheSameAnswer() {
        Answer answer = answer("[CT_2_ACCESS_DENIED] User is not logged in".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.masking(KEY)).isSameAs(answer);
    }

    @Test
    void theBytesAroundTheSecretAreKeptAsTheyAreEvenWhenTheyAreNotText() {
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[key.length + 4];
        body[0] = (byte) 0xff;
        body[1] = 0;
        System.arraycopy(key, 0, body, 2, key.length);
        body[body.length - 2] = (byte) 0x80;
        body[body.length - 1] = (byte) 0xfe;

        assertThat(answer(body).masking(KEY).body()).containsExactly(0xff, 0, '*', '*', '*', '*', 0x80, 0xfe);
    }
}
