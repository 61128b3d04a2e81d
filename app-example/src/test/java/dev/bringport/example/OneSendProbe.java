package dev.bringport.example;

import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.migration.BringPorts;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Run by {@link OneSendTest} in a JVM of its own, started with the JDK's switches that make its
 * HTTP clients resend a POST whose connection closed before an answer. Against a server that reads
 * each request whole (Bring acts) and then closes the connection without a byte of answer, it
 * makes each write through both adapters and prints, per write, how many copies reached the
 * server and what the caller got; and first, as canaries, the same POST through each JDK client
 * without the adapters, to show the switches are on.
 */
public final class OneSendProbe {

    /** Starts every line the test reads. */
    static final String PREFIX = "one-send: ";

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private OneSendProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args none
     * @throws Exception if the server cannot start
     */
    @SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
    public static void main(String[] args) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> actThenClose(server));
            accepting.setDaemon(true);
            accepting.start();
            URI host = URI.create("http://127.0.0.1:" + server.getLocalPort());
            print("switch jdk.httpclient.enableAllMethodRetry=" + System.getProperty("jdk.httpclient.enableAllMethodRetry"));
            print("switch sun.net.http.retryPost=" + System.getProperty("sun.net.http.retryPost"));

            count("canary HttpClient", () -> {
                try {
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.resolve("/booking-api/api/booking"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
                    return "answered";
                } catch (IOException e) {
                    return e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            });
            count("canary HttpURLConnection", () -> {
                try {
                    HttpURLConnection connection = (HttpURLConnection) host.resolve("/booking/api/ws").toURL().openConnection();
                    connection.setDoOutput(true);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    }
                    return "HTTP " + connection.getResponseCode();
                } catch (IOException e) {
                    return e.getClass().getSimpleName();
                }
            });

            BringCredentials credentials = new BringCredentials("one-send@example.com", "one-send-key",
                    URI.create("https://shop.example"));
            Instant now = Instant.now();
            BringPorts rest = BringRest.builder().credentials(credentials).host(host).build().ports();
            BringPorts soap = BringSoap.builder().credentials(credentials).host(host).build().ports();
            PackingList packingList = PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE)));
            for (String transport : List.of("REST", "SOAP")) {
                BringPorts ports = transport.equals("REST") ? rest : soap;
                count(transport + " BOOK", () -> outcome(() -> ports.booking().book(ContractExamples.booking(now))));
                count(transport + " ADD_PACKING_LIST", () -> outcome(() -> {
                    ports.orderManagement().addPackingList(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID, packingList);
                    return "added";
                }));
                count(transport + " ORDER_PICKUP", () -> outcome(() -> ports.pickups().orderPickup(
                        ContractExamples.pickup(now).build())));
            }
            count("REST SEND_ORDER", () -> outcome(() -> {
                rest.orderManagement().sendOrder(ContractExamples.originalOrder("ONE-SEND-1", now));
                return "sent";
            }));
        }
    }

    private static String outcome(Supplier<Object> call) {
        try {
            return "value " + call.get();
        } catch (BringException e) {
            return e.getClass().getSimpleName() + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName()
                    + ")");
        }
    }

    /** Makes a call and prints how many requests reached the server meanwhile. */
    private static void count(String what, Supplier<String> call) throws InterruptedException {
        int before = REQUESTS.get();
        String outcome = call.get();
        Thread.sleep(200); // a resent copy would arrive by now
        print(what + " reached the server " + (REQUESTS.get() - before) + "x: " + outcome);
    }

    private static void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }

    /** Reads each request whole, counts it, and closes the connection without a byte of answer. */
    private static void actThenClose(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                if (readRequest(in)) {
                    REQUESTS.incrementAndGet();
                }
            } catch (IOException closed) {
                // the client went away, or the probe ended
            }
        }
    }

    /** @return whether a whole request (head and body, by length or in chunks) was read */
    private static boolean readRequest(InputStream in) throws IOException {
        String line = line(in);
        if (line == null || line.isEmpty()) {
            return false;
        }
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            return in.readNBytes((int) length).length == length;
        }
        for (String size = line(in); size != null; size = line(in)) {
            int chunk = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (chunk == 0) {
                return line(in) != null;
            }
            in.readNBytes(chunk);
            line(in);
        }
        return false;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).replaceFirst("\r$", "");
            }
            line.write(b);
        }
        return null;
    }
}
