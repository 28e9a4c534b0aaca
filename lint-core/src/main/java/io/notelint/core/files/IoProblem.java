package io.notelint.core.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Says in plain words what went wrong with a file, for messages a person reads: "no such file" rather
 * than {@code NoSuchFileException}. Only the kind of failure is used, never the exception's message,
 * which could quote content.
 */
public final class IoProblem {

    private IoProblem() {
    }

    /** What went wrong, in words: "no such file or directory", "permission denied", ... */
    public static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NotDirectoryException) {
            return "a file is in the way where a folder is needed";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (t instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (t instanceof FileSystemLoopException) {
            return "its folders link back into themselves";
        }
        if (t instanceof ZipException) {
            return "not valid gzip data";
        }
        if (t instanceof EOFException) {
            return "it ends early (cut off?)";
        }
        if (t instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            // the operating system's own reason ("Is a directory", "No space left on device"): no content
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "the system could not read or write it";
    }
}
