package dev.bringport.ports.faults;

import dev.bringport.ports.faults.FaultProxy.Answer;
import dev.bringport.ports.faults.FaultProxy.CloseWithoutAnswer;
import dev.bringport.ports.faults.FaultProxy.Forward;
import dev.bringport.ports.faults.FaultProxy.Late;
import dev.bringport.ports.faults.FaultProxy.Reply;
import dev.bringport.ports.faults.FaultProxy.ResetMidAnswer;
import dev.bringport.ports.faults.FaultProxy.Spoil;
import dev.bringport.ports.faults.FaultProxy.StallAfterHeaders;
import dev.bringport.ports.faults.FaultProxy.Step;
import dev.bringport.ports.faults.FaultProxy.Trickle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The rows of the fault matrix in {@code docs/RELIABILITY.md}: what goes wrong between the
 * adapter and Bring, as a script for {@link FaultProxy} (one step per attempt, the last one
 * repeating), or an address where no proxy is ({@link #address()}). Every fault after which Bring
 * may have acted lets Bring act first, so that a write sent again would show up as a second write
 * at Bring.
 */
public enum Fault {

    /** Nothing listens at Bring's address. */
    CONNECTION_REFUSED("connection refused", bound -> List.of()),
    /** Something listens at Bring's address but never accepts: connecting times out. */
    CONNECT_TIMEOUT("connect timeout", bound -> List.of()),
    /** What listens at Bring's address answers the TLS handshake with plain text. */
    TLS_HANDSHAKE_FAILS("TLS handshake fails", bound -> List.of()),
    /** Bring acts, then the connection closes without a byte of answer. */
    CLOSED_BEFORE_AN_ANSWER("connection closed before an answer", bound -> List.of(new CloseWithoutAnswer())),
    /** Bring acts; its answer's headers and half its body arrive, then a TCP reset. */
    RESET_MID_ANSWER("connection reset mid-answer", bound -> List.of(new ResetMidAnswer())),
    /** Bring acts and answers, but only after the answer timeout. */
    SLOWER_THAN_THE_TIMEOUT("answer slower than the timeout", bound -> List.of(new Late(FaultMatrixSuite.SLOW))),
    /** Bring acts; its answer's headers and half its body arrive, then nothing until after the timeout. */
    STALLS_AFTER_ITS_HEADERS("answer stalls after its headers", bound -> List.of(new StallAfterHeaders(FaultMatrixSuite.SLOW))),
    /** Bring acts; its answer's headers arrive, then its body a byte every 50 ms, each read well within the timeout. */
    TRICKLES_IN("answer trickles in, a byte every 50 ms", bound -> List.of(new Trickle(Duration.ofMillis(50)))),
    /** Bring throttles every attempt and does not act. */
    TOO_MANY_REQUESTS("429 without Retry-After", bound -> List.of(new Answer(Reply.empty(429, Map.of())))),
    /** Bring throttles the first attempt, asking for a second's wait, then answers. */
    TOO_MANY_REQUESTS_THEN_THE_ANSWER("429 with Retry-After: 1, then the answer",
            bound -> List.of(new Answer(Reply.empty(429, Map.of("Retry-After", "1"))), new Forward())),
    /** Bring throttles, asking for a wait longer than the policy is willing to wait. */
    TOO_MANY_REQUESTS_FOR_TOO_LONG("429 with Retry-After: 120, beyond the policy's cap",
            bound -> List.of(new Answer(Reply.empty(429, Map.of("Retry-After", "120"))))),
    /** Bring throttles, asking for more seconds than a {@code long} holds. */
    TOO_MANY_REQUESTS_BEYOND_A_LONG("429 with Retry-After: 99999999999999999999",
            bound -> List.of(new Answer(Reply.empty(429, Map.of("Retry-After", "99999999999999999999"))))),
    /** Bring acts, then answers 500 without a body. */
    INTERNAL_SERVER_ERROR("500", bound -> status(500)),
    /** Bring acts, then the gateway answers 502 without a body. */
    BAD_GATEWAY("502", bound -> status(502)),
    /** Bring acts, then answers 503 without a body. */
    SERVICE_UNAVAILABLE("503", bound -> status(503)),
    /** Bring acts, then the gateway answers 504 without a body. */
    GATEWAY_TIMEOUT("504", bound -> status(504)),
    /** Bring acts, then a gateway answers 502 with its HTML error page. */
    HTML_ERROR_PAGE("HTML error page (502)", bound -> List.of(new Spoil(answer -> Reply.text(502, "text/html",
            "<!DOCTYPE html>\r\n<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")))),
    /** Bring refuses the credentials with its plain-text error and does not act. */
    PLAIN_TEXT_ERROR("plain-text error (401)", bound -> List.of(new Answer(Reply.text(401, "text/plain;charset=UTF-8",
            "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 6f1c2a9e-3b7d-4c1e-9a55-0d2e8b7c4f10)")))),
    /** Bring acts, then the answer is a redirect elsewhere. */
    REDIRECT("redirect (302)", bound -> List.of(new Spoil(answer -> Reply.empty(302,
            Map.of("Location", "https://elsewhere.example/moved"))))),
    /** Bring acts, then a gateway answers 200 with its HTML maintenance page. */
    HTML_PAGE("HTML page (200)", bound -> List.of(new Spoil(answer -> Reply.text(200, "text/html",
            "<!DOCTYPE html>\r\n<html><head><title>Down for maintenance</title></head><body>Back soon</body></html>\r\n")))),
    /** Bring acts, then the answer is 200 in plain text. */
    PLAIN_TEXT("plain text (200)", bound -> List.of(new Spoil(answer -> Reply.text(200, "text/plain", "OK")))),
    /** Bring acts, then the answer is 200 with bytes that are no text. */
    BINARY("binary (200)", bound -> List.of(new Spoil(answer -> new Reply(200, "application/octet-stream", Map.of(),
            new byte[] {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, 0x00, (byte) 0x9c, 0x7f})))),
    /** Bring acts, then the answer is 200 with a well-formed document in the format asked for, of another kind. */
    ANOTHER_DOCUMENT("a document of another kind (200)", bound -> List.of(new Spoil(Fault::anotherDocument))),
    /** Bring refuses the request with 400, repeating the key the request carried, escaped or in another case. */
    KEY_REPEATED_ESCAPED("400 repeating the key escaped", bound -> List.of(new FaultProxy.Echo(Fault::repeatingTheKey))),
    /** Bring acts and answers 200 with an empty body. */
    EMPTY_BODY("empty body (200)", bound -> List.of(new Spoil(answer -> answer.withBody(new byte[0])))),
    /** Bring acts and answers 200, its body cut in half (the length announced matches the cut body). */
    TRUNCATED_BODY("truncated JSON/XML (200)",
            bound -> List.of(new Spoil(answer -> answer.withBody(Arrays.copyOf(answer.body(), answer.body().length / 2))))),
    /** Bring acts and answers 200 with its body followed by whitespace beyond the configured bound. */
    BODY_LARGER_THAN_THE_BOUND("body larger than the bound (200)", bound -> List.of(new Spoil(answer -> {
        byte[] padded = Arrays.copyOf(answer.body(), Math.max(answer.body().length, bound) + 1024);
        Arrays.fill(padded, answer.body().length, padded.length, (byte) ' ');
        return answer.withBody(padded);
    }))),
    /** Bring acts and answers 200, with fields and elements it has not documented everywhere. */
    UNKNOWN_FIELDS_EVERYWHERE("unknown fields everywhere (200)", bound -> List.of(new Spoil(answer ->
            answer.withBody(UnknownFields.everywhere(answer.contentType(), answer.body()))))),
    /** Bring acts and answers 503 twice, then answers. */
    TRANSIENT_FAILURES_THEN_THE_ANSWER("503 twice, then the answer", bound -> {
        Step unavailable = new Spoil(answer -> Reply.empty(503, Map.of()));
        return List.of(unavailable, unavailable, new Forward());
    }),
    /** Bring acts and answers 503, asking for a wait as an HTTP-date two seconds ahead; then answers. */
    UNAVAILABLE_UNTIL_A_DATE("503 with Retry-After as an HTTP-date, then the answer", bound -> List.of(
            new Spoil(answer -> Reply.empty(503, Map.of("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2))))), new Forward()));

    private final String label;
    private final IntFunction<List<Step>> script;

    Fault(String label, IntFunction<List<Step>> script) {
        this.label = label;
        this.script = script;
    }

    private static List<Step> status(int status) {
        return List.of(new Spoil(answer -> Reply.empty(status, Map.of())));
    }

    /** A document of another kind in the answer's own format: JSON, XML, or a SOAP envelope around an unknown element. */
    private static Reply anotherDocument(Reply answer) {
        String type = answer.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return Reply.text(200, answer.contentType(), "{\"unexpected\":{\"kind\":1}}");
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (body.contains("schemas.xmlsoap.org/soap/envelope")) {
            return Reply.text(200, answer.contentType(), "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/"
                    + "envelope/\"><SOAP-ENV:Body><unexpected xmlns=\"urn:bringport:another\"><kind>1</kind></unexpected>"
                    + "</SOAP-ENV:Body></SOAP-ENV:Envelope>");
        }
        return Reply.text(200, answer.contentType(), "<unexpected><kind>1</kind></unexpected>");
    }

    /**
     * A proxy's 400 page quoting the request's key in the forms an answer may repeat it: JSON
     * escapes, XML character references, split by CDATA, in upper case.
     */
    private static Reply repeatingTheKey(Map<String, String> headers) {
        String key = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("X-Mybring-API-Key"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        StringBuilder json = new StringBuilder();
        StringBuilder xml = new StringBuilder();
        key.chars().forEach(c -> {
            json.append(String.format("\\u%04x", c));
            xml.append("&#").append(c).append(';');
        });
        int half = key.length() / 2;
        return Reply.text(400, "text/plain", "400 Bad Request: your headers were {\"X-Mybring-API-Key\":\"" + json
                + "\"}, <key>" + xml + "</key>, <key><![CDATA[" + key.substring(0, half) + "]]><![CDATA["
                + key.substring(half) + "]]></key>, " + key.toUpperCase(Locale.ROOT));
    }

    /** @return the row's label in docs/RELIABILITY.md */
    public String label() {
        return label;
    }

    /**
     * The proxy's script for this fault.
     *
     * @param answerBound the adapter's configured answer bound, in bytes
     * @return one step per attempt, the last repeating; empty where no proxy is ({@link #address()})
     */
    public List<Step> script(int answerBound) {
        return script.apply(answerBound);
    }

    /**
     * Whether the fault is about time: the answer comes too late or too slowly. Only these rows
     * run with the short answer timeout; every other row runs with a patient one, so that a
     * loaded machine cannot turn another fault into a timeout.
     *
     * @return whether the row tests the answer timeout
     */
    public boolean aboutTime() {
        return this == SLOWER_THAN_THE_TIMEOUT || this == STALLS_AFTER_ITS_HEADERS || this == TRICKLES_IN;
    }

    /** @return the shortest time between two attempts that the fault asks for ({@code Retry-After}) */
    public Duration askedWait() {
        return this == TOO_MANY_REQUESTS_THEN_THE_ANSWER || this == UNAVAILABLE_UNTIL_A_DATE ? Duration.ofSeconds(1)
                : Duration.ZERO;
    }

    /** Where the adapter is pointed for a fault. */
    public enum Address {
        /** The fault proxy, in front of the simulated Bring. */
        PROXY,
        /** An address where nothing listens. */
        NOTHING_LISTENS,
        /** An address that accepts no connection: its queue is full. */
        FULL_QUEUE,
        /** An address that answers a TLS handshake with plain text. */
        NOT_TLS
    }

    /**
     * Where the adapter is pointed for this fault.
     *
     * @return the proxy, or an address where no proxy is
     */
    public Address address() {
        return switch (this) {
            case CONNECTION_REFUSED -> Address.NOTHING_LISTENS;
            case CONNECT_TIMEOUT -> Address.FULL_QUEUE;
            case TLS_HANDSHAKE_FAILS -> Address.NOT_TLS;
            default -> Address.PROXY;
        };
    }

    /**
     * The fault of a row.
     *
     * @param label the row's label
     * @return the fault
     * @throws IllegalArgumentException for a label that names no fault
     */
    public static Fault of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fault is labelled '" + label + "'"));
    }
}
