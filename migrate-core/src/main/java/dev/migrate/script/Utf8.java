package dev.migrate.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8 {

    private Utf8() {
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Decodes {@code len} bytes at {@code from}.
     *
     * @param fileOffset the offset in the file of {@code bytes[from]}
     * @param line       the line of the file the bytes start on, for the error
     * @throws ScriptFormatException naming the line and the byte offset of the first bad byte
     */
    static String decode(byte[] bytes, int from, int len, long fileOffset, int line, String location) {
        boolean ascii = true;
        for (int i = from; i < from + len; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, len, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int badLine = line + linesBefore(bytes, from, bad);
            throw new ScriptFormatException(location, badLine, String.format("the file is not valid UTF-8"
                    + " (byte 0x%02X at byte offset %d); save it as UTF-8.", bytes[bad] & 0xFF, fileOffset + bad - from));
        }
        out.flip();
        return out.toString();
    }

    private static int linesBefore(byte[] bytes, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= to || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
