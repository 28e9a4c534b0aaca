package io.notelint.cli;

import io.notelint.core.files.IoProblem;
import io.notelint.docs.RuleDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notelint docs DIR}: one Markdown page per rule on the class path, and an index. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
        description = "Writes the rules' documentation pages (Markdown, generated from their metadata) into DIR.")
final class DocsCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (created when missing).")
    Path dir;

    DocsCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            // the Java rules on the class path, as docs/rules/ holds them; a pack's rules are documented in
            // the pack file itself and by 'notelint explain'
            List<Path> written = RuleDocs.write(RuleCatalog.load().entries().stream()
                    .filter(e -> e.origin() == null).map(RuleCatalog.Entry::meta).toList(), dir);
            io.err().println("notelint: wrote " + written.size() + " pages to " + dir);
            return ExitCodes.OK;
        } catch (IOException e) {
            io.err().println("notelint: cannot write docs to " + dir + ": " + IoProblem.describe(e));
            return ExitCodes.USAGE;
        }
    }
}
