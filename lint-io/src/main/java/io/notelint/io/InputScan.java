package io.notelint.io;

import java.util.List;

/**
 * What the command-line arguments name: the inputs to read, in order, and what directory walks left out.
 *
 * @param files       the inputs, in argument order (a directory's files sorted by path)
 * @param skipped     files found in directories and not read, with the reason, in walk order
 * @param emptyFolders directory arguments in which no note file was found
 */
public record InputScan(List<InputFile> files, List<SkippedFile> skipped, List<String> emptyFolders) {

    public InputScan {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        emptyFolders = List.copyOf(emptyFolders);
    }
}
