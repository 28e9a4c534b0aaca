package io.notelint.cli;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test inputs: note JSON lines, and the shared corpus when it is there. */
final class Notes {

    private Notes() {
    }

    /** One note as a JSON line. */
    static String line(String id, String text) {
        return NoteJson.mapper().createObjectNode().put("id", id).put("text", text).toString();
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /**
     * A file of the shared folder that sits beside the repository ({@code ../shared/...} from the repo
     * root), found by walking up from the working directory; empty when there is none (a bare clone).
     */
    static Optional<Path> shared(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
