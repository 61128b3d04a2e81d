package dev.bringport.example;

import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST adapter's Bring simulator (a JDK HTTP server on 127.0.0.1 in front of the in-memory
 * Bring with the demo data, Order Management and Booking installed) at a time, and the tool run
 * against it with {@code --transport rest --host}, with credentials the simulator accepts.
 */
final class SimulatedBring implements AutoCloseable {

    private final Clock clock;
    private final InMemoryBring bring;
    private final BringSimulator simulator;
    private final Map<String, String> environment;

    private SimulatedBring(Clock clock, Path stateHome) {
        this.clock = clock;
        this.bring = InMemoryBring.builder().clock(clock).build().givenDemoData();
        this.simulator = BringSimulator.start(bring);
        this.environment = new HashMap<>(Map.of("BRING_API_UID", InMemoryBring.DEFAULT_USER,
                "BRING_API_KEY", BringSimulator.DEFAULT_KEY, "BRING_CLIENT_URL", "https://shop.example.com",
                LabelJournal.STATE_HOME, stateHome.toString()));
    }

    /**
     * Starts a simulated Bring.
     *
     * @param clock     its time, and the tool's
     * @param stateHome the tool's state directory ({@code XDG_STATE_HOME})
     * @return the running simulator
     */
    static SimulatedBring at(Clock clock, Path stateHome) {
        return new SimulatedBring(clock, stateHome);
    }

    /**
     * Runs the tool against the simulator, in the test's JVM.
     *
     * @param command the command, its arguments and any options but the transport and host
     * @return what it printed and returned
     */
    CliRun run(String... command) {
        List<String> args = new ArrayList<>(List.of("--transport", "rest", "--host", simulator.baseUri().toString()));
        args.addAll(List.of(command));
        return CliRun.run(clock, environment, args.toArray(String[]::new));
    }

    /** @return the simulator, with what it received */
    BringSimulator simulator() {
        return simulator;
    }

    /** @return the in-memory Bring behind it */
    InMemoryBring bring() {
        return bring;
    }

    /** @return the tool's environment, to change before a run */
    Map<String, String> environment() {
        return environment;
    }

    /** @return the tool's time */
    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
