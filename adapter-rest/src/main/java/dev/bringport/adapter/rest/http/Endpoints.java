package dev.bringport.adapter.rest.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the adapter may send credentials: HTTPS anywhere, plain HTTP only to the loopback host
 * (tests and local simulators).
 */
public final class Endpoints {

    /** An IPv4 or IPv6 address written out, which is checked without a name lookup. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:]+");

    private Endpoints() {
    }

    /**
     * Requires a URL the adapter may call.
     *
     * @param uri the URL
     * @return the URL
     * @throws IllegalArgumentException for plain HTTP to another host, or another scheme
     */
    public static URI requireSafe(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && isLoopback(uri.getHost())) {
            return uri;
        }
        throw new IllegalArgumentException("refusing to send Bring credentials to " + uri.getScheme() + "://" + uri.getHost()
                + ": HTTPS is required, plain HTTP only for the loopback host");
    }

    private static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!ADDRESS_LITERAL.matcher(literal).matches()) {
            return false; // a name other than localhost is never resolved here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
