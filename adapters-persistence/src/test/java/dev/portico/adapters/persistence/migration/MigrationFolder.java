package dev.portico.adapters.persistence.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** A classpath root on disk holding migration files under {@link #LOCATION}, editable by a test. */
public final class MigrationFolder {

    public static final String LOCATION = "db/scratch";

    private final Path root;

    public MigrationFolder(Path root) {
        this.root = root;
    }

    public MigrationFolder write(String fileName, String sql) {
        try {
            Path folder = Files.createDirectories(root.resolve(LOCATION));
            Files.writeString(folder.resolve(fileName), sql);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MigrationFolder delete(String fileName) {
        try {
            Files.delete(root.resolve(LOCATION).resolve(fileName));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader that sees only this folder (no parent), so nothing else on the test classpath leaks in. */
    public ClassLoader classLoader() {
        return loaderFor(root);
    }

    /** Packs the folder into a jar, with directory entries as the jar and shade plugins write them. */
    public ClassLoader jarClassLoader(Path jar) {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted().toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new JarEntry(name + "/"));
                } else {
                    zip.putNextEntry(new JarEntry(name));
                    zip.write(Files.readString(path).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaderFor(jar);
    }

    private static ClassLoader loaderFor(Path path) {
        try {
            return new URLClassLoader(new URL[] {path.toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
