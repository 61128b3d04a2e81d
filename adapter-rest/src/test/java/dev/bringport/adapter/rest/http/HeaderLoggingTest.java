package dev.bringport.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.Logged;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK's switch for logging request headers is met by turning its logger down: here in this
 * JVM's java.util.logging; app-example's SecretsTest starts a JVM with the switch on and finds no key
 * in anything it logs.
 */
class HeaderLoggingTest {

    private final Logger jdk = Logger.getLogger(HeaderLogging.JDK_LOGGER);
    private Level level;
    private String value;

    @BeforeEach
    void remember() {
        level = jdk.getLevel();
        value = System.getProperty(HeaderLogging.SWITCH);
    }

    @AfterEach
    void restore() {
        jdk.setLevel(level);
        if (value == null) {
            System.clearProperty(HeaderLogging.SWITCH);
        } else {
            System.setProperty(HeaderLogging.SWITCH, value);
        }
    }

    @Test
    void theSwitchAsksForHeadersWithHeadersOrAll() {
        assertThat(HeaderLogging.asksForHeaders("headers")).isTrue();
        assertThat(HeaderLogging.asksForHeaders("errors, Headers,requests")).isTrue();
        assertThat(HeaderLogging.asksForHeaders("all")).isTrue();
        assertThat(HeaderLogging.asksForHeaders("errors,requests,frames:all")).isFalse();
        assertThat(HeaderLogging.asksForHeaders("")).isFalse();
        assertThat(HeaderLogging.asksForHeaders(null)).isFalse();
    }

    @Test
    void withTheSwitchOnTheJdksLoggerIsTurnedDownBeforeACall() {
        System.setProperty(HeaderLogging.SWITCH, "errors,headers");
        jdk.setLevel(Level.ALL);

        try (Logged log = Logged.by("dev.bringport.adapter.rest.BringRest")) {
            HeaderLogging.silence();
            jdk.setLevel(Level.ALL);
            HeaderLogging.silence();

            assertThat(log.lines()).as("one warning a JVM, through SLF4J").singleElement().asString()
                    .startsWith("WARNING bringport: the JDK's jdk.httpclient.HttpClient.log=errors,headers logs every"
                            + " request header");
        }
        assertThat(jdk.getLevel()).isEqualTo(Level.WARNING);
        assertThat(jdk.isLoggable(Level.INFO)).isFalse();
    }

    @Test
    void withoutTheSwitchTheJdksLoggerIsLeftAsItIs() {
        System.setProperty(HeaderLogging.SWITCH, "errors,requests");
        jdk.setLevel(Level.FINE);

        HeaderLogging.silence();

        assertThat(jdk.getLevel()).isEqualTo(Level.FINE);
    }
}
