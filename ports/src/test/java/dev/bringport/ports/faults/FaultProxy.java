package dev.bringport.ports.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A plain HTTP/1.1 server on 127.0.0.1 that stands between an adapter and a simulated Bring and
 * does to each request what a script says: pass it on, answer it itself without asking Bring,
 * pass it on and then spoil the answer (another status, a cut or padded body), answer late,
 * close the connection before answering, or reset it (TCP RST) in the middle of the answer. A
 * raw socket server, because the JDK's HTTP server can neither reset a connection nor stall
 * between the headers and the body. Records every request, with whether Bring saw it, for the
 * attempt counts. Every answer closes its connection, so that no client reuses one.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does to one request. */
    public sealed interface Step {
    }

    /** Pass the request on to Bring and its answer back. */
    public record Forward() implements Step {
    }

    /**
     * Answer without asking Bring: Bring provably did not act.
     *
     * @param reply the answer
     */
    public record Answer(Reply reply) implements Step {
    }

    /**
     * Answer without asking Bring, from what the request carried (its headers): Bring provably
     * did not act.
     *
     * @param reply the answer, made from the request's headers
     */
    public record Echo(Function<Map<String, String>, Reply> reply) implements Step {
    }

    /**
     * Pass the request on (Bring acts), then answer with a changed answer.
     *
     * @param change what to make of Bring's answer
     */
    public record Spoil(UnaryOperator<Reply> change) implements Step {
    }

    /**
     * Pass the request on (Bring acts), then answer only after a delay.
     *
     * @param delay how long
     */
    public record Late(Duration delay) implements Step {
    }

    /**
     * Pass the request on (Bring acts), send the headers and half of the body, then nothing until
     * the delay is over.
     *
     * @param delay how long the answer stalls
     */
    public record StallAfterHeaders(Duration delay) implements Step {
    }

    /**
     * Pass the request on (Bring acts), send the headers, then the body one byte at a time, each
     * after a pause: every read gets a byte well within the timeout, the whole answer does not.
     *
     * @param pause the pause before each byte
     */
    public record Trickle(Duration pause) implements Step {
    }

    /** Pass the request on (Bring acts), then close the connection without a byte of answer. */
    public record CloseWithoutAnswer() implements Step {
    }

    /** Pass the request on (Bring acts), send the headers and half of the body, then reset the connection. */
    public record ResetMidAnswer() implements Step {
    }

    /**
     * An HTTP answer.
     *
     * @param status      the status
     * @param contentType the content type, empty for none
     * @param headers     further headers
     * @param body        the body
     */
    public record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {

        /**
         * An answer with a text body.
         *
         * @param status      the status
         * @param contentType the content type
         * @param text        the body
         * @return the answer
         */
        public static Reply text(int status, String contentType, String text) {
            return new Reply(status, contentType, Map.of(), text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * An answer without a body.
         *
         * @param status  the status
         * @param headers its headers
         * @return the answer
         */
        public static Reply empty(int status, Map<String, String> headers) {
            return new Reply(status, "", headers, new byte[0]);
        }

        /**
         * The same answer with another body.
         *
         * @param newBody the body
         * @return the answer
         */
        public Reply withBody(byte[] newBody) {
            return new Reply(status, contentType, headers, newBody);
        }
    }

    /**
     * A request the proxy received.
     *
     * @param method    the method
     * @param path      the path
     * @param at        when it arrived
     * @param forwarded whether the proxy passed it on to Bring, which could then act on it
     */
    public record Attempt(String method, String path, Instant at, boolean forwarded) {
    }

    private static final Set<String> NOT_PASSED_ON = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

    private final URI bring;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile List<Step> script = List.of(new Forward());

    /**
     * Starts a proxy in front of a simulated Bring.
     *
     * @param bring the simulated Bring's {@code http://127.0.0.1:<port>}
     */
    public FaultProxy(URI bring) {
        this.bring = bring;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    /** @return {@code http://127.0.0.1:<port>}, the host to point an adapter at */
    public URI host() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /**
     * Starts a new script and forgets the requests received so far: the n-th request from now is
     * handled by the n-th step, and the last step repeats.
     *
     * @param steps the steps, at least one
     */
    public void script(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a script has at least one step");
        }
        synchronized (attempts) {
            attempts.clear();
            script = List.copyOf(steps);
        }
    }

    /** @return the requests received since the script began, in order */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Request request = Request.read(in);
            if (request == null) {
                return;
            }
            Step step;
            synchronized (attempts) {
                List<Step> steps = script;
                step = steps.get(Math.min(attempts.size(), steps.size() - 1));
                attempts.add(new Attempt(request.method(), request.path(), Instant.now(),
                        !(step instanceof Answer || step instanceof Echo)));
            }
            OutputStream out = socket.getOutputStream();
            if (step instanceof Answer answer) {
                write(out, answer.reply(), answer.reply().body().length);
                return;
            }
            if (step instanceof Echo echo) {
                Reply reply = echo.reply().apply(request.headers());
                write(out, reply, reply.body().length);
                return;
            }
            Reply fromBring = forward(request);
            if (step instanceof Spoil spoil) {
                Reply spoilt = spoil.change().apply(fromBring);
                write(out, spoilt, spoilt.body().length);
            } else if (step instanceof Late late) {
                Thread.sleep(late.delay().toMillis());
                write(out, fromBring, fromBring.body().length);
            } else if (step instanceof StallAfterHeaders stall) {
                write(out, fromBring, fromBring.body().length / 2);
                Thread.sleep(stall.delay().toMillis());
            } else if (step instanceof Trickle trickle) {
                write(out, fromBring, 0);
                for (byte b : fromBring.body()) {
                    Thread.sleep(trickle.pause().toMillis());
                    out.write(b);
                    out.flush();
                }
            } else if (step instanceof ResetMidAnswer) {
                write(out, fromBring, fromBring.body().length / 2);
                socket.setSoLinger(true, 0);
            } else if (!(step instanceof CloseWithoutAnswer)) {
                write(out, fromBring, fromBring.body().length);
            }
            // CloseWithoutAnswer: leaving the try closes the socket without a byte of answer
        } catch (IOException clientGone) {
            // the client timed out or closed the connection: what the fault is about
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply forward(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(bring.resolve(request.target()))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!NOT_PASSED_ON.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_PASSED_ON.contains(lower) && !lower.equals("content-type") && !lower.equals("date")
                    && !lower.startsWith(":")) {
                headers.put(name, values.get(0));
            }
        });
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), headers,
                response.body());
    }

    /** Writes the status, the headers (with the whole body's length) and the first {@code bytes} of the body. */
    private static void write(OutputStream out, Reply reply, int bytes) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" Fault proxy\r\n");
        if (!reply.contentType().isEmpty()) {
            head.append("Content-Type: ").append(reply.contentType()).append("\r\n");
        }
        reply.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(reply.body().length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(reply.body(), 0, bytes);
        out.flush();
    }

    /** A request as read off the socket: its head, and its body whether sent with a length or in chunks. */
    private record Request(String method, String target, Map<String, String> headers, byte[] body) {

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            if (requestLine == null || requestLine.isBlank()) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            String length = header(headers, "Content-Length");
            String encoding = header(headers, "Transfer-Encoding");
            byte[] body;
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                body = chunked(in);
            } else if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else {
                body = new byte[0];
            }
            return new Request(parts[0], parts[1], headers, body);
        }

        private static String header(Map<String, String> headers, String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                body.write(in.readNBytes(size));
                line(in);
            }
            for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                // trailers are not passed on
            }
            return body.toByteArray();
        }

        private static int chunkSize(String line) {
            if (line == null) {
                return 0;
            }
            int extension = line.indexOf(';');
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
        }

        /** A CRLF-terminated line in ISO-8859-1, without the CRLF; null at the end of the stream. */
        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(Arrays.copyOf(bytes, end), StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
