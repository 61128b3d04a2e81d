package dev.bringport.example;

import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every java.util.logging record of the JVM, at every level, handed to a {@link SecretSearch}:
 * the record formatted as a console would print it (the message with its parameters filled in,
 * and the stack trace of what was thrown with its causes), and each parameter on its own, which a
 * message without placeholders would not show. java.util.logging is where Metro, Guice, the JDK
 * ({@link System.Logger}) and the library log by default.
 */
final class LogCapture extends Handler {

    private final SecretSearch search;
    private final SimpleFormatter format = new SimpleFormatter();
    private final Map<String, Integer> perLevel = new TreeMap<>();

    private LogCapture(SecretSearch search) {
        this.search = search;
        setLevel(Level.ALL);
    }

    /**
     * Sets the root logger and every logger already configured to {@link Level#ALL}, removes the
     * root's console handler (the capture sees everything it would print) and captures.
     *
     * @param search where the records go
     * @return the capture
     */
    static LogCapture everything(SecretSearch search) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.ALL);
        LogManager.getLogManager().getLoggerNames().asIterator().forEachRemaining(name -> {
            Logger logger = Logger.getLogger(name);
            if (logger.getLevel() != null) {
                logger.setLevel(Level.ALL);
            }
        });
        LogCapture capture = new LogCapture(search);
        root.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(format.format(record));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(" | ").append(parameter);
            }
        }
        search.look("log record of " + record.getLoggerName() + " at " + record.getLevel(), text.toString());
        synchronized (perLevel) {
            perLevel.merge(record.getLevel().getName(), 1, Integer::sum);
        }
    }

    /** @return how many records came at each level */
    Map<String, Integer> recordsPerLevel() {
        synchronized (perLevel) {
            return Map.copyOf(perLevel);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
