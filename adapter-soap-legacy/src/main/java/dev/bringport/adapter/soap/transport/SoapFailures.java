package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.client.ClientTransportException;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import dev.bringport.ports.transport.TransportPolicy;
import dev.bringport.ports.transport.WireFault;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Maps what went wrong in a SOAP call onto the ports' {@link TransportPolicy}: Metro's and the
 * JDK's exceptions onto the wire's faults (by how far the attempt got, its {@link Progress}), SOAP
 * faults and answers without an envelope onto the policy's answer classification. Everything else
 * (failure types, the key masked, "outcome unknown" for writes, {@code Retry-After}) is the
 * policy's.
 */
final class SoapFailures {

    private static final String HTTP_STATUS_KEY = "http.status.code";
    private static final int SOAP_FAULT_STATUS = 500;

    private final URI address;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final TransportPolicy policy;

    SoapFailures(URI address, Duration connectTimeout, Duration requestTimeout, TransportPolicy policy) {
        this.address = address;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.policy = policy;
    }

    /**
     * The failure for what an attempt threw, other than the ports' failures the mappers typed
     * from Bring's answers.
     *
     * @param operation     the operation
     * @param soapOperation the SOAP operation, for messages, e.g. {@code GetPurchaseOrder}
     * @param correlationId the write's correlation id, when it has one
     * @param thrown        what Metro, the JDK or a mapper threw
     * @param progress      how far the attempt got on the wire
     * @return the failure, settled
     */
    BringException classify(Operation operation, String soapOperation, Optional<String> correlationId,
                            RuntimeException thrown, Progress progress) {
        String where = "SOAP " + soapOperation + " at " + address;
        if (thrown instanceof SOAPFaultException fault) {
            return fromFault(operation, where, correlationId, fault);
        }
        Optional<AnswerWithoutEnvelope> withoutEnvelope = cause(thrown, AnswerWithoutEnvelope.class);
        if (withoutEnvelope.isPresent()) {
            return fromAnswer(operation, where, correlationId, withoutEnvelope.get());
        }
        OptionalInt status = httpStatus(thrown);
        if (status.isPresent()) {
            return policy.answered(new Failure(operation, where + " answered without a SOAP envelope", List.of(),
                    status, Optional.empty(), true), Optional.empty(), correlationId);
        }
        return policy.failure(operation, fault(thrown, progress), where + detail(thrown, progress), correlationId, thrown);
    }

