package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a script's header from a stream, line by line, and stops at {@code -- migrate:upgrade}: loading many
 * scripts reads only their first few hundred bytes.
 */
final class HeaderScanner {

    private static final int CHUNK = 1024;

    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private long offset;

    private HeaderScanner(InputStream in) {
        this.in = in;
    }

    /** Reads the header of the script in {@code in} (which the caller closes). */
    static Header scan(InputStream in, String location, String fileName) throws IOException {
        return new HeaderScanner(in).run(location, fileName);
    }

    private Header run(String location, String fileName) throws IOException {
        HeaderParser parser = new HeaderParser(location);
        byte[] line = new byte[256];
        int len = 0;
        int lineNo = 1;
        long lineStart = 0;
        boolean first = true;
        boolean afterCr = false;
        int b;
        while ((b = next()) >= 0) {
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    lineStart = offset;
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                if (accept(parser, line, len, lineStart, lineNo, location, first)) {
                    return parser.finish(fileName, lineNo);
                }
                first = false;
                afterCr = b == '\r';
                len = 0;
                lineNo++;
                lineStart = offset;
                continue;
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, len * 2);
            }
            line[len++] = (byte) b;
        }
        if (len > 0) {
            if (accept(parser, line, len, lineStart, lineNo, location, first)) {
                return parser.finish(fileName, lineNo);
            }
        }
        return parser.finish(fileName, len > 0 ? lineNo : lineNo - 1);
    }

    private static boolean accept(HeaderParser parser, byte[] line, int len, long lineStart, int lineNo,
            String location, boolean first) {
        int from = first && len >= 3 && Utf8.hasBom(line) ? 3 : 0;
        String text = Utf8.decode(line, from, len - from, lineStart + from, lineNo, location);
        return parser.accept(text, lineNo);
    }

    private int next() throws IOException {
        if (chunkPos == chunkLen) {
            chunkLen = in.read(chunk);
            chunkPos = 0;
            if (chunkLen <= 0) {
                chunkLen = 0;
                return -1;
            }
        }
        offset++;
        return chunk[chunkPos++] & 0xFF;
    }
}
