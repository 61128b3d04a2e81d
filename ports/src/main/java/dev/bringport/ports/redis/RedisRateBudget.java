package dev.bringport.ports.redis;

import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.RateBudget;
import dev.bringport.ports.transport.TransportSettings;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rate budget a fleet of instances shares on Redis: every instance, over every transport, takes
 * its user's places from one token bucket per Mybring user, kept in Redis by Bucket4j's Lettuce
 * proxy manager (its compare-and-swap on the bucket's state, as Bucket4j gives it).
 *
 * <h2>Why the bucket holds one token and refills one every 1.05/rate second</h2>
 * Bring counts a request when it arrives and throttles a user's request that finds the rate
 * (18) arrived within the second before it. A token bucket of capacity one that refills one token
 * every {@code s} seconds hands out tokens at least {@code s} apart, and a request waits for its
 * token by reserving the next one (Bucket4j's blocking consumption), so however many instances
 * wait, the fleet's tokens fall due one every {@code s}, with no burst (a quiet spell saves
 * nothing for later). A request arrives some time after its token was due: the requests that
 * arrive within one second had their tokens due within a span longer than a second by the most
 * by which one request's way from its token to Bring's count exceeds another's. That spread is
 * bounded here by 50 ms:
 * <ul>
 *   <li>a request whose token comes to hand more than 15 ms after it was due (a slow
 *       answer from Redis, a thread woken late on a busy machine) does not go but takes the next
 *       token;</li>
 *   <li>after that, the way is the request's on the network, whose spread is jitter of a few
 *       milliseconds, assumed at most 25 ms as the in-process budget assumes;</li>
 *   <li>Bucket4j reckons the bucket in milliseconds by the clock of the instance that touches
 *       it: 2 ms for that and for the instances' clocks, synchronised (NTP);</li>
 *   <li>8 ms for the moments between a token's check and its request leaving (a thread
 *       paused there on a busy machine).</li>
 * </ul>
 * The arrivals within a second thus had their tokens due within at most 1.05 s, and with
 * {@code s = 1.05 s / rate} (58.3 ms for 18) such a span holds at most the rate of them: never
 * more than 18 in any second at Bring, and the fleet still goes at 17.1 a second together. The
 * token is spent once taken: how long Bring takes to answer does not matter, and bookings that
 * take two seconds go at the full rate with enough threads.
 *
 * <h2>When Redis is away</h2>
 * A budget that cannot reach Redis when it is made fails at once ({@link #connect}). If Redis
 * goes away later, every instance goes on with a budget of its own, the JVM's
 * {@link InProcessRateBudget}, at its share of the rate: the rate divided by the number of
 * instances the application says it runs (three unless it says otherwise), so the fleet stays
 * under the rate together even with every instance on its own. It says so once in the log
 * (SLF4J logger {@code dev.bringport.ports.redis.RedisRateBudget}, level WARN), asks Redis again on
 * every request (Lettuce reconnects in the background and rejects commands at once while it is
 * disconnected, so asking costs nothing), and when Redis answers again goes back to the shared
 * bucket and says that once too (level INFO). A {@link #callListener(CallListener) listener} is
 * told of both changes, once each, so that metrics count them. The share applies while Redis is away; in the
 * second after it is back, requests on the local share and on the shared bucket may both arrive.
 *
 * <p>Thread-safe. Close it when the application stops, to close its connection to Redis.
 */
public final class RedisRateBudget implements RateBudget, AutoCloseable {

    /** How many instances share the budget when the application does not say. */
    public static final int DEFAULT_INSTANCES = 3;
    /**
     * The environment variable that names the Redis a fleet shares its rate budget on:
     * {@code BRINGPORT_RATE_BUDGET=redis://host:6379}, optionally {@code ?instances=4}.
     */
    public static final String ENVIRONMENT_VARIABLE = "BRINGPORT_RATE_BUDGET";

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateBudget.class);
    /** The refill interval is this much longer than 1 s / rate (see the class's reasoning). */
    private static final double PACING_MARGIN = 1.05;
    /**
     * How long after its token was due a request may still leave: a thread that woke later (a busy
     * machine) takes the next token instead, so that no request leaves later than this after its slot.
     */
    private static final Duration LATE = Duration.ofMillis(15);
    private static final String KEY_PREFIX = "bringport:rate-budget:";
    /** How long a command to Redis may take before Redis counts as away. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private final String where;
    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final int requestsPerSecond;
    private final InProcessRateBudget ownShare;
    private final Map<String, BucketProxy> bucketOfUser = new ConcurrentHashMap<>();
    private final AtomicBoolean away = new AtomicBoolean();
    private volatile CallListener listener = CallListener.NONE;

    private RedisRateBudget(String where, RedisClient client, StatefulRedisConnection<byte[], byte[]> connection,
                            int requestsPerSecond, int instances) {
        this.where = where;
        this.client = client;
        this.connection = connection;
        this.requestsPerSecond = requestsPerSecond;
        this.ownShare = InProcessRateBudget.perSecond(Math.max(1, requestsPerSecond / instances));
        Duration refill = Duration.ofNanos(Math.round(TimeUnit.SECONDS.toNanos(1) / (double) requestsPerSecond
                * PACING_MARGIN));
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, refill))
                .build();
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build()
                .withMapper((String userId) -> (KEY_PREFIX + userId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The budget the environment names in {@value #ENVIRONMENT_VARIABLE}, connected: the one place
     * that variable is read.
     *
     * @param environment the environment, e.g. {@code System.getenv()}
     * @return the budget, connected; empty when the variable is not set (or blank)
     * @throws IllegalArgumentException when the variable holds no Redis address; the message never
     *                                  repeats a password it may hold
     * @throws IllegalStateException    if Redis cannot be reached (see {@link #connect(URI)})
     */
    public static Optional<RedisRateBudget> fromEnvironment(Map<String, String> environment) {
        String value = Objects.requireNonNull(environment, "environment").get(ENVIRONMENT_VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        URI redis;
        try {
            redis = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be an address like redis://host:6379:"
                    + " it is no address (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        try {
            return Optional.of(connect(redis));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw e instanceof IllegalStateException ? new IllegalStateException(ENVIRONMENT_VARIABLE + ": "
                    + e.getMessage()) : new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": " + e.getMessage());
        }
    }

    /**
     * Connects to the Redis a fleet shares, for Bring's rate, with the number of instances the
     * address's query may give ({@code redis://host:6379?instances=4}; three if it does not).
     *
     * @param redis the Redis server: {@code redis://host:port} or {@code rediss://} (TLS), with a
     *              password as {@code redis://:password@host:port} if the server asks for one
     * @return the budget, connected
     * @throws IllegalArgumentException for an address that is no Redis address, or an
     *                                  {@code instances} below 1
     * @throws IllegalStateException    if Redis cannot be reached; the message names its host and
     *                                  port, never its password
     */
    public static RedisRateBudget connect(URI redis) {
        Objects.requireNonNull(redis, "redis");
        int instances = DEFAULT_INSTANCES;
        String query = redis.getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("instances=")) {
                    instances = instancesOf(redis, parameter.substring("instances=".length()));
                }
            }
        }
        return connect(redis, TransportSettings.BRING_REQUESTS_PER_SECOND, instances);
    }

    /**
     * Connects to the Redis a fleet shares.
     *
     * @param redis             the Redis server: {@code redis://host:port} or {@code rediss://}
     *                          (TLS), with a password as {@code redis://:password@host:port} if the
     *                          server asks for one, and a database as {@code /2}; a query
     *                          ({@code ?instances=}) is not Redis's and is left out
     * @param requestsPerSecond the most requests of one user Bring may count within any second,
     *                          for the whole fleet
     * @param instances         how many instances share the budget at most: while Redis is away,
     *                          each goes on at this share of the rate
     * @return the budget, connected
     * @throws IllegalArgumentException for an address that is no Redis address, or a rate or a
     *                                  number of instances below 1
     * @throws IllegalStateException    if Redis cannot be reached; the message names its host and
     *                                  port, never its password
     */
    public static RedisRateBudget connect(URI redis, int requestsPerSecond, int instances) {
        Objects.requireNonNull(redis, "redis");
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1, was " + requestsPerSecond);
        }
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, was " + instances);
        }
        String scheme = String.valueOf(redis.getScheme());
        if (!scheme.equals("redis") && !scheme.equals("rediss") || redis.getHost() == null) {
            throw new IllegalArgumentException("a rate budget on Redis needs an address like redis://host:6379, not "
                    + scheme + "://" + (redis.getHost() == null ? "" : where(redis)));
        }
        String where = where(redis);
        RedisURI address = RedisURI.create(redis.getScheme() + "://" + (redis.getRawUserInfo() == null ? ""
                : redis.getRawUserInfo() + "@") + redis.getHost() + (redis.getPort() < 0 ? "" : ":" + redis.getPort())
                + (redis.getRawPath() == null ? "" : redis.getRawPath())); // a database: redis://host:6379/2
        address.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(address);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        try {
            StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
            return new RedisRateBudget(where, client, connection, requestsPerSecond, instances);
        } catch (RuntimeException unreachable) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw new IllegalStateException("the rate budget on Redis at " + where + " cannot start: Redis cannot be"
                    + " reached (" + unreachable.getClass().getSimpleName() + ")");
        }
    }

    private static int instancesOf(URI redis, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("instances in the address of Redis at " + where(redis)
                    + " must be a whole number, was " + value);
        }
    }

    /** Host and port only: never the password the address may hold. */
    private static String where(URI redis) {
        return redis.getHost() + ":" + (redis.getPort() < 0 ? RedisURI.DEFAULT_REDIS_PORT : redis.getPort());
    }

    /**
     * Takes the user's next token from the shared bucket, waiting for it if it comes within the
     * wait; while Redis is away, a place under the instance's own share of the rate.
     *
     * @param userId      the Mybring login whose requests Bring counts together
     * @param longestWait how long to wait at most; zero to take a place only if one is free now
     * @return the request's place (the token is spent: the place has nothing more to count), empty
     *         if none was free within the wait
     * @throws InterruptedException if interrupted while waiting (a token reserved is then spent)
     */
    @Override
    public Optional<Place> enter(String userId, Duration longestWait) throws InterruptedException {
        Objects.requireNonNull(userId, "userId");
        long deadline = System.nanoTime() + longestWait.toNanos();
        boolean taken;
        try {
            BucketProxy bucket = bucketOfUser.computeIfAbsent(userId, user -> buckets.getProxy(user, () -> configuration));
            taken = take(bucket, longestWait.isZero() ? OptionalLong.empty() : OptionalLong.of(deadline));
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeException redisAway) {
            if (away.compareAndSet(false, true)) {
                LOG.warn("The rate budget on Redis at {} cannot be reached ({}): this instance goes on at {} requests"
                        + " a second of its own, its share of {}, until Redis is back", where,
                        redisAway.getClass().getSimpleName(), ownShare.requestsPerSecond(), requestsPerSecond);
                tell(false);
            }
            return ownShare.enter(userId, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        if (away.compareAndSet(true, false)) {
            LOG.info("The rate budget on Redis at {} is back: this instance shares it again", where);
            tell(true);
        }
        return taken ? Optional.of(Spent.TOKEN) : Optional.empty();
    }

    /** Tells the listener of a change, which it never breaks. */
    private void tell(boolean shared) {
        CallListener told = listener;
        try {
            told.rateBudgetShared(shared);
        } catch (RuntimeException failed) {
            LOG.warn("a CallListener failed on the rate budget's change and is ignored: {}", told, failed);
        }
    }

    /**
     * Tells a listener each time this instance goes over to its own share of the rate because
     * Redis cannot be reached, and each time it is back on Redis: once for each change
     * ({@link CallListener#rateBudgetShared}), e.g. a
     * {@link dev.bringport.ports.metrics.MicrometerCallListener} to count them. Replaces the
     * listener told so far; {@link CallListener#NONE} until then. What it throws is logged and
     * ignored.
     *
     * @param listener the listener, e.g. the one handed to the adapters' builders
     * @return this budget
     */
    public RedisRateBudget callListener(CallListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Takes a token that the request can use on time: one it has in hand within 15 ms of when it
     * was due (when the thread asked for it, if it was free at once; else the end of the wait
     * Bucket4j reckoned), taking the next if it came too late (a slow answer from Redis, a thread
     * woken late). A token taken without waiting, when the caller will not wait, is used however
     * late it came.
     *
     * @param deadline until when to wait on the clock of {@link System#nanoTime()}; empty to wait not at all
     */
    private static boolean take(BucketProxy bucket, OptionalLong deadline) throws InterruptedException {
        if (deadline.isEmpty()) {
            return bucket.tryConsume(1);
        }
        while (true) {
            long left = deadline.getAsLong() - System.nanoTime();
            Slot slot = new Slot();
            if (left <= 0 || !bucket.asBlocking().tryConsume(1, left, slot)) {
                return false;
            }
            if (!slot.missed()) {
                return true;
            }
            // the token is spent, and the request would crowd the ones due after it: it waits for the next
        }
    }

    /**
     * Whether the budget counts on Redis now, or on the instance's own share while Redis is away.
     *
     * @return true while the last request found Redis
     */
    public boolean onRedis() {
        return !away.get();
    }

    /** Closes the connection to Redis. */
    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    public String toString() {
        return "RedisRateBudget[" + requestsPerSecond + " per second on Redis at " + where + ", "
                + ownShare.requestsPerSecond() + " per second of its own while Redis is away]";
    }

    /**
     * When a token is due: when the thread asked for it, or, if it has to wait, the end of the wait
     * Bucket4j reckoned for it.
     */
    private static final class Slot implements BlockingStrategy {

        private long due = System.nanoTime();

        @Override
        public void park(long nanosToPark) throws InterruptedException {
            due = System.nanoTime() + nanosToPark;
            BlockingStrategy.PARKING.park(nanosToPark);
        }

        /** @return whether it is now later than {@link #LATE} after the token was due */
        boolean missed() {
            return System.nanoTime() - due > LATE.toNanos();
        }
    }

    /** A place under the shared bucket: its token was spent when it was taken, nothing more to count. */
    private enum Spent implements Place {
        TOKEN;

        @Override
        public void sent() {
            // counted when the token was taken
        }

        @Override
        public void arrived() {
            // counted when the token was taken
        }
    }
}
