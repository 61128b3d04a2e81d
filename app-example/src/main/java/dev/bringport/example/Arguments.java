package dev.bringport.example;

import java.util.List;

/** Checks the number of a command's arguments. */
final class Arguments {

    private Arguments() {
    }

    /**
     * Requires exactly {@code count} arguments after the command word.
     *
     * @param args  the command word and its arguments
     * @param count how many arguments it takes
     * @param usage how to call it
     */
    static void require(List<String> args, int count, String usage) {
        if (args.size() - 1 != count) {
            throw new UsageException("usage: " + usage);
        }
    }
}
