package dev.bringport.example;

import java.util.List;

/** The command line is wrong; the message says how. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }

    /**
     * An unknown word of a command, with the known one nearest in spelling, if any is near.
     *
     * @param what  e.g. {@code om command}
     * @param given the word given
     * @param known the words known
     * @return the exception
     */
    static UsageException unknown(String what, String given, List<String> known) {
        return new UsageException("unknown " + what + " '" + given + "'" + Nearest.among(given, known)
                .map(word -> "; did you mean " + word + "?").orElse(""));
    }
}
