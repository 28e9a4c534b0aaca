package io.notelint.io;

/**
 * A file a directory walk found and did not read, with the reason, so that the user is told what was
 * left out and why instead of finding out from a missing result.
 *
 * @param name   the file (or folder) as outputs name inputs: the directory argument joined with its relative path
 * @param reason why it was not read
 */
public record SkippedFile(String name, Reason reason) {

    /** Why a directory walk leaves a file out. A file named on the command line is always read. */
    public enum Reason {
        /** README, LICENSE, CHANGELOG and the like: a project's documentation, not a clinical note. */
        DOCUMENTATION("project documentation (README, LICENSE and the like), not notes"),
        /** Matched by a pattern in a {@code .notelintignore} file. */
        IGNORED("named in a .notelintignore file"),
        /** A name starting with a dot: editor, version-control and system files. */
        HIDDEN("hidden (the name starts with a dot)"),
        /** An extension that is not a note format. */
        OTHER_TYPE("not a note file type: notes are .jsonl, .ndjson, .json, .csv, .txt or .md, optionally .gz");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** The reason in plain words, for messages. */
        public String words() {
            return words;
        }
    }
}
