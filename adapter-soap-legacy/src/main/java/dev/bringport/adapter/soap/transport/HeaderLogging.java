package dev.bringport.adapter.soap.transport;

import com.sun.xml.ws.transport.http.client.HttpTransportPipe;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the API key out of log lines. Two libraries under the adapter print every HTTP request
 * header, the {@code X-Mybring-API-Key} among them, when their debug logging is on: Metro's
 * message dump ({@code HttpTransportPipe}, at FINER or with its {@code .dump} property) and the
 * JDK's {@code HttpURLConnection} (at FINE). Before every call the adapter turns both off if they
 * are on, and says so once (through SLF4J, as the library logs, under
 * {@code dev.bringport.adapter.soap.BringSoap}). Those two loggers are configured through
 * java.util.logging, not SLF4J: they are Metro's and the JDK's, and log there.
 */
final class HeaderLogging {

    private static final String METRO = HttpTransportPipe.class.getName();
    private static final String JDK = "sun.net.www.protocol.http.HttpURLConnection";
    // held so that the levels set here are not lost with a logger that was collected
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger(METRO), Logger.getLogger(JDK));
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private HeaderLogging() {
    }

    /** Turns off whatever would log the request headers of the next call. */
    static void silence() {
        boolean changed = false;
        if (HttpTransportPipe.dump) {
            HttpTransportPipe.setDump(false);
            changed = true;
        }
        for (Logger logger : LOGGERS) {
            if (logger.isLoggable(java.util.logging.Level.FINE)) {
                logger.setLevel(java.util.logging.Level.INFO);
                changed = true;
            }
        }
        if (changed && WARNED.compareAndSet(false, true)) {
            LoggerFactory.getLogger("dev.bringport.adapter.soap.BringSoap").warn("bringport: the debug logging of {} (and"
                    + " its .dump property) and of {} prints every request header, the Mybring API key among them; the SOAP"
                    + " adapter has turned it off (level INFO)", METRO, JDK);
        }
    }
}
