package dev.bringport.example;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The known word nearest to what was typed, for "did you mean". */
final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate nearest to a word, if it is near: at most a third of its letters (at least
     * one, at most three) to change, add or remove.
     *
     * @param word       what was typed
     * @param candidates what is known
     * @return the nearest candidate, if near enough
     */
    static Optional<String> among(String word, List<String> candidates) {
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return candidates.stream().filter(c -> distance(word, c) <= allowed)
                .min(Comparator.comparingInt(c -> distance(word, c)));
    }

    /** The Levenshtein distance: how many letters to change, add or remove. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
