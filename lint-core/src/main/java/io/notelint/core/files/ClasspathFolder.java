package io.notelint.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the {@code .yaml} resources in one class-path folder, across every jar and directory on
 * the class path: how profiles and rule packs are listed for a user ("the profiles are: ...") without an
 * index file to keep in step.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** The names (without {@code .yaml}) of the YAML files directly in {@code folder}, sorted. */
    public static List<String> yamlNames(String folder, ClassLoader loader) {
        String dir = folder.endsWith("/") ? folder : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(dir);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).forEach(n -> add(n, names));
                    }
                } else if (url.getProtocol().equals("jar")
                        && url.openConnection() instanceof JarURLConnection connection) {
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(dir) && entry.indexOf('/', dir.length()) < 0) {
                                add(entry.substring(dir.length()), names);
                            }
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            // a listing is a hint for a message: an unreadable class-path entry leaves it shorter
        }
        return List.copyOf(names);
    }

    private static void add(String fileName, TreeSet<String> names) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".yaml")) {
            names.add(fileName.substring(0, fileName.length() - ".yaml".length()));
        }
    }
}
