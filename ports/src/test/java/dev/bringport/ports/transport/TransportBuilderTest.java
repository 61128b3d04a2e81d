package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options every transport's builder shares: one name, one unit, one check, one message each. */
class TransportBuilderTest {

    private static final BringCredentials CREDENTIALS = new BringCredentials("builder@example.com", "builder-key",
            URI.create("https://shop.example"));

    /** A transport's builder as an adapter writes one. */
    private static final class Builder extends TransportBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }

        TransportSettings build() {
            return settings();
        }

        URI hostOrBring() {
            return host().orElse(URI.create("https://api.bring.com"));
        }
    }

    @Test
    void theDefaultsAreBringsLimitAndTheLibrarysTimeouts() {
        TransportSettings settings = new Builder().credentials(CREDENTIALS).build();

        assertThat(settings.credentials()).isSameAs(CREDENTIALS);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(settings.rateBudget()).isEqualTo(InProcessRateBudget.perSecond(18));
        assertThat(settings.rateLimitWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxAnswerBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(settings.clock()).isEqualTo(Clock.systemUTC());
    }

    @Test
    void everyOptionIsKept() {
        RateBudget fleet = (user, wait) -> java.util.Optional.empty();
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);
        TransportSettings settings = new Builder().credentialsFromEnvironment(Map.of("BRING_API_UID", "env@example.com",
                "BRING_API_KEY", "env-key", "BRING_CLIENT_URL", "https://shop.example")).connectTimeout(Duration.ofMillis(300))
                .requestTimeout(Duration.ofMillis(700)).retryPolicy(RetryPolicy.NEVER).rateBudget(fleet)
                .rateLimitWait(Duration.ZERO).maxAnswerBytes(1024).clock(clock).build();

        assertThat(settings.credentials().userId()).isEqualTo("env@example.com");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.NEVER);
        assertThat(settings.rateBudget()).isSameAs(fleet);
        assertThat(settings.rateLimitWait()).isZero();
        assertThat(settings.maxAnswerBytes()).isEqualTo(1024);
        assertThat(settings.clock()).isSameAs(clock);
        assertThat(new Builder().credentials(CREDENTIALS).requestsPerSecond(5).build().rateBudget())
                .isEqualTo(InProcessRateBudget.perSecond(5));
    }

    @Test
    void eachOptionIsCheckedWhenItIsSetWithOneMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().connectTimeout(Duration.ZERO))
                .withMessage("connectTimeout must be positive, was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().requestTimeout(Duration.ofSeconds(-1)))
                .withMessage("requestTimeout must be positive, was PT-1S");
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().requestsPerSecond(0))
                .withMessage("requestsPerSecond must be at least 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().rateLimitWait(Duration.ofMillis(-1)))
                .withMessage("rateLimitWait must not be negative, was PT-0.001S");
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().maxAnswerBytes(0))
                .withMessage("maxAnswerBytes must be positive, was 0");
        assertThatNullPointerException().isThrownBy(() -> new Builder().connectTimeout(null)).withMessage("connectTimeout");
        assertThatNullPointerException().isThrownBy(() -> new Builder().credentials(null)).withMessage("credentials");
        assertThatNullPointerException().isThrownBy(() -> new Builder().retryPolicy(null)).withMessage("retryPolicy");
        assertThatNullPointerException().isThrownBy(() -> new Builder().rateBudget(null)).withMessage("rateBudget");
        assertThatNullPointerException().isThrownBy(() -> new Builder().clock(null)).withMessage("clock");
    }

    @Test
    void theHostIsCheckedLikeEveryAddressTheCredentialsGoTo() {
        assertThat(new Builder().host(URI.create("http://127.0.0.1:8080/sim/")).hostOrBring())
                .isEqualTo(URI.create("http://127.0.0.1:8080/sim"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().host(URI.create("http://api.bring.com")))
                .withMessageStartingWith("refusing to send Bring credentials");
        assertThatIllegalArgumentException().isThrownBy(() -> new Builder().host(URI.create("https://api.bring.com#x")))
                .withMessageContaining("query or fragment");
    }

    @Test
    void credentialsAreRequiredAndTheMessageSaysHowToGiveThem() {
        assertThatIllegalStateException().isThrownBy(() -> new Builder().build())
                .withMessage("credentials are required: call credentials(...) or credentialsFromEnvironment(...)");
    }

    @Test
    void aRateGivenBesideABudgetOfOnesOwnIsRefusedRatherThanIgnored() {
        assertThatIllegalStateException().isThrownBy(() -> new Builder().credentials(CREDENTIALS).requestsPerSecond(5)
                .rateBudget((user, wait) -> java.util.Optional.empty()).build())
                .withMessageContaining("requestsPerSecond").withMessageContaining("rateBudget");
    }

    @Test
    void theSettingsNeverShowTheKey() {
        assertThat(new Builder().credentials(CREDENTIALS).build().toString()).doesNotContain("builder-key");
    }
}
