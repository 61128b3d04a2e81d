package dev.bringport.ports.faults;

import static dev.bringport.ports.contract.ContractExamples.CUSTOMER;
import static dev.bringport.ports.contract.ContractExamples.ORDER_ID;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.BringException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.faults.Fault.Address;
import dev.bringport.ports.faults.FaultProxy.Attempt;
import dev.bringport.ports.migration.BringPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where cells of the matrix run: its own simulated Bring, the fault proxy in front of it, and the
 * addresses of the faults no proxy can make (nothing listening, a queue that accepts no
 * connection, a server that answers a TLS handshake with plain text), and the adapter's ports
 * pointed at each (at the proxy twice: with the short answer timeout and with the patient one).
 * Lanes share nothing, so that they can run side by side.
 */
final class Lane implements AutoCloseable {

    private static final String ORDER_SENT = "FAULT-MATRIX-1";
    private static final String CONSIGNMENT = "70438101268018539";
    private static final int WARM_UP_ATTEMPTS = 5;

    private final String variant;
    private final Simulation bring;
    private final FaultProxy proxy;
    private final Socket reserved = new Socket();
    private final Traps.Trap fullQueue = Traps.fullQueue();
    private final Traps.Trap notTls = Traps.notTls();
    private final Map<Address, URI> addresses = new EnumMap<>(Address.class);
    private final Map<Address, BringPorts> elsewhere = new EnumMap<>(Address.class);
    private final BringPorts patient;
    private final BringPorts impatient;
    private final ConnectionCounter connections;
    private final Instant now;
    private Object cleanRead;

    /** Builds the adapter's ports. */
    @FunctionalInterface
    interface Connector {
        /**
         * @param host          where Bring is
         * @param answerTimeout the answer timeout
         * @param connections   the selector to count connections with, where no proxy counts requests
         * @return the adapter's ports
         */
        BringPorts connect(URI host, Duration answerTimeout, Optional<ProxySelector> connections);
    }

