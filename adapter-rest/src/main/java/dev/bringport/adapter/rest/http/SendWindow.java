package dev.bringport.adapter.rest.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The moments of a user's last sends: a send waits until the send {@code limit} sends before it
 * left more than a window ago. The rate limiter paces permits evenly, but a request may leave
 * late (a new connection to make first, a busy machine, a pause of the JVM); the next permits
 * then come on time and put {@code limit + 1} requests into one second at Bring, which answers
 * HTTP 429. Counting the moments requests actually leave closes that gap: a send counts from
 * when it was let through, and from when its body began to leave if that is later. Thread-safe.
 */
final class SendWindow {

    /** One send counted in the window. */
    final class Send {
        private final int slot;
        private final long round;

        private Send(int slot, long round) {
            this.slot = slot;
            this.round = round;
        }

        /** Moves the send's moment to now: it left only now (unless the window has moved on past it). */
        void leftNow() {
            synchronized (SendWindow.this) {
                if (rounds[slot] == round) {
                    sentAt[slot] = Math.max(sentAt[slot], nanoTime.getAsLong());
                }
            }
        }
    }

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final long[] sentAt;
    private final long[] rounds;
    private int oldest;

    /**
     * @param limit    the most sends within a window
     * @param window   the window
     * @param nanoTime the clock, {@code System::nanoTime}
     */
    SendWindow(int limit, Duration window, LongSupplier nanoTime) {
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.sentAt = new long[limit];
        this.rounds = new long[limit];
        Arrays.fill(sentAt, Long.MIN_VALUE);
    }

    /**
     * Waits until a send fits in the window, and counts it as sent now.
     *
     * @param longest how long to wait at most
     * @return the send, empty when it would not fit within {@code longest} (it is not counted)
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized Optional<Send> enter(Duration longest) throws InterruptedException {
        long deadline = nanoTime.getAsLong() + longest.toNanos();
        while (true) {
            long now = nanoTime.getAsLong();
            long wait = sentAt[oldest] == Long.MIN_VALUE ? 0 : sentAt[oldest] + windowNanos - now;
            if (wait <= 0) {
                Send send = new Send(oldest, ++rounds[oldest]);
                sentAt[oldest] = now;
                oldest = (oldest + 1) % sentAt.length;
                return Optional.of(send);
            }
            if (now + wait > deadline) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, wait);
        }
    }
}
