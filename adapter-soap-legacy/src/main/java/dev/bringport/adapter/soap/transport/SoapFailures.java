package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.client.ClientTransportException;
import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns what went wrong in a SOAP call into the ports' failures, the same way the REST adapter
 * does: Bring's codes decide the type ({@link BringFailures#fromAnswer}), else what happened on the
 * wire. A write that may have reached Bring and whose result is unknown (a timeout after sending,
 * HTTP 5xx, a connection lost, an unreadable answer) becomes {@link OutcomeUnknownException} with
 * its correlation id; a connection that was never made is a failure "not sent", so that even a
 * write may be sent again. No message ever holds the API key: only addresses, statuses and
 * Bring's own words go into them, and where Bring's words repeat the key (a fault that quotes the
 * request), it is masked, in the failure and in what Metro threw, which the failure keeps as its cause.
 */
public final class SoapFailures {

    /** A fault string with Bring's code in brackets: {@code [CT_2_ACCESS_DENIED] User is not logged in (errorId: ...)}. */
    private static final Pattern BRACKETED_CODE = Pattern.compile("^\\s*\\[([A-Za-z0-9_-]+)]\\s*(.*)$", Pattern.DOTALL);
    /** Bring's plain-text error bodies outside an envelope; the message without the id Bring logged it under. */
    private static final Pattern PLAIN_TEXT_ERROR = Pattern.compile(
            "^\\s*\\[([A-Za-z0-9_-]+)]\\s*(.*?)\\s*(?:\\(errorId:\\s*([^)]+)\\))?\\s*$", Pattern.DOTALL);
    private static final String HTTP_STATUS_KEY = "http.status.code";
    private static final int SOAP_FAULT_STATUS = 500;

    private final URI address;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final BringCredentials credentials;

    SoapFailures(URI address, Duration connectTimeout, Duration requestTimeout, BringCredentials credentials) {
        this.address = address;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.credentials = credentials;
    }

    /**
     * The failure to throw for what an attempt threw.
     *
     * @param operation     the operation
     * @param soapOperation the SOAP operation, for messages, e.g. {@code GetPurchaseOrder}
     * @param correlationId the write's correlation id, when it has one
     * @param thrown        what the attempt threw: a failure mapped from Bring's answer, Metro's
     *                      exception, or a mapping error
     * @return the failure
     */
    BringException classify(Operation operation, String soapOperation, Optional<String> correlationId,
                            RuntimeException thrown) {
        BringException failure = thrown instanceof BringException bring ? masked(bring)
                : fromThrowable(operation, soapOperation, thrown);
        if (operation.isWrite() && failure.failure().requestSent() && mayHaveHappened(failure)) {
            Failure f = failure.failure();
            Failure unknown = new Failure(operation, "the outcome is unknown, check at Bring before sending it again"
                    + correlationId.map(id -> " (correlation id " + id + ")").orElse("") + ": " + f.summary(),
                    f.errors(), f.httpStatus(), f.requestId(), true);
            return new OutcomeUnknownException(unknown, correlationId, failure);
        }
        return failure;
    }

    /**
     * A failure the mappers typed from Bring's answer ({@link BringFailures#fromAnswer}), typed
     * again from its text with the key masked, if its text holds the key.
     */
    private BringException masked(BringException fromAnswer) {
        if (!fromAnswer.failure().requestSent()) {
            return fromAnswer; // refused before sending: the library's own words
        }
        Failure masked = fromAnswer.failure().masking(credentials);
        return masked == fromAnswer.failure() ? fromAnswer : BringFailures.fromAnswer(masked);
    }

