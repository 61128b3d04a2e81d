package dev.bringport.adapter.rest.http;

import java.io.IOException;

/**
 * Reads a successful (2xx) answer into a domain value. A reader that finds errors inside a
 * successful answer (Bring does that: {@code Status FAILED}, booking {@code errors[]}) throws the
 * failure itself, made with {@link dev.bringport.ports.BringFailures}.
 *
 * @param <T> the domain value
 */
@FunctionalInterface
public interface AnswerReader<T> {

    /**
     * Reads the answer.
     *
     * @param answer the answer
     * @return the value
     * @throws IOException if the body cannot be read as expected
     */
    T read(Answer answer) throws IOException;

    /**
     * A reader for calls whose answer carries nothing to read.
     *
     * @return a reader that ignores the body
     */
    static AnswerReader<Void> none() {
        return answer -> null;
    }
}
