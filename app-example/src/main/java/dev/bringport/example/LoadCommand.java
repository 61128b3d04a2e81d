package dev.bringport.example;

import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code load <command> [args] --threads T --seconds S}: repeats a command on T threads for S
 * seconds, each thread starting the command again as soon as it ends, and tallies how each ended:
 * done, rate limited (Bring's 429 after the retries, or no place under the rate budget in time),
 * or failed otherwise. A command the tool refuses (a usage error, a request file refused, a rule
 * of Bring broken) stops the run at once, as it would stop the command alone.
 */
final class LoadCommand {

    static final List<String> USAGE = List.of("load <om|wh|booking|pickup command and args> [--threads T] [--seconds S]");
    private static final List<String> REPEATABLE = List.of("om", "wh", "booking", "pickup");

    /**
     * How the calls ended, and how long from the first call's end to the last's: calls end at the
     * rate they go, however long Bring takes to answer each (the run's length, when fewer than two
     * ended).
     */
    record Tally(int ok, int rateLimited, int failed, Duration took) {

        /** @return one JSON line: ok, rateLimited, failed, seconds, perSecond (calls done per second) */
        String json() {
            double seconds = took.toNanos() / 1e9;
            return String.format(Locale.ROOT, "{\"ok\": %d, \"rateLimited\": %d, \"failed\": %d, \"seconds\": %.2f,"
                    + " \"perSecond\": %.2f}", ok, rateLimited, failed, seconds, ok / seconds);
        }

        /** @return 0 when every call was done, else 4 (a transport failure, as for the command alone) */
        int status() {
            return rateLimited == 0 && failed == 0 ? ExitCode.OK : ExitCode.TRANSPORT_FAILURE;
        }
    }

    /** The command repeated, and how. */
    record Load(List<String> command, int threads, Duration run) {
    }

    /**
     * Reads {@code load}'s words: the command to repeat, then its own options.
     *
     * @param words {@code load}, the command and its arguments, then {@code --threads T}, {@code --seconds S}
     * @return what to repeat
     * @throws UsageException for no command, one that cannot be repeated, or a count that is no whole number above 0
     */
    static Load parse(List<String> words) {
        List<String> command = new ArrayList<>();
        int threads = 1;
        int seconds = 10;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(Options.Option.THREADS.name)) {
                threads = positive(word, words.get(++i));
            } else if (word.equals(Options.Option.SECONDS.name)) {
                seconds = positive(word, words.get(++i));
            } else {
                command.add(word);
            }
        }
        if (command.isEmpty() || !REPEATABLE.contains(command.get(0))) {
            throw new UsageException("usage: " + USAGE.get(0));
        }
        return new Load(List.copyOf(command), threads, Duration.ofSeconds(seconds));
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new UsageException(option + " needs a whole number above 0, was '" + value + "'");
    }

    /**
     * Repeats a call.
     *
     * @param load how
     * @param call the command, once; throws the ports' failures, or the tool's refusals
     * @return the tally
     * @throws UsageException  if the tool refused the command (the run stops)
     * @throws InputException  if the tool refused the command's input (the run stops)
     * @throws InvalidRequestException if the command's request breaks a rule of Bring, found before
     *                                 sending (the run stops)
     */
    static Tally run(Load load, Runnable call) {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger rateLimited = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong firstEnded = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastEnded = new AtomicLong(Long.MIN_VALUE);
        ExecutorService threads = Executors.newFixedThreadPool(load.threads());
        long end = System.nanoTime() + load.run().toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < load.threads(); i++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            call.run();
                            ok.incrementAndGet();
                        } catch (RateLimitedException throttled) {
                            rateLimited.incrementAndGet();
                        } catch (UsageException | InputException refused) {
                            throw refused;
                        } catch (InvalidRequestException invalid) {
                            if (invalid.detectedBeforeSending()) {
                                throw invalid; // refused before sending: it would be every time
                            }
                            failed.incrementAndGet();
                        } catch (RuntimeException otherwise) {
                            failed.incrementAndGet();
                        }
                        long ended = System.nanoTime();
                        firstEnded.accumulateAndGet(ended, Math::min);
                        lastEnded.accumulateAndGet(ended, Math::max);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            threads.shutdownNow();
        }
        long ends = lastEnded.get() - firstEnded.get();
        return new Tally(ok.get(), rateLimited.get(), failed.get(), ends > 0 ? Duration.ofNanos(ends) : load.run());
    }
}
