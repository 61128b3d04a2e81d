package dev.bringport.adapter.rest.http;

import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.transport.Attempt;
import dev.bringport.ports.transport.Attempts;
import dev.bringport.ports.transport.BringAddress;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.TransportPolicy;
import dev.bringport.ports.transport.TransportSettings;
import dev.bringport.ports.transport.WireFault;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javax.net.ssl.SSLException;

/**
 * Sends calls to Bring over {@link HttpClient} and reads the answers, applying the ports'
 * {@link TransportPolicy}: every attempt takes its place under the user's rate budget, carries the
 * credential headers, and has what went wrong typed by the policy; the retry policy
 * ({@link RetryPolicy}, executed by resilience4j) decides what is sent again. This class keeps only
 * what is HTTP's: the mapping of {@code java.net.http}'s exceptions onto {@link WireFault}s and of
 * HTTP answers onto the policy's answer classification, answers read within their size bound and
 * deadline (or walked as they arrive: {@link #stream}), a write sent at most once whatever the
 * JVM's settings ({@link SentBody}), and the JDK's log of request headers kept off
 * ({@link HeaderLogging}). Thread-safe; one instance, with one {@link HttpClient}, serves all
 * capabilities.
 */
public final class BringHttp {

    /** The transport's name: what its ports' {@code transport()} and its {@link dev.bringport.ports.transport.CallListener} say. */
    public static final String TRANSPORT = "REST";

    private static final int STREAM_BUFFER = 16 * 1024;

    private final TransportSettings settings;
    private final TransportPolicy policy;
    private final HttpClient client;
    private final Map<Operation, Retry> retries = new EnumMap<>(Operation.class);
    private final String userAgent;
    private final AtomicBoolean closed;

    /**
     * A transport over an HTTP client.
     *
     * @param settings how to talk to Bring
     * @param client   the client; it must not follow redirects
     */
    public BringHttp(TransportSettings settings, HttpClient client) {
        this(settings, client, new AtomicBoolean());
    }

