package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.transport.InProcessRateBudget;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same rate budget as REST: 18 requests per second by default, one budget per user for the
 * whole JVM, shared by every thread, adapter and service that calls with the same user id.
 */
@SuppressWarnings("deprecation")
class RateLimitTest {

    private final CannedSoapServer server = new CannedSoapServer()
            .answer(BringSoap.ORDER_MANAGEMENT_PATH, Answer.soap(TestSoap.orderExample("get_purchase_order_response.xml")))
            .answer(BringSoap.BOOKING_PATH, Answer.soap(TestSoap.bookingAnswer("successfulResponse.xml")));

    @AfterEach
    void stop() {
        server.close();
    }

    private static BringCredentials user(String name) {
        return new BringCredentials(name + "-" + UUID.randomUUID() + "@example.com", "key", URI.create("https://example.com"));
    }

    @Test
    void byDefaultAUserMaySend18RequestsPerSecondCountedForTheWholeJvm() {
        BringSoap soap = BringSoap.builder().credentials(user("default")).build();

        assertThat(soap.settings().transport().rateBudget()).isSameAs(InProcessRateBudget.perSecond(18));
        assertThat(soap.settings().transport().rateLimitWait()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCallBeyondTheUsersBudgetFailsWithoutSendingAnythingWhicheverAdapterAndServiceMakesIt() {
        BringCredentials limited = user("limited");
        BringSoap.Builder builder = TestSoap.soap(server.host()).credentials(limited)
                .requestsPerSecond(1).rateLimitWait(Duration.ZERO).retryPolicy(RetryPolicy.NEVER);
        BringSoap first = builder.build();
        BringSoap second = builder.build();

        first.orderManagement().order("10000000000", "4504104664");
        RateLimitedException order = catchThrowableOfType(RateLimitedException.class,
                () -> second.orderManagement().order("10000000000", "4504104664"));
        RateLimitedException booking = catchThrowableOfType(RateLimitedException.class,
                () -> first.booking().book(ContractExamples.booking(Instant.now())));
        TestSoap.soap(server.host()).credentials(user("other")).build().orderManagement().order("10000000000", "4504104664");

        for (RateLimitedException e : new RateLimitedException[] {order, booking}) {
            assertThat(e).isNotNull();
            assertThat(e.failure().requestSent()).isFalse();
            assertThat(e.getMessage()).contains(limited.userId()).contains("rate budget");
        }
        assertThat(server.received(BringSoap.ORDER_MANAGEMENT_PATH)).as("the limited calls never left").hasSize(2);
        assertThat(server.received(BringSoap.BOOKING_PATH)).isEmpty();
    }
}
