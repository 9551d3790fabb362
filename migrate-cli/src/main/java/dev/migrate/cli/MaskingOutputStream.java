package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Masks passwords in what is written through it, a line at a time: the executable routes standard error (where
 * slf4j-simple writes the logs) through it. A line is held until its end or a flush.
 */
final class MaskingOutputStream extends OutputStream {

    private final OutputStream target;
    private final Secrets secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream target, Secrets secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.write(bytes, start, offset + length - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        target.close();
    }

    private void emit() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.write(secrets.mask(text).getBytes(StandardCharsets.UTF_8));
    }
}
