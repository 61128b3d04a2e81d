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
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.RateBudget;
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
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Sends calls to Bring and reads the answers: the credential headers on every call, the rate
 * limit shared by every caller with the same credentials user (calls paced evenly by a
 * resilience4j limiter, and never more than the rate under way or answered within the last
 * second: {@link LastSecond}), the retry and write-safety policy (resilience4j executing
 * {@link RetryPolicy}), answers read within their size bound (or walked as they arrive, for
 * answers too long to hold: {@link #stream}) and with the API key masked where they repeat it, and every failure turned into the ports' types. A write whose outcome cannot be
 * known fails with {@link OutcomeUnknownException}. The JDK's log of request headers is kept off
 * ({@link HeaderLogging}).
 * Thread-safe; one instance, with one {@link HttpClient}, serves all capabilities.
 */
public final class BringHttp {

    private static final Duration LONGEST_WAIT_FOR_PERMIT = Duration.ofSeconds(30);
    /** The shortest API key masked in answers (see {@link #withoutKey(Answer)}). */
    static final int SHORTEST_MASKED_KEY = 16;
    private static final int STREAM_BUFFER = 16 * 1024;

    private final HttpSettings settings;
    private final HttpClient client;
    private final RateBudget budget;
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
        this.budget = InProcessRateBudget.perSecond(settings.requestsPerSecond());
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
        HttpResponse<byte[]> response = send(call, sentAt -> BoundedBody.within(settings.maxAnswerBytes(),
                sentAt + settings.requestTimeout().toNanos(), "no complete answer within " + settings.requestTimeout().toMillis()
                        + " ms"));
        return read(call, new Answer(response.statusCode(), response.headers(), response.body()), reader);
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
        HttpResponse<InputStream> response = send(call, sentAt -> StreamedBody.handler(settings.requestTimeout()));
        Answer head = new Answer(response.statusCode(), response.headers(), new byte[0]);
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
            Failure masked = withoutKey(failure.failure());
            throw new StreamEnded(masked == failure.failure() ? failure : BringFailures.fromAnswer(masked));
        } catch (IOException | RuntimeException unreadable) {
            throw new StreamEnded(failed(call, head, unreadable));
        }
    }

    /** What ended a streamed answer before its end: the connection, its size, or a document not as expected. */
    private BringException failed(Call call, Answer head, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamedBody.Cut cut) { // XML parsers wrap it
                return failed(call, cut.getCause());
            }
            if (cause instanceof BoundedBody.TooLarge) {
                return failed(call, cause);
            }
        }
        return afterSending(call, new UnexpectedResponseException(withoutKey(Failure.of(call.operation(),
                "Bring's answer could not be read: " + e.getMessage()).withHttpStatus(head.status())), e));
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
     * Takes a place under the rate limit and sends the call, its answer's body read by a handler
     * made for the moment it is sent (on the clock of {@link System#nanoTime()}).
     * The request counts as arrived at Bring when its answer begins, or a margin after its body
     * was written if that is sooner ({@link LastSecond}).
     */
    private <B> HttpResponse<B> send(Call call, LongFunction<HttpResponse.BodyHandler<B>> body) {
        Operation op = call.operation();
        RateBudget.Place place = enter(op);
        try {
            return send(call, body.apply(System.nanoTime()), place::sent, place::arrived);
        } finally {
            place.arrived();
        }
    }

    /** Takes a place among the requests Bring may count within a second. */
    private RateBudget.Place enter(Operation op) {
        try {
            return budget.enter(settings.credentials().userId(), LONGEST_WAIT_FOR_PERMIT).orElseThrow(() -> new RateLimitedException(Failure.notSent(op,
                    "no turn under the client rate limit within " + LONGEST_WAIT_FOR_PERMIT.toSeconds() + " s"),
                    Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(Failure.notSent(op, "interrupted while waiting for a turn under the rate limit"),
                    e);
        }
    }

    /**
     * Sends a call; {@code sent} runs when its body has been written, {@code arrived} when its
     * answer begins. The request timeout bounds the wait for the answer's headers (the JDK's own),
     * a body read whole must end by the deadline its handler was given, and a streamed body may not
     * pause longer than the timeout.
     */
    private <B> HttpResponse<B> send(Call call, HttpResponse.BodyHandler<B> body, Runnable sent, Runnable arrived) {
        Operation op = call.operation();
        HeaderLogging.silence();
        try {
            // the synchronous send: sendAsync would hand every answer to a new thread on a two-core machine
            // (the JDK's default async pool there is a thread per task)
            return client.send(request(call, sent), info -> {
                arrived.run();
                return body.apply(info);
            });
        } catch (IOException e) {
            throw failed(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw afterSending(call, new UnavailableException(Failure.of(op, "interrupted while waiting for Bring"), e));
        }
    }

    /** The failure for what ended an exchange before its answer was read whole. */
    private BringException failed(Call call, Throwable thrown) {
        Operation op = call.operation();
        if (thrown instanceof HttpConnectTimeoutException) {
            return new TimedOutException(Failure.notSent(op, "no connection to " + call.uri().getHost() + " within "
                    + settings.connectTimeout().toMillis() + " ms"), thrown);
        }
        if (thrown instanceof ConnectException) {
            return new UnavailableException(Failure.notSent(op, "no connection to " + call.uri().getHost()), thrown);
        }
        if (thrown instanceof HttpTimeoutException) {
            return afterSending(call, new TimedOutException(Failure.of(op, "no complete answer within "
                    + settings.requestTimeout().toMillis() + " ms"), thrown));
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBody.TooLarge) {
                return afterSending(call, new UnexpectedResponseException(Failure.of(op, "the answer is larger than "
                        + settings.maxAnswerBytes() + " bytes"), cause));
            }
        }
        return afterSending(call, new UnavailableException(Failure.of(op, "the connection failed: " + thrown), thrown));
    }

    private <T> T read(Call call, Answer answer, AnswerReader<T> reader) {
        Operation op = call.operation();
        if (answer.status() >= 200 && answer.status() < 300) {
            // a successful answer becomes values, not text: only a failure read from it is masked
            try {
                return reader.read(answer);
            } catch (BringException e) {
                Failure masked = withoutKey(e.failure());
                throw masked == e.failure() ? e : BringFailures.fromAnswer(masked);
            } catch (IOException | RuntimeException e) {
                throw afterSending(call, new UnexpectedResponseException(withoutKey(Failure.of(op,
                        "Bring's answer could not be read: " + e.getMessage()).withHttpStatus(answer.status())), e));
            }
        }
        Answer failed = withoutKey(answer);
        Failure failure = ErrorAnswers.failure(op, failed);
        if (failed.status() == 429) {
            throw new RateLimitedException(failure, retryAfter(failed));
        }
        BringException bringSays = BringFailures.fromAnswer(failure);
        throw failed.status() >= 500 ? afterSending(call, bringSays) : bringSays;
    }

    /**
     * The answer with the API key masked where it repeats it, so that no failure built from it
     * shows the key. A key shorter than {@value #SHORTEST_MASKED_KEY} characters is left alone: it
     * could match ordinary text of an answer by chance (Mybring's keys are 36-character UUIDs).
     */
    private Answer withoutKey(Answer answer) {
        String key = settings.credentials().apiKey();
        return key.length() < SHORTEST_MASKED_KEY ? answer : answer.masking(key);
    }

    /** A failure with the API key masked where its text repeats it, under the same rule as {@link #withoutKey(Answer)}. */
    private Failure withoutKey(Failure failure) {
        return settings.credentials().apiKey().length() < SHORTEST_MASKED_KEY ? failure : failure.masking(settings.credentials());
    }

    /** A write that reached Bring and then failed may have happened: its outcome is unknown. */
    private static BringException afterSending(Call call, BringException failure) {
        if (!call.operation().isWrite()) {
            return failure;
        }
        return new OutcomeUnknownException(failure.failure(), call.correlationId(), failure);
    }

    private HttpRequest request(Call call, Runnable sent) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(settings.requestTimeout())
                .header("X-Mybring-API-Uid", settings.credentials().userId())
                .header("X-Mybring-API-Key", settings.credentials().apiKey())
                .header("X-Bring-Client-URL", settings.credentials().clientUrl().toString())
                .header("User-Agent", userAgent)
                .header("Accept", call.accept());
        if (call.body().isPresent()) {
            builder.header("Content-Type", call.bodyFormat().mediaType() + "; charset=UTF-8")
                    .method(call.method(), new SentBody(call.body().get(), sent));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
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
