package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bringport.adapter.soap.CannedSoapServer.Answer;
import dev.bringport.ports.contract.ContractExamples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The API key never shows: not in a failure's message (or its causes', or its stack trace), a
 * toString() or a log record, not even when an answer repeats the key.
 */
@SuppressWarnings("deprecation")
class SecretsTest {

    @Test
    void theApiKeyAppearsInNoFailureNoToStringAndNoLogRecord() {
        List<String> seen = new ArrayList<>();
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (CannedSoapServer server = new CannedSoapServer()) {
            BringSoap soap = TestSoap.soap(server.host()).requestTimeout(Duration.ofMillis(200)).build();
            seen.add(soap.toString());
            seen.add(soap.settings().toString());
            seen.add(TestSoap.CREDENTIALS.toString());
            String key = TestSoap.API_KEY;
            List<Answer> failures = List.of(Answer.status(429), Answer.status(503), Answer.never(),
                    Answer.body(200, "text/html", "<html/>"),
                    Answer.fault(TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode>"
                            + "<faultstring>[CT_2_ACCESS_DENIED] User is not logged in</faultstring></SOAP-ENV:Fault>")),
                    // answers that repeat the key: a fault quoting the request, Bring's errors, a broken envelope
                    Answer.fault(TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode>"
                            + "<faultstring>Invalid API key " + key + "</faultstring></SOAP-ENV:Fault>")),
                    Answer.fault(TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode>"
                            + "<faultstring>Error checking key " + key + "</faultstring></SOAP-ENV:Fault>")),
                    Answer.fault(TestSoap.envelope("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode>"
                            + "<faultstring>x</faultstring><detail><po:Error xmlns:po=\"http://api.bring.com/po\"><po:Code>"
                            + "PO_STATE_002</po:Code><po:Description>Unknown key " + key + "</po:Description></po:Error>"
                            + "</detail></SOAP-ENV:Fault>")),
                    Answer.soap(TestSoap.envelope("<GetPurchaseOrderResponse xmlns=\"http://api.bring.com/po\">"
                            + "<ResponseProperties><Error><Code>PO_STATE_002</Code><Description>Unknown key " + key
                            + "</Description></Error></ResponseProperties></GetPurchaseOrderResponse>")),
                    Answer.soap("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                            + "<SOAP-ENV:Body>" + key));
            List<Consumer<BringSoap>> calls = List.of(
                    s -> s.orderManagement().order("10000000000", "4504104664"),
                    s -> s.booking().book(ContractExamples.booking(Instant.now())));
            for (Answer failure : failures) {
                server.answer(BringSoap.ORDER_MANAGEMENT_PATH, failure);
                server.answer(BringSoap.BOOKING_PATH, failure);
                for (Consumer<BringSoap> call : calls) {
                    Throwable thrown = catchThrowable(() -> call.accept(soap));
                    assertThat(thrown).isNotNull();
                    for (Throwable t = thrown; t != null; t = t.getCause()) {
                        seen.add(t.toString());
                        seen.add(String.valueOf(t.getMessage()));
                    }
                    java.io.StringWriter trace = new java.io.StringWriter();
                    thrown.printStackTrace(new java.io.PrintWriter(trace));
                    seen.add(trace.toString());
                    if (thrown instanceof dev.bringport.ports.BringException bring) {
                        seen.add(bring.failure().toString());
                    }
                }
            }
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(rootLevel);
        }
        seen.add(printed.toString(StandardCharsets.UTF_8));

        assertThat(seen).isNotEmpty().noneMatch(text -> text.contains(TestSoap.API_KEY));
        assertThat(String.join("\n", seen)).contains("soap-tests@example.com")
                .as("the answers that repeat the key show it masked").contains("Invalid API key ****",
                        "Error checking key ****", "Unknown key ****");
    }
}
