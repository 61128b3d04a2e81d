package dev.bringport.adapter.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An answer's body as an input stream that the caller reads while it arrives, one chunk of the
 * connection in memory at a time. Unlike the JDK's own, a read that waits longer than the idle
 * bound for the next bytes fails with {@link HttpTimeoutException} and drops the connection, so an
 * answer that stalls halfway cannot hang its reader. Every failure of the connection is a
 * {@link Cut}. Closing the stream before its end drops the connection too.
 */
final class StreamedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    /** The answer stopped arriving: the connection failed, or stalled beyond the idle bound. */
    static final class Cut extends IOException {
        Cut(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Marks the end of the body in the queue. */
    private static final Object END = new Object();

    private final long idleNanos;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> chunk = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private boolean ended;

    private StreamedBody(Duration idle) {
        this.idleNanos = idle.toNanos();
    }

    /**
     * @param idle the longest wait for the next bytes of an answer
     * @return a handler giving each answer's body as a stream
     */
    static HttpResponse.BodyHandler<InputStream> handler(Duration idle) {
        return info -> new StreamedBody(idle);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        value.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrived.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(failure);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (current == null || !current.hasRemaining()) {
            if (ended) {
                return -1;
            }
            if (chunk.hasNext()) {
                current = chunk.next();
            } else {
                next();
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(into, offset, n);
        return n;
    }

    /** Waits for the next chunk of the body, or its end. */
    @SuppressWarnings("unchecked")
    private void next() throws IOException {
        Object next;
        try {
            next = arrived.poll(idleNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new Cut(new java.io.InterruptedIOException("interrupted while the answer arrived"));
        }
        if (next == null) {
            close();
            throw new Cut(new HttpTimeoutException("no part of the answer for " + TimeUnit.NANOSECONDS.toMillis(idleNanos)
                    + " ms"));
        }
        if (next instanceof Throwable failure) {
            ended = true;
            throw new Cut(failure instanceof IOException io ? io : new IOException(failure));
        }
        if (next == END) {
            ended = true;
            return;
        }
        chunk = ((List<ByteBuffer>) next).iterator();
        subscription.request(1);
    }

    @Override
    public void close() {
        if (!ended) {
            ended = true;
            Flow.Subscription value = subscription;
            if (value != null) {
                value.cancel();
            }
        }
    }
}
