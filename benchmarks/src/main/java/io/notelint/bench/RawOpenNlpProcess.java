package io.notelint.bench;

import io.notelint.core.json.NoteJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The baseline NoteLint's whole process is measured against (issue 15): raw OpenNLP as its own process,
 * one thread, over the same JSON Lines file. For each line it reads {@code id} and {@code text} with
 * a streaming parser, runs sentence detection, tokenisation and POS tagging of every sentence
 * ({@link OpenNlpPipeline}, the models NoteLint ships) and writes one short line
 * {@code {"noteId":...,"tokens":N}}, so the process reads, analyses and writes like {@code notelint check}
 * does, without any rule. {@code bench/run.sh process} times both with the kernel's CPU accounting.
 */
final class RawOpenNlpProcess {

    private RawOpenNlpProcess() {
    }

    static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: bench rawnlp NOTES.jsonl[.gz]  (results on standard output)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        OpenNlpPipeline pipeline = OpenNlpPipeline.create();
        InputStream raw = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            raw = new GZIPInputStream(raw, 1 << 16);
        }
        long notes = 0;
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] idAndText = idAndText(line);
                int tokens = idAndText[1] == null ? 0 : pipeline.analyse(idAndText[1]);
                out.write("{\"noteId\":\"");
                out.write(idAndText[0] == null ? "" : idAndText[0]); // generated ids need no escaping
                out.write("\",\"tokens\":");
                out.write(Integer.toString(tokens));
                out.write("}\n");
                notes++;
            }
        }
        System.err.printf("raw OpenNLP: %,d notes%n", notes);
    }

    /** The top-level {@code noteId} and {@code text} of one JSON object, by streaming parse. */
    private static String[] idAndText(String line) {
        String[] found = new String[2];
        try (JsonParser p = NoteJson.mapper().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return found;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING && "id".equals(name)) {
                    found[0] = p.getString();
                } else if (value == JsonToken.VALUE_STRING && "text".equals(name)) {
                    found[1] = p.getString();
                } else {
                    p.skipChildren();
                }
            }
        }
        return found;
    }
}
