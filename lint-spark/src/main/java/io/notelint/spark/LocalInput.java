package io.notelint.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop path as a file or folder of this machine, for lint-fhir's reader, which reads a local file
 * twice (an index pass, then each note again at its offset): a {@code file:} path is used where it is,
 * any other file system's (HDFS, S3, ADLS) is copied to a temporary folder first, deleted on close.
 */
final class LocalInput implements AutoCloseable {

    private final Path path;
    private final Path copy;

    private LocalInput(Path path, Path copy) {
        this.path = path;
        this.copy = copy;
    }

    static LocalInput of(String input, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
            return new LocalInput(Path.of(fs.makeQualified(p).toUri()), null);
        }
        Path dir = Files.createTempDirectory("notelint-fhir-input-");
        String name = p.getName().isEmpty() ? "input" : p.getName();
        Path target = dir.resolve(name);
        // the raw local file system writes no .crc files beside the copy
        fs.copyToLocalFile(false, p, new org.apache.hadoop.fs.Path(target.toUri()), true);
        return new LocalInput(target, dir);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (copy == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the local copy of the FHIR input " + copy, e);
        }
    }
}
