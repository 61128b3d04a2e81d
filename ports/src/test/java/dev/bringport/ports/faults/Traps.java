package dev.bringport.ports.faults;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Addresses on 127.0.0.1 where a call cannot even begin: one where connecting times out, and one
 * that answers a TLS handshake with plain text. For the fault matrix and for the adapters' own
 * tests of the same faults.
 */
public final class Traps {

    private Traps() {
    }

    /**
     * A socket that listens but never accepts, its queue filled: on Linux, the connection
     * attempts a full queue cannot take are dropped, so connecting times out.
     *
     * @return the trap; close it to free the port
     */
    public static Trap fullQueue() {
        try {
            ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            List<Closeable> held = new ArrayList<>(List.of(server));
            while (true) {
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
                    held.add(socket);
                } catch (SocketTimeoutException full) {
                    socket.close();
                    return new Trap(URI.create("http://127.0.0.1:" + server.getLocalPort()), new AtomicInteger(), held);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server that reads what a TLS client sends first and answers in plain HTTP: the handshake
     * fails before a request is written.
     *
     * @return the trap, at an {@code https} address; it counts the connections it accepted
     */
    public static Trap notTls() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            AtomicInteger accepted = new AtomicInteger();
            Thread answering = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        accepted.incrementAndGet();
                        readRecord(socket.getInputStream());
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        socket.shutdownOutput();
                        socket.getInputStream().transferTo(OutputStream.nullOutputStream()); // until the client closes
                    } catch (IOException closedOrGone) {
                        // the client gave up, or the trap was closed
                    }
                }
            }, "not-tls");
            answering.setDaemon(true);
            answering.start();
            return new Trap(URI.create("https://127.0.0.1:" + server.getLocalPort()), accepted, List.of(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the client's first TLS record (its ClientHello) whole, so that the answer reaches a
     * client that has said all it had to say, and closing later sends no reset.
     */
    private static void readRecord(InputStream in) throws IOException {
        byte[] header = in.readNBytes(5);
        if (header.length == 5) {
            in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
        }
    }

    /**
     * A trap: where it is, and the connections it accepted (none, for a full queue).
     *
     * @param address  {@code http(s)://127.0.0.1:<port>}
     * @param accepted the connections accepted since the count was last reset
     * @param held     the sockets that make the trap
     */
    public record Trap(URI address, AtomicInteger accepted, List<Closeable> held) implements AutoCloseable {

        @Override
        public void close() {
            for (Closeable closeable : held) {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // closed either way
                }
            }
        }
    }
}
