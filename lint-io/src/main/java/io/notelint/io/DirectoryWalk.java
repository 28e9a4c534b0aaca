package io.notelint.io;

import io.notelint.core.files.IoProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the note files in a directory argument. The rule, in this order (the last that applies wins):
 * <ol>
 *   <li>a file whose extension is not a note format is left out;</li>
 *   <li>README, LICENSE, LICENCE, CHANGELOG, CONTRIBUTING, NOTICE, COPYING and AUTHORS files (any case,
 *       any extension) are left out: a folder of notes often carries one, and it is not a note;</li>
 *   <li>names starting with a dot (and everything under such a folder) are left out;</li>
 *   <li>each {@code .notelintignore} in the walk (one glob a line, {@code #} comments; a pattern with
 *       a {@code /} is matched against the path below that file's folder, one without against the
 *       name; a trailing {@code /} matches folders only; {@code !pattern} reads a file after all)
 *       applies to its folder and below.</li>
 * </ol>
 * Every file left out is reported with its reason; the files are returned in sorted path order so
 * that every run reads the same order.
 */
final class DirectoryWalk {

    static final String IGNORE_FILE = ".notelintignore";
    private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "changelog",
            "contributing", "notice", "copying", "authors");

    private final Path root;
    private final String arg;
    private final List<InputFile> files = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private final List<Ignore> ignores = new ArrayList<>();

    private DirectoryWalk(Path root, String arg) {
        this.root = root;
        this.arg = arg;
    }

    /** Walks {@code dir} (named {@code arg} on the command line). */
    static DirectoryWalk of(Path dir, String arg) {
        DirectoryWalk walk = new DirectoryWalk(dir, arg);
        try {
            Files.walkFileTree(dir, new Visitor(walk));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new NoteInputs.InputException(arg + ": cannot list the folder: " + IoProblem.describe(e));
        }
        walk.files.sort(Comparator.comparing(InputFile::path));
        walk.skipped.sort(Comparator.comparing(SkippedFile::name));
        return walk;
    }

    List<InputFile> files() {
        return files;
    }

    List<SkippedFile> skipped() {
        return skipped;
    }

    private String nameOf(Path p) {
        String rel = root.relativize(p).toString();
        String joined = arg.endsWith("/") || arg.endsWith("\\") ? arg + rel : arg + "/" + rel;
        return joined.replace('\\', '/');
    }

    /** Null when the file is read, else why not. */
    private SkippedFile.Reason verdict(Path p, boolean folder) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        SkippedFile.Reason reason = null;
        if (!folder && InputFile.Kind.of(p).isEmpty()) {
            reason = SkippedFile.Reason.OTHER_TYPE;
        } else if (!folder && isDocumentation(name)) {
            reason = SkippedFile.Reason.DOCUMENTATION;
        }
        if (name.startsWith(".") && !p.equals(root)) {
            reason = SkippedFile.Reason.HIDDEN;
        }
        for (Ignore ignore : ignores) {
            Boolean matched = ignore.matches(p, folder);
            if (matched != null) {
                reason = matched ? SkippedFile.Reason.IGNORED
                        : !folder && InputFile.Kind.of(p).isEmpty() ? SkippedFile.Reason.OTHER_TYPE : null;
            }
        }
        return reason;
    }

    private static boolean isDocumentation(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String stem = dot < 0 ? lower : lower.substring(0, dot);
        return DOCUMENTATION.contains(stem);
    }

    private void readIgnoreFile(Path folder) throws IOException {
        Path file = folder.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            if (negate) {
                line = line.substring(1);
            }
            boolean foldersOnly = line.endsWith("/");
            if (foldersOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + line);
            } catch (IllegalArgumentException e) {
                throw new NoteInputs.InputException(nameOf(file) + ": '" + raw.strip() + "' is not a valid pattern");
            }
            ignores.add(new Ignore(folder, matcher, negate, foldersOnly, anchored));
        }
    }

    /** One line of a .notelintignore: whether it matches (true: leave out, false: read), or null. */
    private record Ignore(Path base, PathMatcher matcher, boolean negate, boolean foldersOnly, boolean anchored) {
        Boolean matches(Path p, boolean folder) {
            if (!p.startsWith(base) || p.equals(base) || (foldersOnly && !folder)) {
                return null;
            }
            Path target = anchored ? base.relativize(p) : p.getFileName();
            return matcher.matches(target) ? !negate : null;
        }
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final DirectoryWalk walk;

        Visitor(DirectoryWalk walk) {
            this.walk = walk;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(walk.root)) {
                SkippedFile.Reason reason = walk.verdict(dir, true);
                if (reason == SkippedFile.Reason.HIDDEN || reason == SkippedFile.Reason.IGNORED) {
                    walk.skipped.add(new SkippedFile(walk.nameOf(dir) + "/", reason));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // a folder another format reads whole (a FHIR Bulk Data export) is one input, not walked
                java.util.Optional<InputFormat> format = InputFormats.claiming(dir);
                if (format.isPresent()) {
                    walk.files.add(new InputFile(dir, walk.nameOf(dir), null, format.get()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            walk.readIgnoreFile(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile() && !(attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                return FileVisitResult.CONTINUE; // a link to a file is read like the file, as before
            }
            if (file.getFileName().toString().equals(IGNORE_FILE)) {
                return FileVisitResult.CONTINUE; // the walk's own instructions, not a skipped input
            }
            SkippedFile.Reason reason = walk.verdict(file, false);
            if (reason != null) {
                walk.skipped.add(new SkippedFile(walk.nameOf(file), reason));
            } else if (!Files.isReadable(file)) {
                throw new NoteInputs.InputException(walk.nameOf(file) + ": not a readable file");
            } else {
                walk.files.add(new InputFile(file, walk.nameOf(file), InputFile.Kind.of(file).orElseThrow(),
                        InputFormats.claiming(file).orElse(null)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
                throw e;
            }
            // a folder's .notelintignore stops applying when the walk leaves it
            walk.ignores.removeIf(i -> i.base().equals(dir));
            return FileVisitResult.CONTINUE;
        }
    }
}
