package io.notelint.cli;

import io.notelint.io.InputScan;
import io.notelint.io.SkippedFile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the user, on standard error, what the inputs held beyond the notes read: the files a directory
 * walk left out (grouped by reason) and the folders with no note file. File names only, never content.
 */
final class InputReport {

    private static final int LISTED = 3;

    private InputReport() {
    }

    /** The message when there is nothing at all to read, or null when there is. */
    static String nothingToRead(InputScan scan) {
        if (!scan.files().isEmpty()) {
            return null;
        }
        String where = String.join(", ", scan.emptyFolders());
        return "no notes to check: " + where + (scan.emptyFolders().size() == 1 ? " holds" : " hold")
                + " no note files (.jsonl, .ndjson, .json, .csv, .txt or .md, optionally .gz)"
                + (scan.skipped().isEmpty() ? "" : "; see above for what was left out");
    }

    /** One line per reason a file was left out, then one per folder without notes (when others had some). */
    static void print(InputScan scan, PrintStream err) {
        Map<SkippedFile.Reason, List<String>> byReason = new EnumMap<>(SkippedFile.Reason.class);
        for (SkippedFile s : scan.skipped()) {
            byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(s.name());
        }
        for (Map.Entry<SkippedFile.Reason, List<String>> e : byReason.entrySet()) {
            List<String> names = e.getValue();
            String listed = names.size() <= LISTED ? String.join(", ", names)
                    : names.size() + " files (" + String.join(", ", names.subList(0, LISTED)) + " and "
                    + (names.size() - LISTED) + " more)";
            err.println("notelint: skipped " + listed + ": " + e.getKey().words());
        }
        if (!byReason.isEmpty()) {
            err.println("  (a file named on the command line is always read; a .notelintignore in a folder lists"
                    + " more to skip, and !NAME in it reads one after all)");
        }
        if (!scan.files().isEmpty()) {
            for (String folder : scan.emptyFolders()) {
                err.println("notelint: warning: " + folder + " holds no note files");
            }
        }
    }
}
