package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key appears nowhere: not in a log record at any level, nothing printed on standard
 * output or error, no failure (message, cause, suppressed, stack trace), no configuration
 * object's {@code toString()}, and nothing the command-line tool prints, whether the call
 * succeeds or fails in any way, over REST (JSON and XML), SOAP, in memory and composed with
 * routing, fallback and shadow. {@link SecretsScan} runs in a JVM of its own, started with every
 * logging switch of the JDK and Metro on, because the JDK reads them once per JVM.
 */
class SecretsTest {

    /** The switches read once per JVM, at their most verbose. */
    private static final List<String> VERBOSE = List.of(
            "-Djdk.httpclient.HttpClient.log=all",
            "-Djdk.internal.httpclient.debug=true",
            "-Dcom.sun.xml.ws.transport.http.client.HttpTransportPipe.dump=true",
            "-Dcom.sun.metro.soap.dump=true",
            "-Dcom.sun.xml.ws.util.pipe.StandaloneTubeAssembler.dump=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");

    @TempDir
    Path files;

    @Test
    void theScanFindsEachSecretAsItIsUrlEncodedAndInBase64WhateverTheCase() {
        SecretSearch search = new SecretSearch(Map.of("the key", "Mb+K3y/7f3a9b=e51c4d"));

        search.look("plain", "X-Mybring-API-Key: mb+k3y/7F3A9B=E51C4D");
        search.look("url", "https://example.com/?key=Mb%2bK3y%2F7f3a9b%3De51c4d");
        search.look("base64", "TWIrSzN5LzdmM2E5Yj1lNTFjNGQ");
        search.look("base64url", "TWIrSzN5LzdmM2E5Yj1lNTFjNGQ".replace('+', '-').replace('/', '_'));
        search.look("clean", "X-Mybring-API-Key: ****");

        assertThat(search.sightings()).extracting(SecretSearch.Sighting::where).containsExactly("plain", "url", "base64",
                "base64url");
        assertThat(search.texts()).isEqualTo(5);
    }

    @Test
    void theApiKeyAppearsNowhereWhateverHappensAndHoweverVerboseTheLogging() throws Exception {
        Path output = files.resolve("scan.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8"));
        command.addAll(VERBOSE);
        command.addAll(List.of(SecretsScan.class.getName(), files.toString()));
        Process scan = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = scan.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            scan.destroyForcibly();
        }

        List<String> lines = lines(output);
        List<String> findings = lines.stream().filter(line -> line.startsWith(SecretsScan.PREFIX))
                .map(line -> line.substring(SecretsScan.PREFIX.length())).toList();
        assertThat(ended).as("the scan ended within 3 minutes").isTrue();
        assertThat(scan.exitValue()).as("the scan ran to its end:\n%s", tail(lines)).isZero();
        assertThat(findings).as("the switches were on").contains("switch jdk.httpclient.HttpClient.log=all",
                "switch HttpTransportPipe.dump=true", "switch com.sun.metro.soap.dump=true");
        assertThat(findings).filteredOn(f -> f.startsWith("mismatch ")).as("every scenario ended as it should").isEmpty();
        assertThat(findings).filteredOn(f -> f.startsWith("sighting ")).as("what the scan found in the JVM")
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f).as("only the canary, in the JDK's header log")
                        .startsWith("sighting the canary (as is) in log record of jdk.httpclient.HttpClient at INFO"));
        SecretSearch printed = new SecretSearch(Map.of("the API key", SecretsScan.KEY, "the wrong API key",
                SecretsScan.WRONG_KEY));
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(SecretsScan.PREFIX + "sighting ")) {
                printed.look("line " + (i + 1) + " of what the scan's JVM printed", lines.get(i));
            }
        }
        assertThat(printed.sightings()).as("what the scan's JVM printed").isEmpty();
        assertThat(findings).filteredOn(f -> f.startsWith("outcome ")).hasSizeGreaterThan(80);
        assertThat(findings).filteredOn(f -> f.startsWith("records ")).singleElement().asString()
                .contains("FINEST=", "FINER=", "FINE=", "INFO=", "WARNING=");
    }

    private static List<String> lines(Path output) throws IOException {
        try (Stream<String> lines = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines()) {
            return lines.toList();
        }
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
