package dev.bringport.example;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar bringport-example.jar [options] <command>}: see {@link Cli}. */
public final class Main {

    /** What is printed when even saying what went wrong fails: made before anything can go wrong. */
    private static final byte[] LAST_WORD = "error: internal error (bringport-example could not say which)\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Main() {
    }

    /**
     * Runs the command line tool and exits with its status. Whatever else prints (the JDK's
     * logging, a thread that fails) prints one line, its control characters escaped, and never a
     * stack trace.
     *
     * @param args options and a command, in any order
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new EscapingOutput(new FileOutputStream(FileDescriptor.out)), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new EscapingOutput(new FileOutputStream(FileDescriptor.err)), true,
                StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        // The library logs through SLF4J, bound here to java.util.logging (slf4j-jdk14), where the JDK, Metro and
        // Guice log too: one line a record, without the throwable's stack trace, warnings and worse only
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%n");
        Logger.getLogger("").setLevel(Level.WARNING); // the root logger, which the LogManager holds
        // Guice 7 defines the classes it generates through sun.misc.Unsafe, which JDK 24 and later warn about on the
        // console (google/guice#1909); its own switch, read when Guice loads, makes it use a child class loader instead
        if (System.getProperty("guice_custom_class_loading") == null) {
            System.setProperty("guice_custom_class_loading", "CHILD");
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            try {
                err.println("error: internal error in thread " + thread.getName() + ": "
                        + EscapingOutput.oneLine(String.valueOf(e)));
            } catch (Throwable cannotSay) {
                err.write(LAST_WORD, 0, LAST_WORD.length);
                err.flush();
            }
        });
        int status;
        try {
            status = new Cli(System.getenv(), out, err).run(args);
        } catch (Throwable unexpected) {
            err.write(LAST_WORD, 0, LAST_WORD.length);
            err.flush();
            status = ExitCode.INTERNAL_ERROR;
        }
        System.exit(status);
    }
}
