package dev.bringport.adapter.rest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body, read whole but never beyond a bound: past it, the body is abandoned and the
 * answer fails with {@link TooLarge}.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The answer exceeded the bound. */
    static final class TooLarge extends IOException {
        TooLarge(long bound) {
            super("the answer is larger than " + bound + " bytes");
        }
    }

    private final long bound;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long received;

    private BoundedBody(long bound) {
        this.bound = bound;
    }

    /**
     * A handler that reads every answer's body within a bound.
     *
     * @param bound the most bytes read
     * @return the handler
     */
    static HttpResponse.BodyHandler<byte[]> handler(long bound) {
        return info -> new BoundedBody(bound);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > bound) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(bound));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }
}
