package dev.bringport.adapter.rest.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Collects an answer's body in memory as the client receives it, like
 * {@link HttpResponse.BodySubscribers#ofByteArray()}, but within a bound and a deadline: an answer
 * that says or turns out to be longer fails with {@link TooLarge} as soon as that is known, one
 * whose end has not arrived by the deadline fails with {@link HttpTimeoutException}, and either
 * way what it sent is dropped with its connection. The caller is woken once, with the whole body.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The answer is longer than the bound. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("answer too large");
        }
    }

    private final long bound;
    private final long deadline;
    private final String late;
    private final long declared;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<ByteBuffer> received = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    private BoundedBody(long bound, long deadline, String late, long declared) {
        this.bound = bound;
        this.deadline = deadline;
        this.late = late;
        this.declared = declared;
    }

    /**
     * @param bound    the most bytes an answer may have
     * @param deadline by when its end must have arrived, on the clock of {@link System#nanoTime()}
     * @param late     what the timeout says when it has not
     * @return a handler whose bodies are bounded
     */
    static HttpResponse.BodyHandler<byte[]> within(long bound, long deadline, String late) {
        return info -> new BoundedBody(bound, deadline, late, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        if (declared > bound) {
            tooLarge();
            return;
        }
        // the JDK's delay thread fires the timer on time; it is forgotten once the body is complete
        CompletableFuture<Void> timer = new CompletableFuture<Void>()
                .orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        timer.whenComplete((done, late) -> {
            if (late != null && body.completeExceptionally(new HttpTimeoutException(this.late))) {
                subscription.cancel();
            }
        });
        body.whenComplete((bytes, failure) -> timer.complete(null));
        subscription.request(Long.MAX_VALUE);
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
