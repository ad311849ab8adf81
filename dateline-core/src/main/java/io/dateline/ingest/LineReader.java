package io.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines (split on '\n', a trailing '\r' dropped) from a stream with one reusable buffer, so that a 1 GB
 * file streams in constant memory and a 100 MB line is still read whole. Bytes are decoded by the caller, per line,
 * so that an invalid byte can be reported with its line number.
 */
final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1 << 12];
    private int lineLen;
    private long lineNumber;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        lineLen = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    if (any) {
                        lineNumber++;
                    }
                    return any;
                }
            }
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos);
            if (chunkPos < chunkLen) {
                chunkPos++;
                lineNumber++;
                if (lineLen > 0 && line[lineLen - 1] == '\r') {
                    lineLen--;
                }
                return true;
            }
        }
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLen;
    }

    long lineNumber() {
        return lineNumber;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
        }
        System.arraycopy(chunk, from, line, lineLen, n);
        lineLen += n;
    }

    /** Gives back a buffer grown by a huge line, so one such line does not pin its memory for the rest of the file. */
    void shrink() {
        if (line.length > (1 << 20)) {
            line = new byte[1 << 12];
        }
    }
}
