package dev.bringport.ports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a logger of the library logs while a test runs, as lines {@code LEVEL message}: the tests
 * bind SLF4J to java.util.logging ({@code slf4j-jdk14}, test scope), so that every record the
 * library logs through SLF4J is a JUL record of the logger of the same name.
 */
public final class Logged implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage()
                    + (record.getThrown() == null ? "" : " | " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private Logged(String name) {
        logger = Logger.getLogger(name);
        level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /**
     * Starts keeping what a logger logs, at every level.
     *
     * @param name the logger's name, e.g. {@code dev.bringport.ports.migration.Fallback}
     * @return what it logs from now on; close it to stop
     */
    public static Logged by(String name) {
        return new Logged(name);
    }

    /**
     * Starts keeping what a class's logger logs.
     *
     * @param type the class, whose name is its logger's
     * @return what it logs from now on
     */
    public static Logged by(Class<?> type) {
        return by(type.getName());
    }

    /** {@return every record so far, as {@code LEVEL message} (and {@code | thrown} when one was logged)} */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(level);
    }
}