    /** The wire's fault, by what was thrown and how far the attempt got. */
    private static WireFault fault(Throwable thrown, Progress progress) {
        if (cause(thrown, LimitedAnswerStream.TooLarge.class).isPresent()) {
            return WireFault.ANSWER_TOO_LARGE;
        }
        Optional<IOException> io = cause(thrown, IOException.class);
        if (io.isEmpty()) {
            return WireFault.ANSWER_UNREADABLE; // Metro could not read the answer, or a mapper could not map it
        }
        if (!progress.wasSent()) {
            IOException e = io.get();
            if (e instanceof SocketTimeoutException) {
                return WireFault.CONNECT_TIMEOUT; // nothing times out while a request is written but connecting
            }
            if (cause(thrown, SSLException.class).isPresent()) {
                return WireFault.TLS_HANDSHAKE_FAILED;
            }
            if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                    || e instanceof PortUnreachableException) {
                return WireFault.NO_CONNECTION;
            }
            return WireFault.CLOSED_BEFORE_AN_ANSWER; // the request was cut off while it was written
        }
        if (io.get() instanceof SocketTimeoutException) {
            return WireFault.NO_ANSWER_IN_TIME;
        }
        return progress.answerHadBegun() ? WireFault.LOST_MID_ANSWER : WireFault.CLOSED_BEFORE_AN_ANSWER;
    }

    private String detail(Throwable thrown, Progress progress) {
        return switch (fault(thrown, progress)) {
            case CONNECT_TIMEOUT -> ", within " + connectTimeout.toMillis() + " ms";
            case NO_ANSWER_IN_TIME -> ", within " + requestTimeout.toMillis() + " ms";
            default -> ": " + describe(cause(thrown, IOException.class).map(Throwable.class::cast).orElse(innermost(thrown)));
        };
    }

    private BringException fromFault(Operation operation, String where, Optional<String> correlationId,
                                     SOAPFaultException thrown) {
        SOAPFault fault = thrown.getFault();
        String faultString = Optional.ofNullable(fault.getFaultString()).map(String::strip).orElse("");
        List<BringError> errors = errors(fault, faultString);
        if (!errors.isEmpty()) {
            return policy.answered(Failure.of(operation, errors).withHttpStatus(SOAP_FAULT_STATUS), Optional.empty(),
                    correlationId);
        }
        QName code = fault.getFaultCodeAsQName();
        String codeName = code == null ? "" : code.getLocalPart();
        Failure failure = new Failure(operation, where + " answered with a SOAP fault (" + codeName + "): " + faultString,
                List.of(), OptionalInt.of(SOAP_FAULT_STATUS), Optional.empty(), true);
        boolean client = codeName.equalsIgnoreCase("Client") || codeName.equalsIgnoreCase("Sender");
        return policy.settled(correlationId, client ? InvalidRequestException.reportedByBring(failure)
                : new UnavailableException(failure, policy.keyless(thrown)));
    }

    /** Bring's codes in a fault: {@code Code}/{@code Description} pairs in its detail, else a bracketed code. */
    private static List<BringError> errors(SOAPFault fault, String faultString) {
        List<BringError> errors = new ArrayList<>();
        Detail detail = fault.getDetail();
        if (detail != null) {
            for (Iterator<?> entries = detail.getDetailEntries(); entries.hasNext(); ) {
                if (entries.next() instanceof Element entry) {
                    collectCodes(entry, faultString, errors);
                }
            }
        }
        if (errors.isEmpty()) {
            BringError.fromPlainText(faultString).map(e -> e.message().isBlank()
                    ? new BringError(e.code(), faultString, e.uniqueId()) : e).ifPresent(errors::add);
        }
        return errors;
    }

    private static void collectCodes(Element element, String fallbackMessage, List<BringError> errors) {
        NodeList children = element.getChildNodes();
        String code = null;
        String message = null;
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                String text = e.getTextContent() == null ? "" : e.getTextContent().strip();
                if (name.equalsIgnoreCase("code") && !text.isEmpty()) {
                    code = text;
                } else if ((name.equalsIgnoreCase("description") || name.equalsIgnoreCase("message")) && !text.isEmpty()) {
                    message = text;
                } else {
                    collectCodes(e, fallbackMessage, errors);
                }
            }
        }
        if (code != null) {
            errors.add(BringError.of(ErrorCode.of(code), message != null ? message : fallbackMessage));
        }
    }

    /**
     * An answer that is no SOAP envelope: a success without one cannot be read; a service's 404
     * means a wrong address; anything else is typed by Bring's plain-text code when it has one,
     * else by its status, with its {@code Retry-After}.
     */
    private BringException fromAnswer(Operation operation, String where, Optional<String> correlationId,
                                      AnswerWithoutEnvelope answer) {
        int status = answer.status();
        String kind = answer.contentType().map(type -> " (" + type + ")").orElse("");
        if (status >= 200 && status < 300) {
            return policy.failure(operation, WireFault.ANSWER_UNREADABLE, where + " answered HTTP " + status + kind
                    + " without a SOAP envelope", correlationId, answer);
        }
        List<BringError> errors = BringError.fromPlainText(answer.text()).stream().toList();
        if (status == 404 && errors.isEmpty()) {
            // a SOAP service is one address: 404 means a wrong endpoint, not a missing order
            return policy.settled(correlationId, new UnexpectedResponseException(new Failure(operation, where
                    + ": no SOAP service at this address", List.of(), OptionalInt.of(status), Optional.empty(), true),
                    policy.keyless(answer)));
        }
        return policy.answered(new Failure(operation, where + " answered HTTP " + status + kind + " without a SOAP envelope",
                errors, OptionalInt.of(status), errors.stream().flatMap(e -> e.uniqueId().stream()).findFirst(), true),
                answer.retryAfter(), correlationId);
    }

    /** The HTTP status Metro refused, from its "http.status.code" transport exception. */
    private static OptionalInt httpStatus(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ClientTransportException transport && HTTP_STATUS_KEY.equals(transport.getKey())) {
                Object[] arguments = transport.getArguments();
                if (arguments != null && arguments.length > 0 && arguments[0] instanceof Integer status) {
                    return OptionalInt.of(status);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The first of a type among what was thrown and its causes, StAX's nested exceptions included. */
    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        Throwable next = t.getCause() == null && t instanceof XMLStreamException stax ? stax.getNestedException() : t.getCause();
        return next == t ? null : next;
    }

    private static Throwable innermost(Throwable thrown) {
        Throwable t = thrown;
        for (Throwable next = next(t); next != null; next = next(t)) {
            t = next;
        }
        return t;
    }

    /** The exception's kind and the first line of its message (parsers add the location on the next). */
    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
