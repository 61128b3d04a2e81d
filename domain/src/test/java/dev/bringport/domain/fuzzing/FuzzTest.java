package dev.bringport.domain.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The property runner itself: it runs every try, reports the first failing input with the seed
 * that replays it, shrinks a failing byte input, and tells documented failures from others.
 */
class FuzzTest {

    @Test
    void everyTryIsRunWithAGeneratedInput() {
        List<Integer> seen = new ArrayList<>();

        Fuzz.forAll("counting", 25, Random::nextInt, seen::add);

        assertThat(seen).hasSize(Fuzz.tries(25)).doesNotHaveDuplicates();
    }

    @Test
    void aPropertyThatDoesNotHoldFailsWithTheSeedAndTheShrunkInput() {
        byte[] seed = "<order><id>42</id><note>X marks the spot</note></order>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Fuzz.forAllBytes("no X", 10, random -> seed, body -> {
            if (new String(body, StandardCharsets.UTF_8).contains("X")) {
                throw new IllegalStateException("found an X");
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no X does not hold on try 1 of")
                .hasMessageContaining("-D" + Fuzz.SEED + "=")
                .hasMessageContaining("found an X")
                .hasMessageContaining("input: 1 bytes: X");
    }

    @Test
    void documentedFailuresPassAndOthersDoNot() {
        assertThat(Fuzz.onlyThrows(() -> "value", IllegalArgumentException.class)).isEqualTo("value");
        assertThat(Fuzz.onlyThrows(() -> {
            throw new IllegalArgumentException("refused");
        }, IllegalArgumentException.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fuzz.onlyThrows(() -> {
            throw new ArithmeticException("overflow");
        }, IllegalArgumentException.class)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("undocumented failure java.lang.ArithmeticException: overflow");
    }

    @Test
    void aStackOverflowIsAFailureNotACrash() {
        assertThatThrownBy(() -> Fuzz.forAll("deep", 1, random -> 0, input -> recurse(input)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("StackOverflowError");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
