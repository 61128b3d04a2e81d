package dev.bringport.adapter.soap;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local JDK HTTP server that answers SOAP calls with canned bytes, byte for byte, and records
 * what it received: to test what the adapter sends and how it reads Bring's documented answers
 * and failures (HTTP 429 and 503, faults, timeouts, unreadable bodies, connections closed
 * without an answer, answers that trickle in).
 */
final class CannedSoapServer implements AutoCloseable {

    /** SOAP 1.1's content type. */
    static final String SOAP_CONTENT_TYPE = "text/xml;charset=UTF-8";

    /** How an answer reaches the client. */
    enum Delivery {
        /** At once and whole. */
        WHOLE,
        /** Never: the server holds the connection until it closes. */
        NEVER,
        /** Not at all: the server closes the connection without a byte of answer. */
        DROPPED,
        /** The headers at once, then the body a byte every 50 ms. */
        TRICKLED
    }

    /**
     * One canned answer.
     *
     * @param status      the HTTP status
     * @param contentType the content type, null for none
     * @param headers     further headers
     * @param body        the body, empty for none
     * @param delivery    how it reaches the client
     */
    record Answer(int status, String contentType, Map<String, String> headers, byte[] body, Delivery delivery) {

        static Answer soap(byte[] envelope) {
            return new Answer(200, SOAP_CONTENT_TYPE, Map.of(), envelope, Delivery.WHOLE);
        }

        static Answer soap(String envelope) {
            return soap(envelope.getBytes(StandardCharsets.UTF_8));
        }

        static Answer fault(String envelope) {
            return new Answer(500, SOAP_CONTENT_TYPE, Map.of(), envelope.getBytes(StandardCharsets.UTF_8), Delivery.WHOLE);
        }

        static Answer status(int status) {
            return new Answer(status, null, Map.of(), new byte[0], Delivery.WHOLE);
        }

        static Answer body(int status, String contentType, String body) {
            return new Answer(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8), Delivery.WHOLE);
        }

        static Answer never() {
            return new Answer(0, null, Map.of(), new byte[0], Delivery.NEVER);
        }

        static Answer dropped() {
            return new Answer(0, null, Map.of(), new byte[0], Delivery.DROPPED);
        }

        Answer trickled() {
            return new Answer(status, contentType, headers, body, Delivery.TRICKLED);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new TreeMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, Map.copyOf(more), body, delivery);
        }
    }

    /**
     * A request the server received.
     *
     * @param method  the HTTP method
     * @param path    the path
     * @param headers the headers, names in any case
     * @param body    the body
     */
    record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closing = new CountDownLatch(1);

    CannedSoapServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "canned-soap-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Answers the requests to a path in turn; the last answer repeats.
     *
     * @param path    the path, e.g. {@link BringSoap#ORDER_MANAGEMENT_PATH}
     * @param answers the answers
     * @return this
     */
    CannedSoapServer answer(String path, Answer... answers) {
        this.answers.put(path, new ConcurrentLinkedDeque<>(List.of(answers)));
        return this;
    }

    /** @return {@code http://127.0.0.1:<port>} */
    URI host() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
    }

    /** @return every request received, in order */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /**
     * @param path a path
     * @return the requests received at it
     */
    List<Received> received(String path) {
        return received().stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Headers requestHeaders = exchange.getRequestHeaders();
            requestHeaders.forEach((name, values) -> headers.put(name, List.copyOf(values)));
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, headers, body));
            Deque<Answer> queue = answers.get(path);
            Answer answer = queue == null ? Answer.status(404) : queue.size() > 1 ? queue.poll() : queue.peek();
            if (answer.delivery() == Delivery.NEVER) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (answer.delivery() == Delivery.DROPPED) {
                return; // closing the exchange before any header closes the connection
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (answer.delivery() == Delivery.TRICKLED) {
                        for (byte b : answer.body()) {
                            Thread.sleep(50);
                            out.write(b);
                            out.flush();
                        }
                    } else {
                        out.write(answer.body());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
