package dev.bringport.ports.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.ports.migration.BringPorts;
import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every wire's server is configured with, and its defaults. */
class ServerBuilderTest {

    /** A wire's builder, as the adapters' servers write theirs. */
    private static final class Wire extends ServerBuilder<Wire> {
        @Override
        protected Wire self() {
            return this;
        }

        Function<String, BringPorts> ports() {
            return answeringPorts();
        }
    }

    @Test
    void withoutPortsNothingIsServedAndTheDefaultsAreBringsDoorOnLoopback() {
        Wire wire = new Wire();

        assertThatThrownBy(wire::ports).isInstanceOf(IllegalStateException.class).hasMessageContaining("ports(...)");
        assertThat(wire.frontDoor().toString()).contains("any key").contains("18 per second");
        assertThat(wire.reachedAt()).isEqualTo(URI.create("http://127.0.0.1"));
    }

    @Test
    void theSettingsAreKept() {
        Function<String, BringPorts> ports = user -> null;
        FrontDoor door = new FrontDoor(Logins.onlyKey("k"), FrontDoor.NO_LIMIT);

        Wire wire = new Wire().ports(ports).door(door).host(URI.create("http://127.0.0.1:8080"));

        assertThat(wire.ports()).isSameAs(ports);
        assertThat(wire.frontDoor()).isSameAs(door);
        assertThat(wire.reachedAt()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }
}
