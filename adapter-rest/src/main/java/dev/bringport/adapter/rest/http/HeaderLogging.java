package dev.bringport.adapter.rest.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the API key out of the JDK's HTTP client log. Started with
 * {@code -Djdk.httpclient.HttpClient.log=headers} (or {@code all}), the JDK logs every request
 * header, the {@code X-Mybring-API-Key} among them, through the logger
 * {@value #JDK_LOGGER} at INFO. Before every call the adapter turns that logger down to WARNING
 * when the switch asks for headers, and says so once (through SLF4J, as the library logs, under
 * {@code dev.bringport.adapter.rest.BringRest}). The JDK's logger itself is configured through
 * java.util.logging, not SLF4J: it is the JDK's, and java.util.logging is where the JDK's
 * {@link System.Logger}s go by default; an application that routes them elsewhere must keep that
 * logger quiet itself.
 */
final class HeaderLogging {

    /** The JDK's switch, read once per JVM. */
    static final String SWITCH = "jdk.httpclient.HttpClient.log";
    /** Where the JDK logs what the switch asks for. */
    static final String JDK_LOGGER = "jdk.httpclient.HttpClient";

    // held so that the level set here is not lost with a logger that was collected
    private static final Logger JDK = Logger.getLogger(JDK_LOGGER);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private HeaderLogging() {
    }

    /** Turns off the JDK's log of the next call's request headers, if the switch turned it on. */
    static void silence() {
        if (!asksForHeaders(System.getProperty(SWITCH)) || !JDK.isLoggable(java.util.logging.Level.INFO)) {
            return;
        }
        JDK.setLevel(java.util.logging.Level.WARNING);
        if (WARNED.compareAndSet(false, true)) {
            LoggerFactory.getLogger("dev.bringport.adapter.rest.BringRest").warn("bringport: the JDK's {}={} logs every"
                    + " request header, the Mybring API key among them; the REST adapter has turned the logger {} down to"
                    + " WARNING", SWITCH, System.getProperty(SWITCH), JDK_LOGGER);
        }
    }

    /**
     * Whether a value of the switch makes the JDK log request headers.
     *
     * @param value the switch's value, e.g. {@code errors,requests,headers}; null when it is not set
     * @return whether it names {@code headers} or {@code all}
     */
    static boolean asksForHeaders(String value) {
        return value != null && Arrays.stream(value.split(",")).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .anyMatch(v -> v.equals("headers") || v.equals("all"));
    }
}
