package dev.bringport.example.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 that answers a GET of a path with fixed bytes, JSON or XML as the
 * request's {@code Accept} asks. Unlike the test servers it keeps nothing of what it receives, so
 * its millionth answer costs what its first did.
 */
final class FixedAnswers implements AutoCloseable {

    private record Bodies(byte[] json, byte[] xml) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "fixed-answers");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Bodies> answers = new ConcurrentHashMap<>();

    private FixedAnswers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return a running server without answers */
    static FixedAnswers start() {
        try {
            return new FixedAnswers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers GET of a path.
     *
     * @param path the exact path
     * @param json the body for JSON
     * @param xml  the body for XML
     * @return this
     */
    FixedAnswers answer(String path, byte[] json, byte[] xml) {
        answers.put(path, new Bodies(json, xml));
        return this;
    }

    /** @return {@code http://127.0.0.1:<port>} */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Bodies bodies = answers.get(exchange.getRequestURI().getRawPath());
            if (bodies == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            boolean xml = accept != null && accept.toLowerCase(Locale.ROOT).contains("xml");
            byte[] body = xml ? bodies.xml() : bodies.json();
            exchange.getResponseHeaders().set("Content-Type", xml ? "application/xml" : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
