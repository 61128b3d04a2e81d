package dev.bringport.example;

import dev.bringport.adapter.inmemory.InMemoryBackedFixture;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.BookingContract;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.OrderManagementContract;
import dev.bringport.ports.contract.PickupsContract;
import dev.bringport.ports.contract.WarehousingContract;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;

/**
 * The contract suite through the REST adapter (JSON and XML) and the SOAP adapter, talking to the
 * served sandbox: the composition of {@code serve} ({@link Sandbox}), started in process on a free
 * port, limit off, over an in-memory Bring with the suite's fixed clock. One sandbox serves every
 * test; Bring's state is emptied for each.
 */
class SandboxContractTest {

    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            "contract-suite-key", URI.create("https://bringport.dev/contract-suite"));

    /** The running sandbox and the adapters pointed at it, started once: Metro's first call is slow. */
    private record Served(Sandbox sandbox, BringPorts restJson, BringPorts restXml, BringPorts soap) {
    }

    private static Served served;

    @SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
    private static synchronized Served served() {
        if (served == null) {
            Sandbox sandbox = Sandbox.builder().port(0).bring(InMemoryBackedFixture.fixedBring()).demoData(false)
                    .limit(FrontDoor.NO_LIMIT).start();
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
            Clock clock = Clock.fixed(InMemoryBackedFixture.NOW, ZoneOffset.UTC);
            served = new Served(sandbox, rest(sandbox, WireFormat.JSON, clock), rest(sandbox, WireFormat.XML, clock),
                    BringSoap.builder().credentials(CREDENTIALS).host(sandbox.uri()).clock(clock)
                            .retryPolicy(TwoProtocolBring.QUICK_RETRIES).requestsPerSecond(1_000).build().ports());
        }
        return served;
    }

    private static BringPorts rest(Sandbox sandbox, WireFormat format, Clock clock) {
        return BringRest.builder().credentials(CREDENTIALS).host(sandbox.uri()).format(format).clock(clock)
                .retryPolicy(TwoProtocolBring.QUICK_RETRIES).requestsPerSecond(1_000).build().ports();
    }

    /** The suite's view of one adapter talking to the sandbox. */
    private static final class SandboxFixture extends InMemoryBackedFixture {
        private final Served running;
        private final BringPorts ports;

        SandboxFixture(Function<Served, BringPorts> adapter) {
            running = served();
            running.sandbox().bring().reset();
            ports = adapter.apply(running);
        }

        @Override
        protected InMemoryBring bring() {
            return running.sandbox().bring();
        }

        @Override
        public OrderManagement orderManagement() {
            return ports.orderManagement();
        }

        @Override
        public Warehousing warehousing() {
            return ports.warehousing();
        }

        @Override
        public Booking booking() {
            return ports.booking();
        }

        @Override
        public Pickups pickups() {
            return ports.pickups();
        }

        @Override
        public void close() {
            // the sandbox serves the next test
        }
    }

    private static BringFixture restJson() {
        return new SandboxFixture(Served::restJson);
    }

    private static BringFixture restXml() {
        return new SandboxFixture(Served::restXml);
    }

    private static BringFixture soap() {
        return new SandboxFixture(Served::soap);
    }

    @Nested
    class RestJsonOrderManagement extends OrderManagementContract {
        @Override
        protected BringFixture newFixture() {
            return restJson();
        }
    }

    @Nested
    class RestJsonWarehousing extends WarehousingContract {
        @Override
        protected BringFixture newFixture() {
            return restJson();
        }
    }

    @Nested
    class RestJsonBooking extends BookingContract {
        @Override
        protected BringFixture newFixture() {
            return restJson();
        }
    }

    @Nested
    class RestJsonPickups extends PickupsContract {
        @Override
        protected BringFixture newFixture() {
            return restJson();
        }
    }

    @Nested
    class RestXmlOrderManagement extends OrderManagementContract {
        @Override
        protected BringFixture newFixture() {
            return restXml();
        }
    }

    @Nested
    class RestXmlWarehousing extends WarehousingContract {
        @Override
        protected BringFixture newFixture() {
            return restXml();
        }
    }

    @Nested
    class RestXmlBooking extends BookingContract {
        @Override
        protected BringFixture newFixture() {
            return restXml();
        }
    }

    @Nested
    class RestXmlPickups extends PickupsContract {
        @Override
        protected BringFixture newFixture() {
            return restXml();
        }
    }

    @Nested
    class SoapOrderManagement extends OrderManagementContract {
        @Override
        protected BringFixture newFixture() {
            return soap();
        }
    }

    @Nested
    class SoapWarehousing extends WarehousingContract {
        @Override
        protected BringFixture newFixture() {
            return soap();
        }
    }

    @Nested
    class SoapBooking extends BookingContract {
        @Override
        protected BringFixture newFixture() {
            return soap();
        }
    }

    @Nested
    class SoapPickups extends PickupsContract {
        @Override
        protected BringFixture newFixture() {
            return soap();
        }
    }
}
