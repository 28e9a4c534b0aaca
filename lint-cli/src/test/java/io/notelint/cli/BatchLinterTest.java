package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.cli.testrules.FlagWordRule;
import io.notelint.cli.testrules.ThrowingRule;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Severity;
import io.notelint.output.ResultWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchLinterTest {

    private static final Linter LINTER = Linter.builder().addRule(new FlagWordRule()).addRule(new ThrowingRule()).build();

    /** Records n-0 .. n-(count-1); "zorblat" in every third; the reader fails after {@code failAfter}. */
    private static RecordReader records(int count, int failAfter) {
        AtomicInteger next = new AtomicInteger();
        return new RecordReader() {
            @Override
            public PendingRecord next() {
                int i = next.getAndIncrement();
                if (i == failAfter) {
                    throw new UncheckedIOException("cannot read src after line " + i, new java.io.IOException());
                }
                if (i >= count) {
                    return null;
                }
                RecordOrigin origin = RecordOrigin.line("src", i + 1);
                return new PendingRecord() {
                    @Override
                    public RecordOrigin origin() {
                        return origin;
                    }

                    @Override
                    public NoteRecord decode() {
                        return NoteRecord.of(origin, Note.of("n-" + i, i % 3 == 0 ? "a zorblat" : "fine"));
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }

    private static final class Collect implements ResultWriter {
        final List<String> ids = new ArrayList<>();

        @Override
        public void begin() {
        }

        @Override
        public void write(RecordOrigin origin, LintResult result) {
            assertThat(origin.line()).isEqualTo(ids.size() + 1);
            ids.add(result.noteId());
        }

        @Override
        public void finish(boolean completed) {
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void writesEveryResultInInputOrder(int threads) {
        Collect out = new Collect();
        BatchSummary summary = new BatchLinter(LINTER, threads).run(records(500, -1), out);
        assertThat(out.ids).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(out.ids.get(i)).isEqualTo("n-" + i);
        }
        assertThat(summary.results()).isEqualTo(500);
        assertThat(summary.reaches(Severity.WARNING)).isTrue();
        assertThat(summary.reaches(Severity.ERROR)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void anUnreadableInputStopsTheBatchAfterWritingEverythingReadBeforeIt(int threads) {
        Collect out = new Collect();
        assertThatThrownBy(() -> new BatchLinter(LINTER, threads).run(records(500, 100), out))
                .isInstanceOf(io.notelint.core.batch.BatchRunner.InputFailure.class).hasMessageContaining("cannot read src");
        assertThat(out.ids).hasSize(100);
    }

    @Test
    void aBadRecordOrAFailingRuleCountsAsAnError() {
        BatchSummary summary = new BatchSummary();
        summary.add(LintResult.failed("line-1", new io.notelint.core.model.NoteError("invalid-json", "x", 1)));
        assertThat(summary.reaches(Severity.ERROR)).isTrue();
        assertThat(summary.unreadable()).isEqualTo(1);
    }
}
