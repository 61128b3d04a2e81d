package dev.bringport.adapter.soap.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Instant;

/**
 * An answer's body that ends in failure past a size bound ({@link TooLarge}) or past a deadline
 * ({@link SocketTimeoutException}): the socket's read timeout bounds each read, this bounds the
 * whole answer, however slowly it trickles in.
 */
final class LimitedAnswerStream extends FilterInputStream {

    /** The answer exceeded the bound. */
    static final class TooLarge extends IOException {
        TooLarge(long bound) {
            super("the answer is larger than " + bound + " bytes");
        }
    }

    private final long bound;
    private final Instant deadline;
    private long read;

    LimitedAnswerStream(InputStream in, long bound, Instant deadline) {
        super(in);
        this.bound = bound;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (Instant.now().isAfter(deadline)) {
            throw new SocketTimeoutException("Read timed out: the answer did not arrive whole before its deadline");
        }
        int n = super.read(buffer, offset, (int) Math.min(length, bound - read + 1));
        if (n > 0) {
            read += n;
            if (read > bound) {
                throw new TooLarge(bound);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }
}
