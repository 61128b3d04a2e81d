package dev.bringport.ports.server;

import dev.bringport.ports.migration.BringPorts;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * What configures the server side of every wire alike (the REST adapter's server, the SOAP
 * adapter's services): the ports that answer each user, Bring's door in front, and the host the
 * server is reached at, where its label links point. Defaults: any key accepted, Bring's limit of
 * 18 requests per second per user, {@code http://127.0.0.1}.
 *
 * @param <B> the builder of one wire's server, returned by every setting
 */
public abstract class ServerBuilder<B extends ServerBuilder<B>> {

    private Function<String, BringPorts> ports;
    private FrontDoor door = new FrontDoor(Logins.anyKey(), FrontDoor.BRING_LIMIT);
    private URI host = URI.create("http://127.0.0.1");

    /** A builder with the defaults. */
    protected ServerBuilder() {
    }

    /**
     * This builder, as the wire's own builder type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * The ports that answer every user.
     *
     * @param value the ports, e.g. an {@code InMemoryBring}'s
     * @return this
     */
    public B ports(BringPorts value) {
        Objects.requireNonNull(value, "ports");
        return ports(user -> value);
    }

    /**
     * The ports that answer each user, by the Mybring login of the request.
     *
     * @param value the ports of a user, e.g. {@code inMemoryBring::ports}
     * @return this
     */
    public B ports(Function<String, BringPorts> value) {
        ports = Objects.requireNonNull(value, "ports");
        return self();
    }

    /**
     * Bring's door in front of the server, shared with the other wires a user calls over.
     *
     * @param value the door
     * @return this
     */
    public B door(FrontDoor value) {
        door = Objects.requireNonNull(value, "door");
        return self();
    }

    /**
     * Where the server is reached, e.g. {@code http://127.0.0.1:8080}: the label links of its
     * booking confirmations point there.
     *
     * @param value the scheme, host and port
     * @return this
     */
    public B host(URI value) {
        host = Objects.requireNonNull(value, "host");
        return self();
    }

    /**
     * The ports that answer each user.
     *
     * @return the ports by Mybring login
     * @throws IllegalStateException if no ports were given
     */
    protected Function<String, BringPorts> answeringPorts() {
        if (ports == null) {
            throw new IllegalStateException("the ports that answer are needed: ports(...)");
        }
        return ports;
    }

    /**
     * Bring's door.
     *
     * @return the door given, or the default one
     */
    protected FrontDoor frontDoor() {
        return door;
    }

    /**
     * Where the server is reached.
     *
     * @return the scheme, host and port
     */
    protected URI reachedAt() {
        return host;
    }
}
