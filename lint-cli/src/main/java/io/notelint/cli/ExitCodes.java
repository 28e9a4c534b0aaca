package io.notelint.cli;

/** The exit codes of every command. */
final class ExitCodes {

    /** Nothing reached the --fail-on level. */
    static final int OK = 0;
    /** Something did: a finding at or above --fail-on, a record that could not be read, a rule that failed. */
    static final int FOUND = 1;
    /** Usage error, bad config, unreadable input or output: the run could not be done as asked. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
