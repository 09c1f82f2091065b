package dev.portico.adapters.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds {@code NNN_name.sql} files under a classpath folder, in a directory or inside a jar. */
public final class MigrationScripts {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,9})_([A-Za-z0-9][A-Za-z0-9_-]*)\\.sql");

    private record SqlFile(String fileName, String source, byte[] content) {
    }

    private MigrationScripts() {
    }

    /** Every migration under {@code location}, sorted by version; refuses bad names and duplicate numbers. */
    public static List<MigrationScript> load(ClassLoader classLoader, String location) {
        String folder = trimSlashes(location);
        List<URL> roots;
        try {
            roots = Collections.list(classLoader.getResources(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up migrations at classpath location " + folder, e);
        }
        if (roots.isEmpty()) {
            throw new MigrationException("No migrations found: classpath location '" + folder + "' does not exist");
        }
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL root : roots) {
            for (SqlFile file : listSqlFiles(root, folder)) {
                scripts.add(parse(file));
            }
        }
        refuseDuplicateVersions(scripts);
        scripts.sort(Comparator.comparingInt(script -> script.migration().version()));
        return List.copyOf(scripts);
    }

    private static List<SqlFile> listSqlFiles(URL root, String folder) {
        try {
            return switch (root.getProtocol()) {
                case "file" -> listDirectory(Path.of(root.toURI()));
                case "jar" -> listJarFolder(root, folder);
                default -> throw new MigrationException(
                        "Cannot read migrations from " + root + ": only directories and jar files are supported");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migrations from " + root, e);
        } catch (URISyntaxException e) {
            throw new MigrationException("Cannot read migrations from " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<SqlFile> listDirectory(Path directory) throws IOException {
        List<SqlFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.filter(Files::isRegularFile).toList()) {
                String fileName = path.getFileName().toString();
                if (fileName.endsWith(".sql")) {
                    files.add(new SqlFile(fileName, path.toString(), Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }

    private static List<SqlFile> listJarFolder(URL root, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        // A private JarFile, so closing it cannot break another reader of the same jar.
        connection.setUseCaches(false);
        String prefix = folder + "/";
        List<SqlFile> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String entryName = entry.getName();
                String fileName = entryName.startsWith(prefix) ? entryName.substring(prefix.length()) : "";
                if (entry.isDirectory() || fileName.contains("/") || !fileName.endsWith(".sql")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new SqlFile(fileName, jar.getName() + "!/" + entryName, in.readAllBytes()));
                }
            }
        }
        return files;
    }

    private static MigrationScript parse(SqlFile file) {
        Matcher matcher = FILE_NAME.matcher(file.fileName());
        if (!matcher.matches()) {
            throw new MigrationException("Migration file " + file.source()
                    + " is not named like 001_description.sql (digits, underscore, letters/digits/_/-)");
        }
        String sql = new String(file.content(), StandardCharsets.UTF_8);
        Migration migration = new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), checksum(sql));
        return new MigrationScript(migration, file.fileName(), file.source(), sql);
    }

    /** SHA-256 of the text with line endings normalised, so a CRLF checkout does not count as a change. */
    private static String checksum(String sql) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void refuseDuplicateVersions(List<MigrationScript> scripts) {
        Map<Integer, List<String>> sourcesByVersion = scripts.stream().collect(Collectors.groupingBy(
                script -> script.migration().version(), TreeMap::new,
                Collectors.mapping(MigrationScript::source, Collectors.toList())));
        sourcesByVersion.forEach((version, sources) -> {
            if (sources.size() > 1) {
                throw new MigrationException("Migration number " + version + " is used by more than one file: "
                        + String.join(", ", sources) + "; give each file its own number");
            }
        });
    }

    private static String trimSlashes(String location) {
        String folder = location.strip();
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return folder;
    }
}
