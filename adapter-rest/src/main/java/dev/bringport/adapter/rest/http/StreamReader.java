package dev.bringport.adapter.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the items of a successful (2xx) answer one at a time as its body arrives, for answers too
 * long to hold whole. A reader that finds Bring reporting a failure inside the answer throws that
 * failure, made with {@link dev.bringport.ports.BringFailures}.
 *
 * @param <T> the items
 */
@FunctionalInterface
public interface StreamReader<T> {

    /**
     * Reads the body, handing each item over as soon as it is read.
     *
     * @param head the answer's status and headers; its body is empty, the body is the stream
     * @param body the body as it arrives; the caller closes it
     * @param sink takes each item
     * @throws IOException if the body cannot be read as expected
     */
    void read(Answer head, InputStream body, Consumer<T> sink) throws IOException;
}
