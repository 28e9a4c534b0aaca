package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.LineIndex;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, one run, streamed: the driver and its rules first, then one result per finding as the
 * batch goes, then the invocation with its notifications.
 *
 * <p>Locations. A note inside a batch file is its own artifact, {@code file#noteId} (a URI reference
 * whose fragment is the note id, percent-encoded), and a region's lines, columns and char offsets are
 * positions in that note's text; a {@code .txt} note is the file itself. Columns count UTF-16 code
 * units ({@code run.columnKind}), as Java strings and our spans do. Every result also carries a
 * logical location naming the note, which is all a note-level finding (no span) points at.
 *
 * <p>Privacy. Results carry rule ids, messages and positions, never the note text: no snippets, since
 * SARIF files are uploaded to dashboards. Rule messages may quote the note, so {@code
 * ResultFormat.SARIF.create} wraps this writer in {@link Redaction} unless told otherwise. Records that could not be read and rules that failed become
 * {@code toolExecutionNotifications} of level error (so a consumer knows the result set is incomplete);
 * {@code executionSuccessful} is false only when the batch stopped early. At most
 * {@value #MAX_NOTIFICATIONS} notifications are kept; a last one counts the rest.
 */
public final class SarifResultWriter implements ResultWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final int MAX_NOTIFICATIONS = 10_000;

    private final Writer out;
    private final ToolInfo tool;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<ObjectNode> notifications = new ArrayList<>();
    private long omittedNotifications;
    private JsonGenerator g;

    public SarifResultWriter(Writer out, ToolInfo tool) {
        this.out = out;
        this.tool = tool;
        for (int i = 0; i < tool.rules().size(); i++) {
            ruleIndex.putIfAbsent(tool.rules().get(i).id(), i);
        }
    }

    @Override
    public void begin() {
        try {
            g = NoteJson.mapper().writerWithDefaultPrettyPrinter().createGenerator(out);
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            g.writeName("tool");
            g.writeTree(driver());
            g.writeStringProperty("columnKind", "utf16CodeUnits");
            g.writeArrayPropertyStart("results");
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        }
    }

    private ObjectNode driver() {
        ObjectNode toolNode = NoteJson.mapper().createObjectNode();
        ObjectNode d = toolNode.putObject("driver");
        d.put("name", tool.name());
        d.put("version", tool.version());
        if (tool.informationUri() != null) {
            d.put("informationUri", tool.informationUri());
        }
        ArrayNode rules = d.putArray("rules");
        for (ActiveRule r : tool.rules()) {
            rules.add(descriptor(r.rule().meta()));
        }
        return toolNode;
    }

    static ObjectNode descriptor(RuleMeta m) {
        ObjectNode r = NoteJson.mapper().createObjectNode();
        r.put("id", m.id());
        r.put("name", pascalName(m.id()));
        r.putObject("shortDescription").put("text", m.description());
        r.putObject("fullDescription").put("text", m.rationale().isBlank() ? m.description() : m.rationale());
        StringBuilder help = new StringBuilder(m.description());
        if (!m.rationale().isBlank()) {
            help.append("\n\n").append(m.rationale());
        }
        if (!m.references().isEmpty()) {
            help.append("\n\nReferences:");
            m.references().forEach(ref -> help.append("\n- ").append(ref));
        }
        if (!m.suggestions().isEmpty()) {
            // no suggestion is a machine-applicable edit, so SARIF gets them as the rule's help, not as fixes
            help.append("\n\nHow to fix:");
            m.suggestions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> help.append("\n- ").append(e.getValue()));
        }
        r.putObject("help").put("text", help.toString());
        r.putObject("defaultConfiguration").put("level", level(m.defaultSeverity()));
        ObjectNode props = r.putObject("properties");
        props.put("category", m.category().id());
        props.putArray("tags").add(m.category().id());
        if (!m.stable()) {
            props.put("experimental", true);
        }
        return r;
    }

    /** "vague-language/vague-status" -> "VagueStatus": SARIF's name is an identifier-like label. */
    static String pascalName(String id) {
        String last = id.substring(id.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        for (String part : last.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void write(RecordOrigin origin, LintResult result) {
        if (result.error() != null) {
            notify(badRecord(origin, result.noteId(), result.error()));
            return;
        }
        LineIndex lines = null;
        try {
            for (Finding f : result.findings()) {
                if (f.span() != null && lines == null && result.text() != null) {
                    lines = LineIndex.of(result.text());
                }
                g.writeTree(result(origin, result.noteId(), f, lines));
            }
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        }
        for (RuleError e : result.ruleErrors()) {
            notify(ruleFailure(origin, result.noteId(), e));
        }
    }

    private ObjectNode result(RecordOrigin origin, String noteId, Finding f, LineIndex lines) {
        ObjectNode r = NoteJson.mapper().createObjectNode();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", f.message());
        ObjectNode loc = r.putArray("locations").addObject();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", origin.noteUri(noteId));
        if (f.span() != null && lines != null) {
            int s = f.span().start();
            int e = f.span().end();
            physical.putObject("region")
                    .put("startLine", lines.line(s)).put("startColumn", lines.column(s))
                    .put("endLine", lines.line(e)).put("endColumn", lines.column(e))
                    .put("charOffset", s).put("charLength", e - s);
        }
        loc.putArray("logicalLocations").add(noteLocation(noteId));
        ObjectNode props = r.putObject("properties");
        props.put("category", f.category().id());
        props.put("noteId", noteId);
        if (f.section() != null) {
            props.put("section", f.section());
        }
        if (f.suggestion() != null) {
            // advice for the clinician, never an edit: a property, not a SARIF fix
            props.put("suggestion", f.suggestion());
        }
        return r;
    }

    /** The note as a logical location: a JSON object named by its id (the section is a property). */
    private static ObjectNode noteLocation(String noteId) {
        ObjectNode l = NoteJson.mapper().createObjectNode();
        l.put("name", noteId);
        l.put("fullyQualifiedName", noteId);
        l.put("kind", "object");
        return l;
    }

    private ObjectNode badRecord(RecordOrigin origin, String noteId, NoteError error) {
        ObjectNode n = NoteJson.mapper().createObjectNode();
        n.put("level", "error");
        n.putObject("message").put("text", "record " + noteId + " was not linted: " + error.message());
        n.putObject("descriptor").put("id", "notelint/input/" + error.code());
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", origin.sourceUri());
        if (!origin.wholeFile() && origin.line() > 0) {
            physical.putObject("region").put("startLine", origin.line());
        }
        n.putObject("properties").put("noteId", noteId).put("code", error.code());
        return n;
    }

    private ObjectNode ruleFailure(RecordOrigin origin, String noteId, RuleError error) {
        ObjectNode n = NoteJson.mapper().createObjectNode();
        n.put("level", "error");
        n.putObject("message").put("text", "rule " + error.ruleId() + " failed on note " + noteId
                + "; its findings for this note are missing: " + error.message());
        n.putObject("descriptor").put("id", "notelint/rule-failure");
        ObjectNode rule = n.putObject("associatedRule").put("id", error.ruleId());
        Integer index = ruleIndex.get(error.ruleId());
        if (index != null) {
            rule.put("index", index);
        }
        ObjectNode loc = n.putArray("locations").addObject();
        loc.putObject("physicalLocation").putObject("artifactLocation").put("uri", origin.noteUri(noteId));
        loc.putArray("logicalLocations").add(noteLocation(noteId));
        n.putObject("properties").put("noteId", noteId);
        return n;
    }

    private void notify(ObjectNode notification) {
        if (notifications.size() < MAX_NOTIFICATIONS) {
            notifications.add(notification);
        } else {
            omittedNotifications++;
        }
    }

    @Override
    public void finish(boolean completed) {
        try {
            g.writeEndArray(); // results
            g.writeArrayPropertyStart("invocations");
            g.writeStartObject();
            g.writeBooleanProperty("executionSuccessful", completed);
            if (!notifications.isEmpty()) {
                g.writeArrayPropertyStart("toolExecutionNotifications");
                for (ObjectNode n : notifications) {
                    g.writeTree(n);
                }
                if (omittedNotifications > 0) {
                    ObjectNode more = NoteJson.mapper().createObjectNode();
                    more.put("level", "error");
                    more.putObject("message").put("text", omittedNotifications
                            + " more records or rule failures were not listed");
                    g.writeTree(more);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndArray(); // invocations
            g.writeEndObject(); // run
            g.writeEndArray(); // runs
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }
}
