package dev.bringport.adapter.rest.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that says when its last byte has been handed to the connection: from then on
 * the request is at Bring, whatever the answer's time, which is when a rate limit counting
 * arrivals may stop waiting for it.
 */
final class SentBody implements HttpRequest.BodyPublisher {

    private final HttpRequest.BodyPublisher body;
    private final Runnable sent;

    /**
     * @param bytes the body
     * @param sent  run once the body has been handed over (may run more than once if the client
     *              sends it again; make it idempotent)
     */
    SentBody(byte[] bytes, Runnable sent) {
        this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        this.sent = sent;
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
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
