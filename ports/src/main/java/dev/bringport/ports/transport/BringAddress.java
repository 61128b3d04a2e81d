package dev.bringport.ports.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the library may send Bring's credentials: HTTPS to any host, plain HTTP only to the
 * loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}: tests and local
 * simulators), never with user information in the URL. A name other than {@code localhost} is
 * never looked up: {@code http://127.0.0.1.example.com} is not the loopback host. Every adapter
 * checks every address with this class: the hosts and base URLs a builder is given, and each
 * address a call goes to (label links included); so can an application, for a host it takes
 * from its users.
 */
public final class BringAddress {

    /** An IPv4 address written out (digits and dots) or an IPv6 one (with colons): checked without a name lookup. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    private BringAddress() {
    }

    /**
     * Requires a host the library puts Bring's paths after (a builder's {@code host}, a base URL,
     * a SOAP endpoint): an address a call may go to, without a query or fragment, which Bring's
     * paths could not follow.
     *
     * @param host e.g. {@code https://api.bring.com} or {@code http://127.0.0.1:8080/sim}
     * @return the host
     * @throws IllegalArgumentException for an address the credentials may not go to, or one with a
     *     query or fragment
     */
    public static URI requireHost(URI host) {
        if (host.getRawQuery() != null || host.getRawFragment() != null) {
            throw new IllegalArgumentException("a host must have no query or fragment: the library puts Bring's paths"
                    + " after it, was " + where(host) + " with a query or fragment");
        }
        return requireEndpoint(host);
    }

    /**
     * Requires an address a call may go to: HTTPS, or plain HTTP on the loopback host; no user
     * information; no fragment (which a request never carries). A query is allowed: it is part of
     * where a link of Bring's points.
     *
     * @param uri the address
     * @return the address
     * @throws IllegalArgumentException for another scheme, plain HTTP to another host, user
     *     information or a fragment; the message names the scheme and host only
     */
    public static URI requireEndpoint(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String where = where(uri);
        if (uri.getHost() == null && (scheme.isEmpty() || scheme.startsWith("http"))) {
            throw new IllegalArgumentException("an address must be an absolute URL with a host, like "
                    + "https://api.bring.com; the one given has " + (scheme.isEmpty() ? "no scheme" : "no host"));
        }
        boolean allowed = uri.getHost() != null && (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost()));
        if (!allowed) {
            throw new IllegalArgumentException("refusing to send Bring credentials to " + where
                    + ": HTTPS is required, plain HTTP only for the loopback host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("refusing to send Bring credentials to a URL with user information ("
                    + where + "): Bring's credentials travel in headers only");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("refusing an address with a fragment (" + where + "): a request never"
                    + " carries one");
        }
        return uri;
    }

    /** The scheme and host of an address, for a message: never its user information, path or query. */
    private static String where(URI uri) {
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://") + (uri.getHost() == null ? "" : uri.getHost());
    }

    /**
     * Whether a host is the loopback host: {@code localhost}, or an address of {@code 127.0.0.0/8}
     * or {@code ::1} written out. No name is looked up.
     *
     * @param host a URL's host, IPv6 addresses in brackets; may be null
     * @return whether plain HTTP may go there
     */
    public static boolean isLoopback(String host) {
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
