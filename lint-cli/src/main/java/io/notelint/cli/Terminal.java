package io.notelint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, and how wide it is. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard error goes to a terminal. Java 17 cannot ask about one stream: the launcher
     * tells ({@code NOTELINT_STDERR_TTY}, from {@code [ -t 2 ]}); else Linux's /proc names the device;
     * else an interactive console (stdin and stdout on a terminal) is taken as one.
     */
    static boolean stderrIsTerminal() {
        String told = System.getenv("NOTELINT_STDERR_TTY");
        if (told != null) {
            return told.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Columns of the terminal ({@code COLUMNS}, else 80). */
    static int width() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? 80 : Math.max(40, Integer.parseInt(c.trim()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
