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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends calls to Bring and reads the answers: the credential headers on every call, the rate
 * limit shared by every caller with the same credentials user (calls paced evenly by a
 * resilience4j limiter, and never more than the rate under way or answered within the last
 * second: {@link LastSecond}), the retry and write-safety policy (resilience4j executing
 * {@link RetryPolicy}), answers read within their size bound and with the API key masked where
 * they repeat it, and every failure turned into the ports' types. A write whose outcome cannot be
 * known fails with {@link OutcomeUnknownException}. The JDK's log of request headers is kept off
 * ({@link HeaderLogging}).
 * Thread-safe; one instance, with one {@link HttpClient}, serves all capabilities.
 */
public final class BringHttp {

    /** One pacing limiter per credentials user and rate, shared by every adapter instance in the JVM. */
    private static final RateLimiterRegistry LIMITERS = RateLimiterRegistry.ofDefaults();
    /** One {@link LastSecond} per credentials user and rate, shared like the limiters. */
    private static final Map<String, LastSecond> LAST_SECONDS = new ConcurrentHashMap<>();
    /** The wait between permits is this much longer than 1 s / rate: calls go out evenly, a little below the rate. */
    private static final double PACING_MARGIN = 1.03;
    private static final Duration LONGEST_WAIT_FOR_PERMIT = Duration.ofSeconds(30);
    /** The shortest API key masked in answers (see {@link #withoutKey}). */
    static final int SHORTEST_MASKED_KEY = 16;

    private final HttpSettings settings;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final LastSecond lastSecond;
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
        this.lastSecond = LAST_SECONDS.computeIfAbsent(user, u -> new LastSecond(settings.requestsPerSecond(), System::nanoTime));
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
        Operation op = call.operation();
        enter(op);
        AtomicBoolean counted = new AtomicBoolean();
        Runnable sent = () -> {
            if (counted.compareAndSet(false, true)) {
                lastSecond.sent();
            }
        };
        Runnable arrived = () -> {
            if (counted.compareAndSet(false, true)) {
                lastSecond.leave();
            }
        };
        Answer answer;
        try {
            if (!limiter.acquirePermission()) {
                throw new RateLimitedException(Failure.notSent(op, "no permit from the client rate limiter within "
                        + LONGEST_WAIT_FOR_PERMIT.toSeconds() + " s"), Optional.empty());
            }
            answer = send(call, sent, arrived);
        } finally {
            arrived.run();
        }
        return read(call, answer, reader);
    }

    /** Takes a place among the requests Bring may count within a second. */
    private void enter(Operation op) {
        boolean entered;
        try {
            entered = lastSecond.enter(LONGEST_WAIT_FOR_PERMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(Failure.notSent(op, "interrupted while waiting for a turn under the rate limit"),
                    e);
        }
        if (!entered) {
            throw new RateLimitedException(Failure.notSent(op, "no turn under the client rate limit within "
                    + LONGEST_WAIT_FOR_PERMIT.toSeconds() + " s"), Optional.empty());
        }
    }

    /**
     * Sends a call; {@code sent} runs when its body has been written, {@code arrived} when its
     * answer begins.
     */
    private Answer send(Call call, Runnable sent, Runnable arrived) {
        Operation op = call.operation();
        HeaderLogging.silence();
        HttpResponse.BodyHandler<byte[]> bounded = BoundedBody.handler(settings.maxAnswerBytes());
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request(call, sent), info -> {
            arrived.run();
            return bounded.apply(info);
        });
        try {
            // the request's own timeout ends with the headers; this one also covers the body
            HttpResponse<byte[]> response = exchange.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
            return withoutKey(new Answer(response.statusCode(), response.headers(), response.body()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw afterSending(call, new TimedOutException(Failure.of(op, "no complete answer within "
                    + settings.requestTimeout().toMillis() + " ms"), e));
        } catch (ExecutionException e) {
            throw failed(call, e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
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
            return afterSending(call, new TimedOutException(Failure.of(op, "no answer within "
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

    /**
     * The answer with the API key masked where it repeats it, so that no failure built from it
     * shows the key. A key shorter than {@value #SHORTEST_MASKED_KEY} characters is left alone: it
     * could match ordinary text of an answer by chance (Mybring's keys are 36-character UUIDs).
     */
    private Answer withoutKey(Answer answer) {
        String key = settings.credentials().apiKey();
        return key.length() < SHORTEST_MASKED_KEY ? answer : answer.masking(key);
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
}
