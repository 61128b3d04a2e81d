package dev.bringport.adapter.rest.http;

import dev.bringport.ports.BringException;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Sends calls to Bring and reads the answers: the credential headers on every call, the shared
 * rate limiter, the retry and write-safety policy (resilience4j executing
 * {@link RetryPolicy}), answers read within their size bound (or streamed, for answers too long to
 * hold), and every failure turned into the ports' types. A write whose outcome cannot be known
 * fails with {@link OutcomeUnknownException}.
 * Thread-safe; one instance, with one {@link HttpClient}, serves all capabilities.
 */
public final class BringHttp {

    /** One limiter per credentials user and rate, shared by every adapter instance in the JVM. */
    private static final RateLimiterRegistry LIMITERS = RateLimiterRegistry.ofDefaults();
    /** One window of send moments per credentials user and rate, shared like the limiters. */
    private static final Map<String, SendWindow> WINDOWS = new ConcurrentHashMap<>();
    /**
     * The wait between permits is this much longer than 1 s / rate, and the window of send moments
     * this much longer than a second, so that jitter in sending never puts rate + 1 calls into a second.
     */
    private static final double PACING_MARGIN = 1.03;
    private static final Duration LONGEST_WAIT_FOR_PERMIT = Duration.ofSeconds(30);
    private static final int STREAM_BUFFER = 16 * 1024;

    private final HttpSettings settings;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final SendWindow window;
    private final Map<Operation, Retry> retries = new EnumMap<>(Operation.class);
    private final String userAgent;

