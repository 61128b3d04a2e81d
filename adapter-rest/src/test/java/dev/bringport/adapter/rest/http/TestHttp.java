package dev.bringport.adapter.rest.http;

import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.InProcessRateBudget;
import dev.bringport.ports.transport.TransportSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** The REST transport as the adapter builds it, for tests of the transport and of the capabilities on top of it. */
public final class TestHttp {

    private TestHttp() {
    }

    /**
     * A transport with a client of its own, connecting within 2 s, that never follows redirects.
     *
     * @param credentials       the credentials
     * @param requestTimeout    the answer timeout
     * @param retry             the retry policy
     * @param requestsPerSecond the rate of the JVM's budget
     * @param maxAnswerBytes    the answer bound
     * @param clock             the clock for dates and rules
     * @return the transport
     */
    public static BringHttp http(BringCredentials credentials, Duration requestTimeout, RetryPolicy retry,
                                 int requestsPerSecond, long maxAnswerBytes, Clock clock) {
        TransportSettings settings = new TransportSettings(credentials, TransportSettings.DEFAULT_CONNECT_TIMEOUT,
                requestTimeout, retry, InProcessRateBudget.perSecond(requestsPerSecond),
                TransportSettings.DEFAULT_RATE_LIMIT_WAIT, maxAnswerBytes, clock, ClientRules.ON, CallListener.NONE);
        return new BringHttp(settings, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * A transport with the library's defaults.
     *
     * @param credentials the credentials
     * @return the transport
     */
    public static BringHttp defaults(BringCredentials credentials) {
        return http(credentials, TransportSettings.DEFAULT_REQUEST_TIMEOUT, RetryPolicy.DEFAULT,
                TransportSettings.BRING_REQUESTS_PER_SECOND, TransportSettings.DEFAULT_MAX_ANSWER_BYTES, Clock.systemUTC());
    }
}
