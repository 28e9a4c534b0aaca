package io.notelint.cli;

import io.notelint.core.rule.Severity;
import io.notelint.io.InvalidUtf8;
import io.notelint.output.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters with messages that list what is accepted. */
final class Converters {

    private Converters() {
    }

    static final class Format implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            return ResultFormat.parse(value).orElseThrow(() ->
                    new TypeConversionException("expected text, json, jsonl, sarif, csv or html"));
        }
    }

    static final class Level implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value).orElseThrow(() ->
                    new TypeConversionException("expected info, warning or error"));
        }
    }

    static final class Utf8Policy implements ITypeConverter<InvalidUtf8> {
        @Override
        public InvalidUtf8 convert(String value) {
            try {
                return InvalidUtf8.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected replace or report");
            }
        }
    }

    /** How standard input is read: detected, or named. */
    enum StdinChoice {
        AUTO(null), JSONL(io.notelint.io.InputFile.Kind.JSON_LINES), JSON(io.notelint.io.InputFile.Kind.JSON),
        CSV(io.notelint.io.InputFile.Kind.CSV);

        private final io.notelint.io.InputFile.Kind kind;

        StdinChoice(io.notelint.io.InputFile.Kind kind) {
            this.kind = kind;
        }

        /** The kind, or null to detect it. */
        io.notelint.io.InputFile.Kind kind() {
            return kind;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class StdinKind implements ITypeConverter<StdinChoice> {
        @Override
        public StdinChoice convert(String value) {
            for (StdinChoice c : StdinChoice.values()) {
                if (c.toString().equalsIgnoreCase(value.strip())) {
                    return c;
                }
            }
            throw new TypeConversionException("expected auto, jsonl, json or csv");
        }
    }
}
