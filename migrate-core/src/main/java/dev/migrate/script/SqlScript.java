package dev.migrate.script;

import dev.migrate.graph.Revision;
import dev.migrate.jdbc.SqlStatement;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

/**
 * A SQL migration file. Loading reads its header and, for a file of usual size, takes its checksum from the same
 * read; the statements (and a large file's checksum) are read from the file the first time they are asked for, then
 * kept. Statements read later whose checksum differs from the one taken at load are refused.
 */
public final class SqlScript implements Script {

    private final Revision revision;
    private final boolean transactional;
    private final String fileName;
    private final ScriptResource resource;
    private volatile Content content;
    private volatile Checksum checksum;

    /** What the whole file gave: its checksum, and its parsed body or the reason it does not parse. */
    private record Content(Checksum checksum, ScriptBody body, ScriptException failure) {
    }

    /** @param checksum the checksum of the file as it was read for {@code header}, or {@code null} to read it later */
    SqlScript(Header header, String location, String fileName, ScriptResource resource, Checksum checksum) {
        this.revision = header.toRevision(location);
        this.transactional = header.transactional();
        this.fileName = fileName;
        this.resource = resource;
        this.checksum = checksum;
    }

    @Override
    public Revision revision() {
        return revision;
    }

    @Override
    public String location() {
        return revision.source();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public boolean transactional() {
        return transactional;
    }

    /** The checksum of the whole file; reads it (without parsing it) the first time. */
    @Override
    public Optional<Checksum> checksum() {
        Checksum sum = checksum;
        if (sum == null) {
            Content c = content;
            sum = c != null ? c.checksum() : Checksum.of(bytes());
            checksum = sum;
        }
        return Optional.of(sum);
    }

    /**
     * The statements of the upgrade section, each with its line in the file; reads and parses the file the first
     * time.
     *
     * @throws ScriptException when the file cannot be read or breaks the format
     */
    public List<SqlStatement> upgradeStatements() {
        return body().upgrade();
    }

    /** Whether the script has a {@code -- migrate:downgrade} section (an empty one counts). */
    public boolean hasDowngrade() {
        return body().downgrade() != null;
    }

    /**
     * The statements of the downgrade section, each with its line in the file.
     *
     * @throws ScriptException when the script has no downgrade section, cannot be read or breaks the format
     */
    public List<SqlStatement> downgradeStatements() {
        List<SqlStatement> statements = body().downgrade();
        if (statements == null) {
            throw new ScriptFormatException(location(), 0, "there is no '-- migrate:downgrade' section, so revision "
                    + id() + " cannot be downgraded. Add '-- migrate:downgrade' at the end with the SQL that undoes"
                    + " the upgrade (an empty section means there is nothing to undo).");
        }
        return statements;
    }

    /**
     * Reads and parses the whole file now, so that format errors show before anything runs.
     *
     * @throws ScriptException when the file cannot be read or breaks the format
     */
    public void validate() {
        body();
    }

    /** The file or URL the script is read from (tells two same-named classpath resources apart). */
    String origin() {
        return resource.origin();
    }

    private ScriptBody body() {
        Content c = content();
        if (c.failure() != null) {
            throw c.failure();
        }
        return c.body();
    }

    private Content content() {
        Content c = content;
        if (c == null) {
            synchronized (this) {
                c = content;
                if (c == null) {
                    c = read();
                    content = c;
                }
            }
        }
        return c;
    }

    private Content read() {
        byte[] bytes = bytes();
        Checksum sum = Checksum.of(bytes);
        Checksum known = checksum;
        if (known != null && !known.equals(sum)) {
            return new Content(sum, null, new ScriptFormatException(location(), 0, "the file changed after its"
                    + " checksum was taken (" + known + ", now " + sum + "); load the scripts again."));
        }
        try {
            ScriptBody body = ScriptBody.parse(bytes, location(), fileName);
            Header h = body.header();
            if (!h.toRevision(location()).equals(revision) || h.transactional() != transactional) {
                throw new ScriptFormatException(location(), 0, "the headers changed after the scripts were loaded;"
                        + " load the scripts again.");
            }
            return new Content(sum, body, null);
        } catch (ScriptException e) {
            return new Content(sum, null, e);
        }
    }

    private byte[] bytes() {
        try (InputStream in = resource.open()) {
            return in.readAllBytes();
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new ScriptException("Could not read " + location() + ": the file is not there any more. Was it"
                    + " moved or deleted after the scripts were loaded? Load them again.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException("Could not read " + location() + ": " + e + ". Load the scripts again.", e);
        }
    }

    @Override
    public String toString() {
        return "SqlScript[" + revision.id() + " at " + location() + "]";
    }
}