    /** What Metro threw, or a stand-in with the key masked when its messages (or its causes') repeat the key. */
    private Throwable keyless(Throwable thrown) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = thrown; t != null && chain.length() < 100_000; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- caused by ").append(t);
        }
        String text = chain.toString();
        String masked = credentials.mask(text);
        return masked.equals(text) ? thrown : new KeylessCause(masked, thrown.getStackTrace());
    }

    /** Failures after which a write may or may not have been carried out by Bring. */
    private static boolean mayHaveHappened(BringException failure) {
        return failure instanceof UnavailableException || failure instanceof TimedOutException
                || failure instanceof UnexpectedResponseException;
    }

    private BringException fromThrowable(Operation operation, String soapOperation, RuntimeException thrown) {
        String where = "SOAP " + soapOperation + " at " + address;
        Throwable cause = keyless(thrown);
        if (thrown instanceof SOAPFaultException fault) {
            return fromFault(operation, where, fault, cause);
        }
        Optional<LimitedAnswerStream.TooLarge> tooLarge = cause(thrown, LimitedAnswerStream.TooLarge.class);
        if (tooLarge.isPresent()) {
            return new UnexpectedResponseException(Failure.of(operation, where + ": " + tooLarge.get().getMessage()), thrown);
        }
        Optional<AnswerWithoutEnvelope> withoutEnvelope = cause(thrown, AnswerWithoutEnvelope.class);
        if (withoutEnvelope.isPresent()) {
            return fromAnswer(operation, where, withoutEnvelope.get());
        }
        OptionalInt status = httpStatus(thrown);
        if (status.isPresent()) {
            return fromStatus(operation, where, status.getAsInt(), cause);
        }
        Optional<SocketTimeoutException> timeout = cause(thrown, SocketTimeoutException.class);
        if (timeout.isPresent()) {
            if (isConnectTimeout(timeout.get())) {
                return new UnavailableException(Failure.notSent(operation, where + ": no connection within "
                        + connectTimeout.toMillis() + " ms"), cause);
            }
            return new TimedOutException(Failure.of(operation, where + ": no answer within "
                    + requestTimeout.toMillis() + " ms"), cause);
        }
        Optional<IOException> neverConnected = cause(thrown, IOException.class).filter(SoapFailures::isConnectFailure);
        if (neverConnected.isPresent()) {
            return new UnavailableException(Failure.notSent(operation, where + ": could not connect ("
                    + describe(neverConnected.get()) + ")").masking(credentials), cause);
        }
        Optional<IOException> lost = cause(thrown, IOException.class);
        if (lost.isPresent()) {
            return new UnavailableException(Failure.of(operation, where + ": the connection failed after the request"
                    + " was sent (" + describe(lost.get()) + ")").masking(credentials), cause);
        }
        return new UnexpectedResponseException(Failure.of(operation, where + ": the answer could not be read ("
                + describe(innermost(thrown)) + ")").masking(credentials), cause);
    }

    private BringException fromFault(Operation operation, String where, SOAPFaultException thrown, Throwable cause) {
        SOAPFault fault = thrown.getFault();
        String faultString = Optional.ofNullable(fault.getFaultString()).map(String::strip).orElse("");
        List<BringError> errors = errors(fault, faultString);
        if (!errors.isEmpty()) {
            return BringFailures.fromAnswer(Failure.of(operation, errors).withHttpStatus(SOAP_FAULT_STATUS)
                    .masking(credentials));
        }
        QName code = fault.getFaultCodeAsQName();
        String codeName = code == null ? "" : code.getLocalPart();
        Failure failure = new Failure(operation, where + " answered with a SOAP fault (" + codeName + "): " + faultString,
                List.of(), OptionalInt.of(SOAP_FAULT_STATUS), Optional.empty(), true).masking(credentials);
        if (codeName.equalsIgnoreCase("Client") || codeName.equalsIgnoreCase("Sender")) {
            return InvalidRequestException.reportedByBring(failure);
        }
        return new UnavailableException(failure, cause);
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
            Matcher m = BRACKETED_CODE.matcher(faultString);
            if (m.matches()) {
                errors.add(BringError.of(ErrorCode.of(m.group(1)), m.group(2).isBlank() ? faultString : m.group(2)));
            }
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
     * An answer that is no SOAP envelope: typed by Bring's plain-text code when it has one, else by
     * its status; the key masked where the answer repeats it.
     */
    private BringException fromAnswer(Operation operation, String where, AnswerWithoutEnvelope answer) {
        int status = answer.status();
        String kind = answer.contentType().map(type -> " (" + type + ")").orElse("");
        if (status >= 200 && status < 300) {
            return new UnexpectedResponseException(new Failure(operation, where + " answered HTTP " + status + kind
                    + " without a SOAP envelope", List.of(), OptionalInt.of(status), Optional.empty(), true)
                    .masking(credentials), keyless(answer));
        }
        Matcher plain = PLAIN_TEXT_ERROR.matcher(answer.text());
        List<BringError> errors = plain.matches()
                ? List.of(new BringError(ErrorCode.of(plain.group(1)), plain.group(2), Optional.ofNullable(plain.group(3))))
                : List.of();
        if (status == 404 && errors.isEmpty()) {
            return new UnexpectedResponseException(new Failure(operation, where + ": no SOAP service at this address",
                    List.of(), OptionalInt.of(status), Optional.empty(), true), keyless(answer));
        }
        Failure failure = new Failure(operation, where + " answered without a SOAP envelope" + kind, errors,
                OptionalInt.of(status), errors.stream().flatMap(e -> e.uniqueId().stream()).findFirst(), true)
                .masking(credentials);
        if (status == 429) {
            return new RateLimitedException(failure, answer.retryAfter().flatMap(SoapFailures::retryAfter));
        }
        return BringFailures.fromAnswer(failure);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; nothing when it is neither. */
    public static Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Duration wait = Duration.between(Instant.now(),
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private BringException fromStatus(Operation operation, String where, int status, Throwable thrown) {
        Failure failure = new Failure(operation, where + " answered without a SOAP envelope", List.of(),
                OptionalInt.of(status), Optional.empty(), true);
        if (status == 404) {
            // a SOAP service is one address: 404 means a wrong endpoint, not a missing order
            return new UnexpectedResponseException(new Failure(operation, where + ": no SOAP service at this address",
                    List.of(), OptionalInt.of(status), Optional.empty(), true), thrown);
        }
        return BringFailures.fromAnswer(failure);
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

    private static boolean isConnectTimeout(SocketTimeoutException timeout) {
        // the JDK says "Connect timed out" while connecting and "Read timed out" once the request is sent
        return String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }

    private static boolean isConnectFailure(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof PortUnreachableException || e instanceof SSLHandshakeException;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Throwable innermost(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The exception's kind and the first line of its message (parsers add the location on the next). */
    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * Stands for what Metro threw when its messages repeat the API key (Bring's answer quoted it):
     * the same classes, messages and causes in one message, with the key masked, and the same
     * stack trace.
     */
    private static final class KeylessCause extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeylessCause(String maskedChain, StackTraceElement[] stackTrace) {
            super(maskedChain);
            setStackTrace(stackTrace);
        }
    }
}
