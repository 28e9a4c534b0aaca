package io.notelint.cli;

import io.notelint.io.InputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report file written safely. The report goes to a temporary file beside the target and is moved
 * over it only when the run succeeded, so a run that fails half-way never leaves a half-written report
 * in place of a good one (nor an empty file where there was none). An output that is one of the run's
 * inputs (the same file by any name: a symlink, a hard link, a file found in an input directory) is
 * refused before anything is opened: writing it would truncate the data being read.
 */
final class ReportFile {

    private final Path target;
    private final Path temporary;

    private ReportFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Thrown when the output is one of the inputs; the message says so in plain words. */
    static final class OutputIsInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OutputIsInput(Path output, Path input) {
            super("the output " + output + " is the input file " + input + ": writing it would destroy the notes;"
                    + " choose another output file");
        }
    }

    /**
     * Refuses an output that is, or (through symlinks) resolves to, one of the input files.
     *
     * @throws OutputIsInput when it is
     */
    static void refuseInput(Path output, List<InputFile> inputs) {
        if (output == null || !Files.exists(output)) {
            return; // a file that does not exist yet is nobody's input
        }
        for (InputFile in : inputs) {
            if (in.path() == null) {
                continue; // standard input
            }
            try {
                if (Files.isSameFile(output, in.path())) {
                    throw new OutputIsInput(output, in.path());
                }
            } catch (IOException e) {
                // an input that cannot be examined is reported when it is read; it is not this output
            }
        }
    }

    /** Opens a temporary file beside {@code output} (or beside the file a symlink names). */
    static ReportFile create(Path output) throws IOException {
        Path target = Files.isSymbolicLink(output) && Files.exists(output) ? output.toRealPath() : output;
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
            try {
                Files.createFile(tmp);
                keepPermissions(target, tmp);
                return new ReportFile(target, tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * A report replaced keeps its permissions: a report someone restricted to its owner (it holds note
     * text) must not become readable by others because it was written anew.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the directory's defaults
        }
    }

    /** The stream to write the report to (the temporary file). */
    OutputStream stream() throws IOException {
        return Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Moves the finished report into place, atomically where the file system allows. */
    void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops the temporary file: the target keeps what it had. */
    void discard() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more to do: a stray temporary file is named after the report and ends in .tmp
        }
    }
}
