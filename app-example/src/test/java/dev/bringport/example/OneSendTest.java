package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write leaves the machine at most once, whatever the JVM's settings: in a JVM whose JDK HTTP
 * clients resend a POST after its connection closed before an answer
 * ({@code -Djdk.httpclient.enableAllMethodRetry=true} for {@code java.net.http},
 * {@code -Dsun.net.http.retryPost=true}, the default, for {@code HttpURLConnection}), a server
 * that reads each request whole and closes the connection receives every write of both adapters
 * once, and the caller hears that its outcome is unknown; the same POST sent with the JDK's
 * clients alone reaches it twice.
 */
class OneSendTest {

    @Test
    void everyWriteOfBothAdaptersReachesBringOnceEvenWhereTheJdkWouldResendIt() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.httpclient.enableAllMethodRetry=true", "-Dsun.net.http.retryPost=true",
                "-cp", System.getProperty("java.class.path"), OneSendProbe.class.getName()).redirectErrorStream(true).start();
        byte[] output = probe.getInputStream().readAllBytes();
        boolean ended = probe.waitFor(2, TimeUnit.MINUTES);
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(OneSendProbe.PREFIX)).map(line -> line.substring(OneSendProbe.PREFIX.length()))
                .toList();

        assertThat(ended && probe.exitValue() == 0).as("the probe ran to its end:%n%s", new String(output,
                StandardCharsets.UTF_8)).isTrue();
        assertThat(lines).contains("switch jdk.httpclient.enableAllMethodRetry=true", "switch sun.net.http.retryPost=true");
        assertThat(lines).as("the switches make the JDK's clients resend a POST")
                .anyMatch(line -> line.startsWith("canary HttpClient reached the server 2x"))
                .anyMatch(line -> line.startsWith("canary HttpURLConnection reached the server 2x"));
        List<String> writes = lines.stream().filter(line -> line.startsWith("REST ") || line.startsWith("SOAP ")).toList();
        assertThat(writes).hasSize(7).allSatisfy(line -> assertThat(line)
                .contains(" reached the server 1x: OutcomeUnknownException (UnavailableException)"));
    }
}
