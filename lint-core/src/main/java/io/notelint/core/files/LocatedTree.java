package io.notelint.core.files;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML or JSON document read into plain maps, lists and scalars, with the file position of every key,
 * so that config, rule and rubric files can be validated with errors that name file, line and key.
 *
 * @param root      the document: {@code Map<String,Object>}, {@code List<Object>}, String, Number, Boolean or null
 * @param locations "file:line:column" by dotted key path ("rules.vague-language/vague-status.severity";
 *                  list items as "[0]")
 * @param source    the file name used in locations
 */
public record LocatedTree(Object root, Map<String, String> locations, String source) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** Reads a file; YAML unless the name ends in ".json". */
    public static LocatedTree read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TreeException(file.toString(), null, "cannot read the file: " + IoProblem.describe(e));
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(content, file.toString(), json);
    }

    /** Reads a document from text; {@code source} names it in errors. */
    public static LocatedTree parse(String content, String source, boolean json) {
        Map<String, String> locations = new LinkedHashMap<>();
        // YAML through a reader that never ends a chunk between the halves of a surrogate pair:
        // SnakeYAML Engine fails with an IndexOutOfBoundsException when a chunk of 1024 chars ends on a
        // high surrogate (an emoji at the wrong offset of a valid file; found by fuzzing)
        try (JsonParser p = json ? JSON.createParser(content) : YAML.createParser(new PairKeepingReader(content))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new LocatedTree(null, Map.of(), source);
            }
            Object root = value(p, "", locations, source);
            return new LocatedTree(root, Collections.unmodifiableMap(locations), source);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null || loc.getLineNr() < 0 ? source : source + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new TreeException(where, null, json ? "not valid JSON: " + NoteJson.reason(e) : yamlProblem(e));
        } catch (TreeException e) {
            throw e; // our own, with its place: a duplicate key, an unsupported value
        } catch (RuntimeException | StackOverflowError e) {
            // a parser's own failure on odd input: still an error that names the file, never a crash
            throw new TreeException(source, null, "the " + (json ? "JSON" : "YAML") + " parser failed on this file ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A YAML syntax error in the YAML parser's own words ("mapping values are not allowed here"), with
     * what it was reading when it failed. Config, rule and rubric files are the user's settings, not notes,
     * so the parser's description may quote them.
     */
    static String yamlProblem(JacksonException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblem() != null) {
                String context = m.getContext() == null ? "" : " (" + m.getContext().strip() + ")";
                return "YAML syntax error: " + m.getProblem().strip() + context;
            }
        }
        return "YAML syntax error: " + NoteJson.reason(e);
    }

    /** A reader over a string whose reads never end on a high surrogate while its low half follows. */
    private static final class PairKeepingReader extends java.io.Reader {
        private final String text;
        private int pos;

        PairKeepingReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(len, text.length() - pos);
            if (n > 1 && pos + n < text.length() && Character.isHighSurrogate(text.charAt(pos + n - 1))) {
                n--;
            }
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** Where a key path was written, or the file name when unknown. */
    public String locate(String path) {
        String at = locations.get(path);
        return at != null ? at : source;
    }

    private static Object value(JsonParser p, String path, Map<String, String> locations, String source) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TokenStreamLocation loc = p.currentTokenLocation();
                    String child = path.isEmpty() ? name : path + "." + name;
                    locations.put(child, source + ":" + loc.getLineNr() + ":" + loc.getColumnNr());
                    p.nextToken();
                    if (map.containsKey(name)) {
                        throw new TreeException(locations.get(child), child, "duplicate key");
                    }
                    map.put(name, value(p, child, locations, source));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + i + "]";
                    TokenStreamLocation loc = p.currentTokenLocation();
                    locations.put(child, source + ":" + loc.getLineNr() + ":" + loc.getColumnNr());
                    list.add(value(p, child, locations, source));
                    i++;
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new TreeException(source, path, "unsupported value");
        }
    }

    /** A document that cannot be read, with where and (when known) which key. */
    public static final class TreeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String location;
        private final String key;
        private final String problem;

        public TreeException(String location, String key, String problem) {
            super(location + ": " + (key == null ? "" : key + ": ") + problem);
            this.location = location;
            this.key = key;
            this.problem = problem;
        }

        /** What is wrong, without the location and key. */
        public String problem() {
            return problem;
        }

        public String location() {
            return location;
        }

        public String key() {
            return key;
        }
    }

}
