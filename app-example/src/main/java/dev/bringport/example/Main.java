package dev.bringport.example;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar bringport-example.jar [options] <command>}: see {@link Cli}. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line tool and exits with its status.
     *
     * @param args global options and a command
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Cli(System.getenv(), out, err).run(args));
    }
}
