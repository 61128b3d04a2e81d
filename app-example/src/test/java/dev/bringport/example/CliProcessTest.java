package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.example.wire.ExampleServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as users run it: {@link Main} in a JVM of its own, with a small heap where it matters.
 * Every exit status, one line of error each, no stack trace even when the JVM runs out of memory,
 * and an endless device refused at the bound in a heap far smaller than what reading it whole took.
 */
class CliProcessTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {
    }

    private Run run(List<String> jvm, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BRING"));
        builder.environment().put(LabelJournal.STATE_HOME, dir.resolve("state").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the tool did not end within 60 s: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(List.of(), Map.of(), args);
    }

    @Test
    void everyExitStatusIsDistinctAndEveryErrorOneLine() throws Exception {
        Run done = run("om", "order", "10000000000", "11873875-status_med_2", "--json");
        Run usage = run("--jsn", "demo");
        Run bringsError = run("om", "order", "10000000000", "no-such-order");
        Run transport;
        try (ServerSocket closed = new ServerSocket(0)) {
            int port = closed.getLocalPort();
            closed.close();
            transport = run(List.of(), CliOverRestReadsTest.CREDENTIALS, "--transport", "rest", "--host",
                    "http://127.0.0.1:" + port, "om", "error-codes");
        }
        Run help = run("--help");

        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("{");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).startsWith("error: unknown option --jsn; did you mean --json?\n").hasLineCount(2);
        assertThat(bringsError.status()).isEqualTo(3);
        assertThat(transport.status()).as(transport.err()).isEqualTo(4);
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("5 internal error");
        for (Run run : List.of(usage, bringsError, transport)) {
            assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
        }
    }

    @Test
    void anEndlessDeviceIsRefusedAtOnceInASmallHeap() throws Exception {
        long start = System.nanoTime();
        Run run = run(List.of("-Xmx64m"), Map.of(), "booking", "book", "/dev/zero");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: /dev/zero: refused: it is longer than 4 MiB (4194304 bytes), the most a "
                + "request document may hold: Bring's largest documented request has 24 KiB\n");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("seconds").isLessThan(30);
    }

    @Test
    void aJvmOutOfMemoryIsOneLineWithStatusFiveNotAStackTrace() throws Exception {
        // 10 MiB: enough to start, not to hold a request document of 4 MiB while reading it
        Run run = run(List.of("-Xmx10m"), Map.of(), "booking", "book", "/dev/zero");

        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("error: internal error").hasLineCount(1).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void bringsControlCharactersInAFallbackNoteAreEscapedInTheRealJvmToo() throws Exception {
        try (ExampleServer server = ExampleServer.start().route("GET", "/po/api/v1/errorCodes",
                request -> new ExampleServer.Answer(429, "text/plain",
                        "slow down\u001b[2J".getBytes(StandardCharsets.UTF_8)))) {
            Run run = run(List.of(), CliOverRestReadsTest.CREDENTIALS, "--om-transport", "rest", "--fallback",
                    "inmemory", "--host", server.baseUri().toString(), "om", "error-codes");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err()).contains("slow down\\u001b[2J");
            assertThat(run.out() + run.err()).doesNotContain("\u001b");
        }
    }
    @Test
    void theSoapDeprecationWarningIsOneLineAtTheFirstSoapCallAndNothingWhenNothingGoesToSoap() throws Exception {
        byte[] order = dev.bringport.example.wire.BringExamples.resource(
                "/bring/order-management/soap-examples/get_purchase_order_response.xml");
        try (ExampleServer server = ExampleServer.start().route("POST", "/po/api/ws",
                request -> new ExampleServer.Answer(200, "text/xml; charset=utf-8", order))) {
            Run overSoap = run(List.of(), CliOverRestReadsTest.CREDENTIALS, "--transport", "soap", "--host",
                    server.baseUri().toString(), "om", "order", "12345678", "4504104664");
            Run soapBuiltNotCalled = run(List.of(), CliOverRestReadsTest.CREDENTIALS, "--fallback", "soap", "--host",
                    server.baseUri().toString(), "om", "order", "10000000000", "11873875-status_med_2");
            Run withoutSoap = run("om", "order", "10000000000", "11873875-status_med_2");

            assertThat(overSoap.status()).as(overSoap.err()).isZero();
            assertThat(overSoap.err()).as("one line, at the level of a warning").hasLineCount(1)
                    .startsWith("WARNING: bringport: Bring's SOAP services are deprecated.");
            assertThat(soapBuiltNotCalled.status()).as(soapBuiltNotCalled.err()).isZero();
            assertThat(soapBuiltNotCalled.err()).as("the SOAP adapter was built as a fallback, and never called").isEmpty();
            assertThat(withoutSoap.err()).isEmpty();
        }
    }
}
