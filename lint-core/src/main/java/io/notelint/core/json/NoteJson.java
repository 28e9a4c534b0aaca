package io.notelint.core.json;

import io.notelint.core.limits.Limits;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import io.notelint.core.model.NoteFields;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.model.NoteKind;
import io.notelint.core.model.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads notes in the JSON shape of note-format.md. Known fields are typed; unknown keys are kept; a
 * known field of the wrong shape is recorded in {@link NoteFields#invalid()} and reads as absent, so
 * it never makes a note fail. Only a record that is not a JSON object, or has no string {@code id}
 * or {@code text}, is rejected, with a message that names the place and never the content.
 */
public final class NoteJson {

    private static final Set<String> NOTE_KEYS = Set.of("id", "format", "kind", "text", "fields", "history");
    private static final Set<String> FIELD_KEYS = Set.of("clientId", "sessionDate", "startTime", "endTime",
            "durationMinutes", "cptCode", "modality", "diagnoses", "medications", "riskLevel", "goals", "clinician",
            "signedAt");

    private static final JsonMapper MAPPER = build(Limits.DEFAULT);

    private NoteJson() {
    }

    /** The shared mapper (immutable, thread-safe), with the default limits. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A mapper that holds a record to {@code limits}: nesting no deeper than
     * {@link Limits#maxNestingDepth()}, no string longer than {@link Limits#maxRecordBytes()}. Building one
     * costs a little: readers make theirs once.
     */
    public static JsonMapper mapper(Limits limits) {
        if (limits.maxNestingDepth() == Limits.DEFAULT.maxNestingDepth()
                && limits.maxRecordBytes() == Limits.DEFAULT.maxRecordBytes()) {
            return MAPPER;
        }
        return build(limits);
    }

    private static JsonMapper build(Limits limits) {
        // a key twice in one object ({"text": "a", "text": "b"}) is refused: which one to lint is a guess
        return JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxRecordBytes())
                        .build())
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build()).build();
    }

    /**
     * The error for a record that broke one of the parser's limits ({@link
     * tools.jackson.core.exc.StreamConstraintsException}), naming the limit.
     *
     * @param where how the record is named ("line 7", "record 3 (line 12)")
     */
    public static NoteError constraintError(JacksonException e, Limits limits, String where, long line) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.contains("nesting depth")) {
            return new NoteError(Limits.TOO_DEEP, where + ": nested deeper than " + limits.maxNestingDepth()
                    + " levels (" + Limits.MAX_NESTING_DEPTH + ")", line);
        }
        if (original.contains("String value length")) {
            return new NoteError(Limits.TOO_LARGE, where + ": a string longer than " + limits.maxRecordBytes()
                    + " chars (" + Limits.MAX_RECORD_BYTES + ")", line);
        }
        return new NoteError(Limits.TOO_LARGE, where + ": over a limit of the JSON parser ("
                + reason(e) + ")", line);
    }

    /** Parses one note from JSON text; {@code fallbackId} names it when it has no id (examples, tests). */
    public static Note parseNote(String json, String fallbackId) {
        JsonNode node = readTree(json);
        if (fallbackId != null && node.isObject() && !node.has("id")) {
            ((tools.jackson.databind.node.ObjectNode) node).put("id", fallbackId);
        }
        return fromTree(node);
    }

    /** Parses JSON text into a tree; malformed JSON throws with line and column only. */
    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new NoteFormatException("invalid-json", "malformed JSON" + where(e.getLocation()) + ": " + reason(e));
        }
    }

    /** A JSON tree as a note. */
    public static Note fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new NoteFormatException("not-an-object", "a note must be a JSON object");
        }
        String id = idOf(node.get("id"));
        if (id == null) {
            throw new NoteFormatException("missing-field", "note has no string 'id'");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new NoteFormatException("missing-field", "note '" + id + "' has no 'text'");
        }
        if (!text.isString()) {
            throw new NoteFormatException("wrong-type", "note '" + id + "': 'text' must be a string");
        }
        JsonNode earlierNotes = node.get("history");
        if (earlierNotes != null && !earlierNotes.isNull() && !earlierNotes.isArray()) {
            // the client's earlier notes decide what several rules say: a note linted without them would mislead
            throw new NoteFormatException("wrong-type", "note '" + id + "': 'history' must be an array of earlier notes");
        }
        String huge = nonFinite(node, "");
        if (huge != null) {
            throw new NoteFormatException("invalid-number", "note '" + id + "': the number at '" + huge
                    + "' is too large to read (past 1.8e308, such as 1e999)");
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        Map<String, String> noteInvalid = new LinkedHashMap<>();
        NoteFormat format = declared(node.get("format"), "format", NoteFormat::isAuto, NoteFormat::parse,
                "one of SOAP, DAP, BIRP, GIRP, PIE, FREE or auto", noteInvalid);
        NoteKind kind = declared(node.get("kind"), "kind", NoteKind::isAuto, NoteKind::parse,
                "one of progress, intake, evaluation, consult, crisis, group, discharge or auto", noteInvalid);
        NoteFields fields = fields(node.get("fields"), invalid);
        List<Note> history = new ArrayList<>();
        JsonNode hist = node.get("history");
        if (hist != null && hist.isArray()) {
            int i = 0;
            for (JsonNode h : hist.values()) {
                Note earlier = historyNote(h, id + "/history[" + i + "]");
                if (earlier != null) {
                    history.add(earlier);
                }
                i++;
            }
        } else if (hist != null && !hist.isNull()) {
            noteInvalid.put("history", "must be an array of notes");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!NOTE_KEYS.contains(e.getKey())) {
                extra.put(e.getKey(), MAPPER.treeToValue(e.getValue(), Object.class));
            }
        }
        return new Note(id, text.stringValue(), format, fields, history, extra, kind, noteInvalid);
    }

    /**
     * The path of the first number that overflowed to infinity (JSON has no such number; {@code 1e999}
     * parses as one), or null. Read as infinity it would compare larger than every bound, silently.
     */
    private static String nonFinite(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.isFloatingPointNumber() && !Double.isFinite(node.asDouble()) ? (path.isEmpty() ? "(top)" : path) : null;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = nonFinite(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode v : node.values()) {
                String found = nonFinite(v, path + "[" + i++ + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** An earlier note: lenient (no id or text is tolerated), its own history dropped. */
    private static Note historyNote(JsonNode h, String fallbackId) {
        if (h == null || !h.isObject()) {
            return null;
        }
        String id = idOf(h.get("id"));
        JsonNode text = h.get("text");
        String body = text != null && text.isString() ? text.stringValue() : "";
        Map<String, String> invalid = new LinkedHashMap<>();
        Map<String, String> noteInvalid = new LinkedHashMap<>();
        NoteFormat format = declared(h.get("format"), "format", NoteFormat::isAuto, NoteFormat::parse, "", noteInvalid);
        NoteKind kind = declared(h.get("kind"), "kind", NoteKind::isAuto, NoteKind::parse, "", noteInvalid);
        return new Note(id == null ? fallbackId : id, body, format, fields(h.get("fields"), invalid), List.of(), Map.of(),
                kind, noteInvalid);
    }

    /**
     * A declared format or kind: absent, null, blank or {@code auto} (any case) is "detect it"; any other
     * value it does not know is recorded in {@code invalid} (the user is told) and reads as absent.
     */
    private static <T> T declared(JsonNode v, String key, java.util.function.Predicate<String> auto,
                                  Function<String, java.util.Optional<T>> parse, String expected,
                                  Map<String, String> invalid) {
        if (v == null || v.isNull() || v.isString() && (v.stringValue().isBlank() || auto.test(v.stringValue()))) {
            return null;
        }
        T value = v.isString() ? parse.apply(v.stringValue()).orElse(null) : null;
        if (value == null) {
            invalid.put(key, "must be " + expected);
        }
        return value;
    }

    private static String idOf(JsonNode id) {
        if (id == null) {
            return null;
        }
        if (id.isString()) {
            return id.stringValue();
        }
        if (id.isIntegralNumber()) {
            return id.asString();
        }
        return null;
    }

    private static NoteFields fields(JsonNode f, Map<String, String> invalid) {
        if (f == null || f.isNull()) {
            return new NoteFields(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    invalid, Map.of());
        }
        if (!f.isObject()) {
            invalid.put("fields", "must be an object");
            return new NoteFields(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    invalid, Map.of());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : f.properties()) {
            if (!FIELD_KEYS.contains(e.getKey())) {
                extra.put(e.getKey(), MAPPER.treeToValue(e.getValue(), Object.class));
            }
        }
        return new NoteFields(
                string(f, "clientId", invalid),
                typed(f, "sessionDate", NoteJson::date, "a date (YYYY-MM-DD)", invalid),
                typed(f, "startTime", NoteJson::time, "a time (HH:MM)", invalid),
                typed(f, "endTime", NoteJson::time, "a time (HH:MM)", invalid),
                minutes(f, invalid),
                codeString(f, "cptCode", invalid),
                string(f, "modality", invalid),
                list(f, "diagnoses", invalid, d -> new Diagnosis(text(d, "code"), text(d, "display"))),
                list(f, "medications", invalid, m -> new Medication(text(m, "name"), text(m, "dose"), text(m, "frequency"))),
                typed(f, "riskLevel", s -> RiskLevel.parse(s).orElseThrow(() -> new IllegalArgumentException()),
                        "one of none, low, moderate, high, imminent", invalid),
                list(f, "goals", invalid, g -> new Goal(text(g, "id"), text(g, "text"))),
                clinician(f, invalid),
                typed(f, "signedAt", NoteJson::instant, "an ISO-8601 date-time", invalid),
                invalid, extra);
    }

    private static String string(JsonNode f, String key, Map<String, String> invalid) {
        JsonNode v = f.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.stringValue();
        }
        invalid.put(key, "must be a string");
        return null;
    }

    /** A code may come as a number (90837) from spreadsheets; keep its digits. */
    private static String codeString(JsonNode f, String key, Map<String, String> invalid) {
        JsonNode v = f.get(key);
        if (v != null && v.isIntegralNumber()) {
            return v.asString();
        }
        String s = string(f, key, invalid);
        return s == null ? null : s.trim();
    }

    private static Integer minutes(JsonNode f, Map<String, String> invalid) {
        JsonNode v = f.get("durationMinutes");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && v.asDouble() >= 0 && v.asDouble() < 100_000) {
            return (int) v.asDouble();
        }
        if (v.isString() && v.stringValue().trim().matches("\\d{1,5}")) {
            return Integer.parseInt(v.stringValue().trim());
        }
        invalid.put("durationMinutes", "must be a whole number of minutes");
        return null;
    }

    private static <T> T typed(JsonNode f, String key, Function<String, T> parse, String expected,
                               Map<String, String> invalid) {
        JsonNode v = f.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString() && !v.stringValue().isBlank()) {
            try {
                return parse.apply(v.stringValue().trim());
            } catch (RuntimeException e) {
                // fall through: recorded as invalid below
            }
        }
        if (v.isString() && v.stringValue().isBlank()) {
            return null;
        }
        invalid.put(key, "must be " + expected);
        return null;
    }

    private static <T> List<T> list(JsonNode f, String key, Map<String, String> invalid, Function<JsonNode, T> item) {
        JsonNode v = f.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            invalid.put(key, "must be an array");
            return null;
        }
        List<T> out = new ArrayList<>();
        for (JsonNode e : v.values()) {
            if (e.isObject()) {
                out.add(item.apply(e));
            } else if (e.isString()) {
                // a bare string is taken as the item's main text (a medication name, a goal's text)
                out.add(item.apply(MAPPER.createObjectNode().put("name", e.stringValue()).put("text", e.stringValue())
                        .put("code", e.stringValue())));
            } else {
                invalid.put(key, "items must be objects");
            }
        }
        return out;
    }

    private static Clinician clinician(JsonNode f, Map<String, String> invalid) {
        JsonNode v = f.get("clinician");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject()) {
            return new Clinician(text(v, "name"), text(v, "credentials"));
        }
        if (v.isString()) {
            return new Clinician(v.stringValue(), "");
        }
        invalid.put("clinician", "must be an object with name and credentials");
        return null;
    }

    private static String text(JsonNode obj, String key) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asString() : "";
    }

    static LocalDate date(String s) {
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10);
        }
        LocalDate canonical = CanonicalTimes.date(s);
        return canonical != null ? canonical : LocalDate.parse(s);
    }

    static LocalTime time(String s) {
        LocalTime canonical = CanonicalTimes.time(s);
        return canonical != null ? canonical : LocalTime.parse(s.length() == 4 && s.charAt(1) == ':' ? "0" + s : s);
    }

    static Instant instant(String s) {
        Instant canonical = CanonicalTimes.instant(s);
        if (canonical != null) {
            return canonical;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    static String where(TokenStreamLocation loc) {
        if (loc == null || loc == TokenStreamLocation.NA || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** A short reason from the exception type, never its message (which may quote the input). */
    public static String reason(JacksonException e) {
        String name = e.getClass().getSimpleName();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        if (original.startsWith("Unexpected character")) {
            return "unexpected character";
        }
        if (original.startsWith("Unrecognized token")) {
            return "unrecognized token";
        }
        if (original.contains("nesting depth")) {
            return "nested too deeply";
        }
        if (original.contains("Invalid UTF-8")) {
            return "invalid UTF-8";
        }
        if (original.contains("Illegal unquoted character")) {
            return "control character inside a string";
        }
        if (original.startsWith("Duplicate Object property")) {
            return "the same key twice in one object";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "a closing bracket or brace with nothing open to close";
        }
        if (original.contains("numeric value") || original.contains("Numeric value")) {
            return "a number that is not valid";
        }
        if (original.contains("character escape")) {
            return "an escape in a string that is not valid";
        }
        if (original.contains("was expecting")) {
            return "something else was expected here";
        }
        // never the exception's class name: a user reads this
        return name.contains("Constraints") ? "over a limit of the parser" : "not well-formed";
    }
}
