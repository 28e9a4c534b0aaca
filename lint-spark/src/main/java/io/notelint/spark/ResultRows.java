package io.notelint.spark;

import io.notelint.core.engine.LintResult;
import io.notelint.core.model.NoteError;
import io.notelint.core.engine.RuleError;
import io.notelint.output.ResultJson;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link LintResult} as a Spark row: every field of the result JSON (note-format.md) as a typed column,
 * and the result JSON itself, byte for byte what {@code notelint check --format jsonl} writes for the note.
 */
final class ResultRows {

    /** A note that was linted and every rule ran. */
    static final String OK = "ok";
    /** A note that was linted, but a rule failed on it ({@code ruleErrors}). */
    static final String RULE_ERROR = "rule-error";
    /** A record that could not be linted ({@code error}). */
    static final String ERROR = "error";

    static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("line", DataTypes.IntegerType, true)
            .add("column", DataTypes.IntegerType, true);

    static final StructType FINDING = new StructType()
            .add("ruleId", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("span", SPAN, true)
            .add("section", DataTypes.StringType, true)
            .add("excerpt", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true);

    static final StructType ERROR_STRUCT = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, true);

    static final StructType RULE_ERROR_STRUCT = new StructType()
            .add("ruleId", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false);

    /** The rows {@link NoteLintSpark#lint} produces; {@code result} is dropped from the public results. */
    static final StructType SCHEMA = new StructType()
            .add("noteId", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("error", ERROR_STRUCT, true)
            .add("findings", DataTypes.createArrayType(FINDING, false), false)
            .add("ruleErrors", DataTypes.createArrayType(RULE_ERROR_STRUCT, false), false)
            .add("clinician", DataTypes.StringType, true)
            .add("result", DataTypes.StringType, false);

    private ResultRows() {
    }

    static Row of(LintResult result, String clinician) {
        LineIndex lines = result.text() == null ? null : LineIndex.of(result.text());
        List<Row> findings = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            Row span = null;
            if (f.span() != null) {
                Integer line = lines == null ? null : lines.line(f.span().start());
                Integer column = lines == null ? null : lines.column(f.span().start());
                span = RowFactory.create(f.span().start(), f.span().end(), line, column);
            }
            findings.add(RowFactory.create(f.ruleId(), f.category().id(), f.severity().id(), f.message(), span,
                    f.section(), f.excerpt(), f.suggestion()));
        }
        List<Row> ruleErrors = new ArrayList<>();
        for (RuleError e : result.ruleErrors()) {
            ruleErrors.add(RowFactory.create(e.ruleId(), e.message()));
        }
        NoteError e = result.error();
        Row error = e == null ? null : RowFactory.create(e.code(), e.message(), e.line() > 0 ? e.line() : null);
        String status = e != null ? ERROR : ruleErrors.isEmpty() ? OK : RULE_ERROR;
        return RowFactory.create(result.noteId(), status, error, seq(findings), seq(ruleErrors), clinician,
                ResultJson.toLine(result));
    }

    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }
}
