package dev.migrate.script;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** Where a script's bytes are, to read them again when the script runs. */
interface ScriptResource {

    InputStream open() throws IOException;

    /** The file or URL, for messages that must tell two same-named resources apart. */
    String origin();

    /** A file of the file system. */
    record File(Path path) implements ScriptResource {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public String origin() {
            return path.toAbsolutePath().toString();
        }
    }

    /**
     * An entry of a jar, reached again through the {@code jar:} URL of the folder it was found in (so that Spring
     * Boot's nested jars work when their URL handler is registered).
     */
    record JarEntry(URL folder, String entryName) implements ScriptResource {
        @Override
        public InputStream open() throws IOException {
            JarFile jar = ((JarURLConnection) folder.openConnection()).getJarFile();
            ZipEntry entry = jar.getEntry(entryName);
            if (entry == null) {
                throw new FileNotFoundException(entryName + " is no longer in " + jar.getName());
            }
            return jar.getInputStream(entry);
        }

        @Override
        public String origin() {
            String url = folder.toString();
            int sep = url.lastIndexOf("!/");
            return (sep < 0 ? url : url.substring(0, sep)) + "!/" + entryName;
        }
    }
}
