package dev.bringport.adapter.rest.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body in memory as the client receives it, like
 * {@link HttpResponse.BodySubscribers#ofByteArray()}, but within a bound: an answer that says or
 * turns out to be longer fails with {@link TooLarge} as soon as that is known, and what it sent is
 * dropped. The caller is woken once, with the whole body.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The answer is longer than the bound. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("answer too large");
        }
    }

    private final long bound;
    private final long declared;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<ByteBuffer> received = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    private BoundedBody(long bound, long declared) {
        this.bound = bound;
        this.declared = declared;
    }

    /**
     * @param bound the most bytes an answer may have
     * @return a handler whose bodies are bounded
     */
    static HttpResponse.BodyHandler<byte[]> within(long bound) {
        return info -> new BoundedBody(bound, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        if (declared > bound) {
            tooLarge();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            size += buffer.remaining();
        }
        if (size > bound) {
            tooLarge();
            return;
        }
        received.addAll(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        received.clear();
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (body.isDone()) {
            return;
        }
        byte[] bytes = new byte[(int) size];
        int at = 0;
        for (ByteBuffer buffer : received) {
            int length = buffer.remaining();
            buffer.get(bytes, at, length);
            at += length;
        }
        received.clear();
        body.complete(bytes);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void tooLarge() {
        received.clear();
        subscription.cancel();
        body.completeExceptionally(new TooLarge());
    }
}