    /**
     * A transport with its own HTTP client.
     *
     * @param settings how to talk to Bring
     */
    public BringHttp(HttpSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * A transport with a given HTTP client (its connect timeout is the client's own).
     *
     * @param settings how to talk to Bring
     * @param client   the client, shared
     */
    public BringHttp(HttpSettings settings, HttpClient client) {
        this.settings = settings;
        this.client = client;
        Duration spacing = Duration.ofNanos(Math.round(1_000_000_000.0 / settings.requestsPerSecond() * PACING_MARGIN));
        String user = settings.credentials().userId() + "@" + settings.requestsPerSecond();
        this.limiter = LIMITERS.rateLimiter(user, RateLimiterConfig.custom().limitForPeriod(1).limitRefreshPeriod(spacing)
                .timeoutDuration(LONGEST_WAIT_FOR_PERMIT).build());
        this.window = WINDOWS.computeIfAbsent(user, u -> new SendWindow(settings.requestsPerSecond(),
                Duration.ofNanos(Math.round(1_000_000_000.0 * PACING_MARGIN)), System::nanoTime));
        for (Operation operation : Operation.values()) {
            retries.put(operation, retry(operation, settings.retry()));
        }
        this.userAgent = "bringport/" + version() + " (Java " + Runtime.version().feature() + ")";
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
    public HttpSettings settings() {
        return settings;
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
     */
    public <T> T exchange(Call call, AnswerReader<T> reader) {
        Endpoints.requireSafe(call.uri());
        return Retry.decorateSupplier(retries.get(call.operation()), () -> attempt(call, reader)).get();
    }

    private <T> T attempt(Call call, AnswerReader<T> reader) {
        HttpResponse<byte[]> response = send(call, BoundedBody.within(settings.maxAnswerBytes()));
        return read(call, new Answer(response.statusCode(), response.headers(), response.body()), reader);
    }

    /**
     * Makes a call and hands the items of its successful answer to an action as they arrive,
     * never holding the whole answer, so the answer's size bound does not apply. Failures before
     * the answer arrives are retried as the policy allows; once a successful answer is being read
     * the call is never sent again, so no item reaches the action twice. What the action throws
     * ends the call and reaches the caller unchanged.
     *
     * @param call   the call
     * @param reader reads the items of a 2xx answer
     * @param action takes each item
     * @param <T>    the items
     * @throws BringException how the call failed, typed
     * @throws IllegalArgumentException for a URL the adapter may not send credentials to
     */
    public <T> void stream(Call call, StreamReader<T> reader, Consumer<? super T> action) {
        Endpoints.requireSafe(call.uri());
        Objects.requireNonNull(action, "action");
        try {
            Retry.decorateRunnable(retries.get(call.operation()), () -> attemptStream(call, reader, action)).run();
        } catch (StreamEnded ended) {
            throw ended.getCause();
        }
    }

    private <T> void attemptStream(Call call, StreamReader<T> reader, Consumer<? super T> action) {
        HttpResponse<InputStream> response = send(call, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            Answer answer;
            try {
                answer = new Answer(response.statusCode(), response.headers(), readBounded(response));
            } catch (IOException e) {
                throw failedWhileReading(call, e);
            }
            read(call, answer, AnswerReader.none());
            return;
        }
        Answer head = new Answer(response.statusCode(), response.headers(), new byte[0]);
        try (InputStream body = new BufferedInputStream(new Arriving(response.body()), STREAM_BUFFER)) {
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
        } catch (BringException reportedInTheAnswer) {
            throw new StreamEnded(reportedInTheAnswer);
        } catch (ConnectionFailed e) {
            throw new StreamEnded(failedWhileReading(call, e.getCause()));
        } catch (IOException | RuntimeException unreadable) {
            throw new StreamEnded(afterSending(call, new UnexpectedResponseException(Failure.of(call.operation(),
                    "Bring's answer could not be read: " + unreadable.getMessage()).withHttpStatus(head.status()), unreadable)));
        }
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

    /** Waits for a permit of the rate limiter and sends the call, its answer's body read by a handler. */
    private <B> HttpResponse<B> send(Call call, HttpResponse.BodyHandler<B> body) {
        Operation op = call.operation();
        Optional<SendWindow.Send> send = limiter.acquirePermission() ? enterWindow(op) : Optional.empty();
        if (send.isEmpty()) {
            throw new RateLimitedException(Failure.notSent(op, "no permit from the client rate limiter within "
                    + LONGEST_WAIT_FOR_PERMIT.toSeconds() + " s"), Optional.empty());
        }
        try {
            return client.send(request(call, send.get()), body);
        } catch (HttpConnectTimeoutException e) {
            throw new TimedOutException(Failure.notSent(op, "no connection to " + call.uri().getHost() + " within "
                    + settings.connectTimeout().toMillis() + " ms"), e);
        } catch (ConnectException e) {
            throw new UnavailableException(Failure.notSent(op, "no connection to " + call.uri().getHost()), e);
        } catch (HttpTimeoutException e) {
            throw afterSending(call, new TimedOutException(Failure.of(op, "no answer within "
                    + settings.requestTimeout().toMillis() + " ms"), e));
        } catch (IOException e) {
            throw failedWhileReading(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw afterSending(call, new UnavailableException(Failure.of(op, "interrupted while waiting for Bring"), e));
        }
    }

    private Optional<SendWindow.Send> enterWindow(Operation op) {
        try {
            return window.enter(LONGEST_WAIT_FOR_PERMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(Failure.notSent(op, "interrupted while waiting for the rate limit"), e);
        }
    }

    private BringException failedWhileReading(Call call, IOException e) {
        Operation op = call.operation();
        if (e instanceof BoundedBody.TooLarge || e.getCause() instanceof BoundedBody.TooLarge) {
            return afterSending(call, new UnexpectedResponseException(Failure.of(op, "the answer is larger than "
                    + settings.maxAnswerBytes() + " bytes"), e));
        }
        return afterSending(call, new UnavailableException(Failure.of(op, "the connection failed: " + e), e));
    }

    private <T> T read(Call call, Answer answer, AnswerReader<T> reader) {
        Operation op = call.operation();
        if (answer.status() >= 200 && answer.status() < 300) {
            try {
                return reader.read(answer);
            } catch (BringException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw afterSending(call, new UnexpectedResponseException(Failure.of(op, "Bring's answer could not be read: "
                        + e.getMessage()).withHttpStatus(answer.status()), e));
            }
        }
        Failure failure = ErrorAnswers.failure(op, answer);
        if (answer.status() == 429) {
            throw new RateLimitedException(failure, retryAfter(answer));
        }
        BringException bringSays = BringFailures.fromAnswer(failure);
        throw answer.status() >= 500 ? afterSending(call, bringSays) : bringSays;
    }

    /** A write that reached Bring and then failed may have happened: its outcome is unknown. */
    private static BringException afterSending(Call call, BringException failure) {
        if (!call.operation().isWrite()) {
            return failure;
        }
        return new OutcomeUnknownException(failure.failure(), call.correlationId(), failure);
    }

    private HttpRequest request(Call call, SendWindow.Send send) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(settings.requestTimeout())
                .header("X-Mybring-API-Uid", settings.credentials().userId())
                .header("X-Mybring-API-Key", settings.credentials().apiKey())
                .header("X-Bring-Client-URL", settings.credentials().clientUrl().toString())
                .header("User-Agent", userAgent)
                .header("Accept", call.accept());
        if (call.body().isPresent()) {
            builder.header("Content-Type", call.bodyFormat().mediaType() + "; charset=UTF-8")
                    .method(call.method(), leaving(call.body().get(), send));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /**
     * A body that tells the send window when it begins to leave: after the connection is made and
     * the headers are written, which for a new connection can be long after the permit.
     */
    private static HttpRequest.BodyPublisher leaving(byte[] body, SendWindow.Send send) {
        HttpRequest.BodyPublisher bytes = HttpRequest.BodyPublishers.ofByteArray(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return bytes.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                send.leftNow();
                bytes.subscribe(subscriber);
            }
        };
    }

    /** Reads the body of an error answer to a streamed call within the bound. */
    private byte[] readBounded(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(settings.maxAnswerBytes() + 1, Integer.MAX_VALUE - 8));
            if (body.length > settings.maxAnswerBytes()) {
                throw new BoundedBody.TooLarge();
            }
            return body;
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(Answer answer) {
        return answer.header("Retry-After").map(String::strip).flatMap(value -> {
            if (value.matches("\\d+")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Duration wait = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
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
     * the action's own exception, or a failure after the answer began to arrive.
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

    /** A streamed body whose failures to read are the connection's, told apart from a document that is not as expected. */
    private static final class Arriving extends FilterInputStream {
        Arriving(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new ConnectionFailed(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new ConnectionFailed(e);
            }
        }
    }

    /** The connection failed while a streamed body arrived. */
    private static final class ConnectionFailed extends IOException {
        ConnectionFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