    /**
     * Starts a lane.
     *
     * @param variant     its name
     * @param bring       its simulated Bring
     * @param connect     builds the adapter's ports
     * @param connections counts the connections where no proxy is
     * @param now         Bring's now
     */
    Lane(String variant, Simulation bring, Connector connect, ConnectionCounter connections, Instant now) {
        this.variant = variant;
        this.bring = bring;
        this.proxy = new FaultProxy(bring.host());
        this.connections = connections;
        this.now = now;
        try {
            // bound but not listening: connections are refused, and no other server can take the port
            reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addresses.put(Address.NOTHING_LISTENS, URI.create("http://127.0.0.1:" + reserved.getLocalPort()));
        addresses.put(Address.FULL_QUEUE, fullQueue.address());
        addresses.put(Address.NOT_TLS, notTls.address());
        this.patient = connect.connect(proxy.host(), FaultMatrixSuite.PATIENT_ANSWER_TIMEOUT, Optional.empty());
        this.impatient = connect.connect(proxy.host(), FaultMatrixSuite.ANSWER_TIMEOUT, Optional.empty());
        addresses.forEach((address, uri) -> elsewhere.put(address, connect.connect(uri,
                FaultMatrixSuite.PATIENT_ANSWER_TIMEOUT, Optional.of(connections))));
    }

    /** @return the lane's name */
    String variant() {
        return variant;
    }

    /** @return the order as a read returns it when nothing goes wrong */
    Object cleanRead() {
        return cleanRead;
    }

    /**
     * Makes every call once with nothing going wrong, so that the adapter's clients exist before
     * any deadline counts, and keeps the order read.
     */
    void warmUp() {
        proxy.script(List.of(new FaultProxy.Forward()));
        for (CallKind kind : CallKind.values()) {
            if (offers(kind)) {
                Object value = patiently(patient, kind);
                if (kind == CallKind.READ) {
                    cleanRead = value;
                }
            }
        }
        patiently(impatient, CallKind.READ);
        elsewhere.values().forEach(ports -> {
            try {
                call(ports, CallKind.READ);
            } catch (BringException expected) {
                // no Bring there: this only builds the clients
            }
        });
    }

    /** A call that may time out while the simulated Bring, the proxy and the adapter load their classes. */
    private Object patiently(BringPorts ports, CallKind kind) {
        for (int attempt = 1; ; attempt++) {
            bring.reset();
            try {
                return call(ports, kind);
            } catch (TimedOutException | OutcomeUnknownException stillWarmingUp) {
                if (attempt == WARM_UP_ATTEMPTS) {
                    throw stillWarmingUp;
                }
            }
        }
    }

    /**
     * Makes one call while a fault happens.
     *
     * @param fault    the fault
     * @param kind     the call
     * @param deadline the longest the call may take
     * @return what happened
     */
    Observation run(Fault fault, CallKind kind, Duration deadline) {
        bring.reset();
        Address address = fault.address();
        boolean proxied = address == Address.PROXY;
        BringPorts ports = !proxied ? elsewhere.get(address) : fault.aboutTime() ? impatient : patient;
        if (proxied) {
            proxy.script(fault.script(FaultMatrixSuite.ANSWER_BOUND));
        } else {
            connections.reset(addresses.get(address));
            notTls.accepted().set(0);
        }
        Optional<Object> value = Optional.empty();
        Optional<BringException> failure = Optional.empty();
        Optional<Throwable> broken = Optional.empty();
        try {
            value = Optional.ofNullable(assertTimeoutPreemptively(deadline, () -> call(ports, kind),
                    () -> kind.label() + " outlived its deadline of " + deadline.toMillis() + " ms"));
        } catch (BringException e) {
            failure = Optional.of(e);
        } catch (RuntimeException | AssertionError e) {
            broken = Optional.of(e);
        }
        List<Attempt> requests = proxied ? proxy.attempts() : List.of();
        // HttpsURLConnection asks the proxy selector twice for one connection: the server counts those
        int attempts = proxied ? requests.size() : address == Address.NOT_TLS ? notTls.accepted().get()
                : connections.count(addresses.get(address));
        int writes = kind.operation().isWrite() ? bring.writesCarriedOut(kind) : 0;
        return new Observation(value, failure, broken, attempts, requests, writes, offers(kind));
    }

    private boolean offers(CallKind kind) {
        return patient.port(kind.operation().capability()).supports(kind.operation());
    }

    private Object call(BringPorts ports, CallKind kind) {
        PackingList packingList = PackingList.of(CONSIGNMENT, List.of(PackingListItem.of("1", BigDecimal.ONE)));
        return switch (kind) {
            case READ -> ports.orderManagement().order(CUSTOMER, ORDER_ID);
            case BOOKING -> ports.booking().book(ContractExamples.booking(now));
            case ORDER -> {
                ports.orderManagement().sendOrder(ContractExamples.originalOrder(ORDER_SENT, now));
                yield "sent";
            }
            case PACKING_LIST -> {
                ports.orderManagement().addPackingList(CUSTOMER, ORDER_ID, packingList);
                yield "added";
            }
            case EVENT -> {
                ports.orderManagement().sendEvent(TrackingEvent.of(CONSIGNMENT, EventType.DELIVERED, "Selger Norge AS", now));
                yield "sent";
            }
            case PICKUP -> ports.pickups().orderPickup(ContractExamples.pickup(now).build());
            case TRANSPORT_ORDER -> {
                ports.orderManagement().createTransportOrder(CUSTOMER, ORDER_ID, new TransportOrder(packingList));
                yield "ordered";
            }
        };
    }

    @Override
    public void close() {
        proxy.close();
        bring.close();
        fullQueue.close();
        notTls.close();
        try {
            reserved.close();
        } catch (IOException ignored) {
            // the port is free either way
        }
    }
}
