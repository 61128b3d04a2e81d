package dev.bringport.ports.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * A real Redis server (the 6.2 binary embedded-redis ships) on a free port of 127.0.0.1, for the
 * tests; it keeps nothing on disk. It can be stopped and started again on the same port.
 */
public final class LocalRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    /** Starts a server on a free port. */
    public LocalRedis() {
        this.port = freePort();
        start();
    }

    /** @return a port of 127.0.0.1 nothing listens on now */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code redis://127.0.0.1:<port>} */
    public URI address() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    /** Starts the server (again), on its port. */
    public void start() {
        try {
            server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server; its port stays its own. */
    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
