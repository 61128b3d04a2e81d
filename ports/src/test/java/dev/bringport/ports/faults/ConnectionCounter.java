package dev.bringport.ports.faults;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the connections a client opens, by host and port: every HTTP client asks its proxy
 * selector before it connects (the JDK's HttpClient the selector it was built with,
 * HttpURLConnection the JVM's default). Always connects directly. Where nothing listens, this is
 * the only way to count the attempts.
 */
final class ConnectionCounter extends ProxySelector {

    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    @Override
    public List<Proxy> select(URI uri) {
        asked.computeIfAbsent(uri.getAuthority(), a -> new AtomicInteger()).incrementAndGet();
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // the attempt was counted when the selector was asked
    }

    /**
     * Starts counting the connections to an address afresh.
     *
     * @param address e.g. {@code http://127.0.0.1:4711}
     */
    void reset(URI address) {
        asked.remove(address.getAuthority());
    }

    /**
     * @param address e.g. {@code http://127.0.0.1:4711}
     * @return the connections to it since it was last reset
     */
    int count(URI address) {
        AtomicInteger count = asked.get(address.getAuthority());
        return count == null ? 0 : count.get();
    }
}
