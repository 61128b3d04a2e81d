package dev.bringport.adapter.rest.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request's body that tells the transport what became of the request, and sends a write at
 * most once. The JDK's client asks a body its length while it writes the request's headers, after
 * the connection (and its TLS handshake) is made: a body never asked was never sent. It asks again
 * for every copy it sends; with {@code -Djdk.httpclient.enableAllMethodRetry=true} it resends a
 * POST whose connection closed before an answer, so a write's body refuses to be asked twice (the
 * second copy's headers are never written) and to be read twice. A read may be sent again: the
 * JDK resends a GET once on its own, which is harmless.
 */
final class SentBody implements HttpRequest.BodyPublisher {

    /** What the JDK's client throws when a write's body refuses a second copy: the first has left. */
    static final class SecondCopy extends IOException {
        SecondCopy() {
            super("refusing to send a write a second time: the HTTP client tried to resend it (are retries of every"
                    + " method on, jdk.httpclient.enableAllMethodRetry?)");
        }
    }

    private final HttpRequest.BodyPublisher body;
    private final boolean once;
    private final Runnable sent;
    private final AtomicInteger copies = new AtomicInteger();
    private final AtomicBoolean read = new AtomicBoolean();

    /**
     * @param bytes the body, empty for a GET
     * @param once  whether the request is a write, to be sent at most once
     * @param sent  run once the body has been handed to the connection
     */
    SentBody(byte[] bytes, boolean once, Runnable sent) {
        this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        this.once = once;
        this.sent = sent;
    }

    /** @return whether the client began to write the request: nothing was sent if it did not */
    boolean started() {
        return copies.get() > 0;
    }

    @Override
    public long contentLength() {
        if (copies.incrementAndGet() > 1 && once) {
            throw new UncheckedIOException(new SecondCopy());
        }
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        if (once && !read.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    // nothing to give: the write has been sent once
                }

                @Override
                public void cancel() {
                    // nothing to stop
                }
            });
            subscriber.onError(new SecondCopy());
            return;
        }
        body.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
                sent.run();
            }
        });
    }
}
