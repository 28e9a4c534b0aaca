package io.notelint.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@link InputFormat}s on the class path, looked up only when an input could be one of them
 * (a directory, or a {@code .json}/{@code .ndjson} file): a plain note never triggers the lookup, so
 * start-up does not grow with the formats installed.
 */
final class InputFormats {

    private InputFormats() {
    }

    /** The format that claims {@code path}, if one does (the first by name, so the choice is stable). */
    static Optional<InputFormat> claiming(Path path) {
        if (!Files.isDirectory(path) && !candidateFile(path)) {
            return Optional.empty();
        }
        for (InputFormat format : Holder.FORMATS) {
            if (format.claims(path)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean candidateFile(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".json") || n.endsWith(".ndjson");
    }

    /** Loaded on first use (the holder idiom): the service lookup costs nothing until an input needs it. */
    private static final class Holder {
        static final List<InputFormat> FORMATS = load();

        private static List<InputFormat> load() {
            List<InputFormat> formats = new ArrayList<>();
            ServiceLoader.load(InputFormat.class, InputFormats.class.getClassLoader()).forEach(formats::add);
            formats.sort(Comparator.comparing(InputFormat::name));
            return List.copyOf(formats);
        }
    }
}
