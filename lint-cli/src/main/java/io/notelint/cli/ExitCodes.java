package io.notelint.cli;

/** The exit codes of every command. */
final class ExitCodes {

    /** Nothing reached the --fail-on level. */
    static final int OK = 0;
    /** Something did: a finding at or above --fail-on, a record that could not be read, a rule that failed. */
    static final int FOUND = 1;
    /** Usage error, bad config, unreadable input or output: the run could not be done as asked. */
    static final int USAGE = 2;
    /**
     * The watchdog stopped a note: a rule used more than the CPU time budget (a runaway rule, never a
     * busy machine), so that note was not checked or graded. Over 1: it says the run itself is in doubt.
     */
    static final int STOPPED = 3;

    private ExitCodes() {
    }
}
