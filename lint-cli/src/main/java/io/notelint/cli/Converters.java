package io.notelint.cli;

import io.notelint.core.output.ResultFormat;
import io.notelint.core.rule.Severity;
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
}
