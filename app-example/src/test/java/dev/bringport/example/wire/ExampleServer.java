package dev.bringport.example.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A plain HTTP server on 127.0.0.1 that answers with fixed bodies, the way Bring's pages show
 * them: no state, no rules, only what the examples say. Requests are kept for assertions.
 */
public final class ExampleServer implements AutoCloseable {

    /** One request the server received. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

        /**
         * A header's first value.
         *
         * @param name the header, any case
         * @return its value
         */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        /** @return whether the client asked for XML */
        public boolean wantsXml() {
            return header("Accept").orElse("").toLowerCase(Locale.ROOT).contains("xml")
                    || header("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("xml")
                    || header("SOAPAction").isPresent();
        }
    }

    /** What the server answers. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private record Route(String method, Pattern path, Function<Request, Answer> answer) {
    }

    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ExampleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return a running server without routes: every request answers 404 */
    public static ExampleServer start() {
        try {
            return new ExampleServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers requests whose path matches.
     *
     * @param method the HTTP method
     * @param path   a regular expression for the whole path
     * @param answer the answer to a request
     * @return this
     */
    public ExampleServer route(String method, String path, Function<Request, Answer> answer) {
        routes.add(new Route(method, Pattern.compile(path), answer));
        return this;
    }

    /** @return {@code http://127.0.0.1:<port>}, for {@code --host} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return the requests received, oldest first */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes());
            requests.add(request);
            Answer answer = routes.stream()
                    .filter(r -> r.method().equals(request.method()) && r.path().matcher(request.path()).matches())
                    .findFirst().map(r -> r.answer().apply(request))
                    .orElse(new Answer(404, "text/plain", new byte[0]));
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