    private BringHttp(TransportSettings settings, HttpClient client, AtomicBoolean closed) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = new TransportPolicy(TRANSPORT, settings);
        this.client = Objects.requireNonNull(client, "client");
        this.closed = closed;
        for (Operation operation : Operation.values()) {
            retries.put(operation, retry(operation, settings.retryPolicy()));
        }
        this.userAgent = "bringport/" + version() + " (Java " + Runtime.version().feature() + ")";
    }

    /**
     * The same transport (its client, settings and open or closed state) telling another listener
     * too of every attempt.
     *
     * @param more told after the settings' own listener
     * @return a transport sharing this one's client; closing either closes both
     */
    public BringHttp alsoTelling(CallListener more) {
        return new BringHttp(settings.withCallListener(settings.callListener().andThen(more)), client, closed);
    }

    private static Retry retry(Operation operation, RetryPolicy policy) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(e -> e instanceof BringException failure && policy.mayRetry(operation, failure))
                .intervalBiFunction((attempts, outcome) -> policy.waitBefore(attempts + 1,
                        (BringException) outcome.getLeft(), ThreadLocalRandom.current().nextDouble()).toMillis())
                .build();
        return Retry.of(operation.name(), config);
    }

    /**
     * The settings this transport uses.
     *
     * @return the settings
     */
    public TransportSettings settings() {
        return settings;
    }

    /** Refuses every call from now on: the adapter that owns this transport was closed. */
    public void close() {
        closed.set(true);
    }

    /**
     * Makes a call, retrying as the policy allows, and reads its successful answer.
     *
     * @param call   the call
     * @param reader reads a 2xx answer
     * @param <T>    what the answer is read into
     * @return the value read
     * @throws BringException how the call failed, typed
     * @throws IllegalArgumentException for a URL the adapter may not send credentials to
     * @throws IllegalStateException once the adapter has been closed
     */
    public <T> T exchange(Call call, AnswerReader<T> reader) {
        check(call);
        Attempts attempts = policy.attempts(call.operation());
        return Retry.decorateSupplier(retries.get(call.operation()), () -> policy.attempt(attempts, call.correlationId(),
                attempt -> attempt(call, reader, attempt))).get();
    }

    private void check(Call call) {
        if (closed.get()) {
            throw new IllegalStateException("the REST adapter has been closed");
        }
        BringAddress.requireEndpoint(call.uri());
    }

    private <T> T attempt(Call call, AnswerReader<T> reader, Attempt attempt) {
        HttpResponse<byte[]> response = send(call, attempt, sentAt -> BoundedBody.within(settings.maxAnswerBytes(),
                sentAt + settings.requestTimeout().toNanos(), "no complete answer within " + settings.requestTimeout().toMillis()
                        + " ms"));
        Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
        attempt.answered(answer.status(), ErrorAnswers.requestId(answer));
        return read(call, answer, reader);
    }

    /**
     * Makes a call and hands the items of its successful answer to an action as they arrive,
     * never holding the whole answer, so the answer's size bound does not apply; the request
     * timeout bounds the wait for the headers and then for each next part of the body. Failures
     * before the answer arrives are retried as the policy allows; once a successful answer is
     * being read the call is never sent again, so no item reaches the action twice. What the
     * action throws ends the call and reaches the caller unchanged.
     *
     * @param call   the call
     * @param reader reads the items of a 2xx answer
     * @param action takes each item
     * @param <T>    the items
     * @throws BringException how the call failed, typed
     * @throws IllegalArgumentException for a URL the adapter may not send credentials to
     * @throws IllegalStateException once the adapter has been closed
     */
    public <T> void stream(Call call, StreamReader<T> reader, Consumer<? super T> action) {
        check(call);
        Objects.requireNonNull(action, "action");
        Attempts attempts = policy.attempts(call.operation());
        try {
            Retry.decorateRunnable(retries.get(call.operation()), () -> policy.attempt(attempts, call.correlationId(),
                    attempt -> {
                        attemptStream(call, reader, action, attempt);
                        return null;
                    })).run();
        } catch (StreamEnded ended) {
            throw ended.getCause();
        }
    }

    private <T> void attemptStream(Call call, StreamReader<T> reader, Consumer<? super T> action, Attempt attempt) {
        HttpResponse<InputStream> response = send(call, attempt, sentAt -> StreamedBody.handler(settings.requestTimeout()));
        Answer head = new Answer(response.statusCode(), response.headers(), new byte[0]);
        attempt.answered(head.status(), ErrorAnswers.requestId(head));
        try (InputStream body = new BufferedInputStream(response.body(), STREAM_BUFFER)) {
            if (head.status() < 200 || head.status() >= 300) {
                read(call, new Answer(head.status(), head.headers(), bounded(body)), AnswerReader.none());
                return;
            }
            reader.read(head, new FilterInputStream(body) {
                @Override
                public void close() {
                    // the reader is done with the document; what follows it is read to the end below
                }
            }, item -> {
                try {
                    action.accept(item);
                } catch (RuntimeException actionFailed) {
                    throw new StreamEnded(actionFailed);
                }
            });
            readToTheEnd(body);
        } catch (StreamEnded ended) {
            throw ended;
        } catch (BringException failure) {
            if (head.status() < 200 || head.status() >= 300) {
                throw failure; // an error answer, before any item: retried as the policy allows
            }
            throw new StreamEnded(policy.settled(call.correlationId(), failure));
        } catch (IOException | RuntimeException unreadable) {
            throw new StreamEnded(broken(call, unreadable));
        }
    }

    /** What ended a streamed answer before its end: the connection, its size, or a document not as expected. */
    private BringException broken(Call call, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamedBody.Cut cut) { // XML parsers wrap it
                return failure(call, cut.getCause(), true, true);
            }
            if (cause instanceof BoundedBody.TooLarge) {
                return failure(call, cause, true, true);
            }
        }
        return policy.failure(call.operation(), WireFault.ANSWER_UNREADABLE, String.valueOf(e.getMessage()),
                call.correlationId(), e);
    }

    /** The body of an error answer to a streamed call, read within the bound. */
    private byte[] bounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(settings.maxAnswerBytes() + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > settings.maxAnswerBytes()) {
            throw new BoundedBody.TooLarge();
        }
        return bytes;
    }

    /**
     * Reads what follows a streamed document (a line end, usually) so that the client keeps the
     * connection for the next call; more than a little is not read, and the connection is dropped.
     */
    private static void readToTheEnd(InputStream body) throws IOException {
        byte[] rest = new byte[1024];
        for (int read = 0, n = body.read(rest); n >= 0; n = body.read(rest)) {
            read += n;
            if (read > STREAM_BUFFER) {
                return;
            }
        }
    }

    /**
     * Sends a call, its answer's body read by a handler made for the moment it is sent (on the
     * clock of {@link System#nanoTime()}); the place under the rate budget is told when the body
     * has been written and when the answer begins. The request timeout bounds the wait for the
     * answer's headers (the JDK's own), a body read whole must end by the deadline its handler was
     * given, and a streamed body may not pause longer than the timeout.
     */
    private <B> HttpResponse<B> send(Call call, Attempt place, LongFunction<HttpResponse.BodyHandler<B>> body) {
        SentBody sentBody = new SentBody(call.body().orElse(new byte[0]), call.operation().isWrite(), place::sent);
        AtomicBoolean answerBegan = new AtomicBoolean();
        HttpResponse.BodyHandler<B> handler = body.apply(System.nanoTime());
        HeaderLogging.silence();
        try {
            // the synchronous send: sendAsync would hand every answer to a new thread on a two-core machine
            // (the JDK's default async pool there is a thread per task)
            return client.send(request(call, sentBody), info -> {
                answerBegan.set(true);
                place.arrived();
                return handler.apply(info);
            });
        } catch (IOException | UncheckedIOException e) {
            throw failure(call, e, sentBody.started(), answerBegan.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw policy.failure(call.operation(), sentBody.started() ? WireFault.INTERRUPTED_AFTER_SENDING
                    : WireFault.INTERRUPTED_BEFORE_SENDING, "", call.correlationId(), e);
        }
    }

    /**
     * The failure for what ended an exchange before its answer was read whole: the mapping of
     * {@code java.net.http}'s exceptions onto the wire's faults.
     *
     * @param thrown      what the client threw
     * @param started     whether the client began to write the request (it does once connected and
     *                    past the TLS handshake)
     * @param answerBegan whether the answer's status and headers had arrived
     */
    private BringException failure(Call call, Throwable thrown, boolean started, boolean answerBegan) {
        WireFault fault;
        String detail = call.uri().getScheme() + "://" + call.uri().getAuthority();
        if (chainHolds(thrown, BoundedBody.TooLarge.class)) {
            fault = WireFault.ANSWER_TOO_LARGE;
            detail = "larger than " + settings.maxAnswerBytes() + " bytes, from " + detail;
        } else if (chainHolds(thrown, SentBody.SecondCopy.class)) {
            fault = WireFault.CLOSED_BEFORE_AN_ANSWER;
            detail = detail + "; the HTTP client's attempt to resend it was refused";
        } else if (thrown instanceof HttpConnectTimeoutException) {
            fault = WireFault.CONNECT_TIMEOUT;
            detail = "to " + detail + " within " + settings.connectTimeout().toMillis() + " ms";
        } else if (thrown instanceof HttpTimeoutException) {
            fault = WireFault.NO_ANSWER_IN_TIME;
            detail = "within " + settings.requestTimeout().toMillis() + " ms, from " + detail;
        } else if (!started) {
            fault = chainHolds(thrown, SSLException.class) ? WireFault.TLS_HANDSHAKE_FAILED : WireFault.NO_CONNECTION;
            detail = "to " + detail + ": " + thrown;
        } else {
            fault = answerBegan ? WireFault.LOST_MID_ANSWER : WireFault.CLOSED_BEFORE_AN_ANSWER;
            detail = detail + ": " + thrown;
        }
        return policy.failure(call.operation(), fault, detail, call.correlationId(), thrown);
    }

    private static boolean chainHolds(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private <T> T read(Call call, Answer answer, AnswerReader<T> reader) {
        if (answer.status() < 200 || answer.status() >= 300) {
            throw policy.answered(ErrorAnswers.failure(call.operation(), answer), answer.header("Retry-After"),
                    call.correlationId());
        }
        try {
            return reader.read(answer);
        } catch (BringException bringSays) {
            throw bringSays; // Bring's errors in a successful answer, typed by the reader; settled by the policy
        } catch (IOException | RuntimeException e) {
            throw policy.failure(call.operation(), WireFault.ANSWER_UNREADABLE, "HTTP " + answer.status() + ": "
                    + e.getMessage(), call.correlationId(), e);
        }
    }

    private HttpRequest request(Call call, SentBody body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(settings.requestTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", call.accept());
        settings.credentials().headers().forEach(builder::header);
        if (call.body().isPresent()) {
            builder.header("Content-Type", call.bodyFormat().mediaType() + "; charset=UTF-8");
        }
        return builder.method(call.method(), body).build();
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = BringHttp.class.getResourceAsStream("bringport.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * Carries what ended a streamed call past the retry, which retries only the ports' failures:
     * the action's own exception, or a failure after a successful answer began to arrive.
     */
    private static final class StreamEnded extends RuntimeException {
        StreamEnded(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
