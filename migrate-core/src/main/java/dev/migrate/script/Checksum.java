package dev.migrate.script;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The checksum of a script's content, stored when a revision is applied and compared later to tell whether the
 * script changed. CRC32C of the UTF-8 bytes with line endings normalized to {@code \n} and a byte-order mark
 * dropped, so that a checkout on Windows gives the same value.
 *
 * @param value {@code "crc32c:"} and 8 lowercase hex digits, as stored
 */
public record Checksum(String value) {

    private static final String PREFIX = "crc32c:";
    private static final Pattern FORMAT = Pattern.compile("crc32c:[0-9a-f]{8}");

    public Checksum {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A checksum looks like crc32c:1a2b3c4d, not '" + value + "'");
        }
    }

    /** The checksum of a file's bytes. */
    public static Checksum of(byte[] content) {
        CRC32C crc = new CRC32C();
        int from = Utf8.hasBom(content) ? 3 : 0;
        int cr = indexOf(content, (byte) '\r', from);
        if (cr < 0) {
            crc.update(content, from, content.length - from);
        } else {
            crc.update(content, from, cr - from);
            normalized(crc, content, cr);
        }
        String hex = Long.toHexString(crc.getValue());
        return new Checksum(PREFIX + "0".repeat(8 - hex.length()) + hex);
    }

    /** Feeds {@code content} from {@code from} on with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
    private static void normalized(CRC32C crc, byte[] content, int from) {
        byte[] chunk = new byte[8192];
        int used = 0;
        for (int i = from; i < content.length; i++) {
            byte b = content[i];
            if (b == '\r') {
                b = '\n';
                if (i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
            }
            chunk[used++] = b;
            if (used == chunk.length) {
                crc.update(chunk, 0, used);
                used = 0;
            }
        }
        crc.update(chunk, 0, used);
    }

    private static int indexOf(byte[] content, byte b, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A stored checksum read back. */
    public static Checksum parse(String stored) {
        return new Checksum(stored.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
