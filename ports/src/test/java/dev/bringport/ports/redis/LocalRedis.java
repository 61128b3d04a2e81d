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
final class LocalRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    LocalRedis() {
        this.port = freePort();
        start();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI address() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    void start() {
        try {
            server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
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
