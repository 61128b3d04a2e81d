package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same rate limiter as REST: 18 requests per second by default, one limiter shared by every
 * thread and every adapter in the JVM that calls with the same user id.
 */
@SuppressWarnings("deprecation")
class RateLimitTest {

    private final CannedSoapServer server = new CannedSoapServer()
            .answer(BringSoap.ORDER_MANAGEMENT_PATH, Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")));

    @AfterEach
    void stop() {
        server.close();
    }

    private static BringCredentials user(String name) {
        return new BringCredentials(name + "-" + UUID.randomUUID() + "@example.com", "key", URI.create("https://example.com"));
    }

    @Test
    void byDefaultAUserMaySend18RequestsPerSecondOneEvery18thOfASecondNeverInABurst() {
        RateLimiter limiter = BringSoap.builder().credentials(user("default")).build().orderManagementCalls().rateLimiter();

        assertThat(limiter.getMetrics().getAvailablePermissions()).as("no burst of a second's permits").isEqualTo(1);
        assertThat(limiter.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1).dividedBy(18));
    }

    @Test
    void everyAdapterAndServiceOfAUserSharesOneLimiterAndOtherUsersHaveTheirOwn() {
        BringCredentials alice = user("alice");
        BringSoap first = BringSoap.builder().credentials(alice).build();
        BringSoap second = BringSoap.builder().credentials(alice).build();
        BringSoap bob = BringSoap.builder().credentials(user("bob")).build();

        assertThat(second.orderManagementCalls().rateLimiter()).isSameAs(first.orderManagementCalls().rateLimiter())
                .isSameAs(first.bookingCalls().rateLimiter()).isSameAs(second.bookingCalls().rateLimiter());
        assertThat(bob.orderManagementCalls().rateLimiter()).isNotSameAs(first.orderManagementCalls().rateLimiter());
    }

    @Test
    void aCallBeyondTheUsersLimitFailsWithoutSendingAnythingWhicheverAdapterMakesIt() {
        BringCredentials limited = user("limited");
        BringSoap.Builder builder = TestSoap.soap(server.host()).credentials(limited)
                .rateLimit(1, Duration.ofMinutes(1)).rateLimitWait(Duration.ZERO).retryPolicy(RetryPolicy.NEVER);
        BringSoap first = builder.build();
        BringSoap second = builder.build();

        first.orderManagement().order("10000000000", "4504104664");
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> second.orderManagement().order("10000000000", "4504104664"));
        TestSoap.soap(server.host()).credentials(user("other")).build().orderManagement().order("10000000000", "4504104664");

        assertThat(e).isNotNull();
        assertThat(e.failure().requestSent()).isFalse();
        assertThat(e.getMessage()).contains(limited.userId()).contains("rate limit");
        assertThat(server.received(BringSoap.ORDER_MANAGEMENT_PATH)).as("the limited call never left").hasSize(2);
    }
}
