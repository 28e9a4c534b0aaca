package io.notelint.bench;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.text.ResourceLines;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic synthetic progress notes for benchmarks: about {@value #WORDS} words each, in every
 * format in turn (SOAP, DAP, BIRP, GIRP, PIE, free text), with the usual structured fields, and one
 * note in three carrying the client's earlier notes as history. Note {@code i} depends only on the
 * seed and {@code i}, so a batch of any size streams out without being held, and two runs with the
 * same seed produce the same bytes. The sentences come from {@code note-phrases.tsv} (invented text,
 * some of it deliberately vague so the rules have something to find).
 */
public final class NoteGenerator {

    /** Target words of a note's text. */
    public static final int WORDS = 400;

    private static final NoteFormat[] FORMATS = NoteFormat.values();
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 5);

    /** Sections of each format: header and the sentence pools it draws from, with its share of words. */
    private static final Map<NoteFormat, List<Part>> LAYOUTS = new EnumMap<>(NoteFormat.class);

    static {
        LAYOUTS.put(NoteFormat.SOAP, List.of(new Part("S:", 0.35, "SUBJ"), new Part("O:", 0.2, "OBJ"),
                new Part("A:", 0.25, "ASSESS"), new Part("P:", 0.2, "PLAN")));
        LAYOUTS.put(NoteFormat.DAP, List.of(new Part("Data:", 0.5, "SUBJ", "OBJ", "INTERV"),
                new Part("Assessment:", 0.3, "ASSESS"), new Part("Plan:", 0.2, "PLAN")));
        LAYOUTS.put(NoteFormat.BIRP, List.of(new Part("Behavior:", 0.3, "SUBJ", "OBJ"),
                new Part("Intervention:", 0.25, "INTERV"), new Part("Response:", 0.25, "RESP"),
                new Part("Plan:", 0.2, "PLAN")));
        LAYOUTS.put(NoteFormat.GIRP, List.of(new Part("Goal:", 0.15, "GOAL"), new Part("Intervention:", 0.3, "INTERV"),
                new Part("Response:", 0.35, "RESP", "SUBJ"), new Part("Plan:", 0.2, "PLAN")));
        LAYOUTS.put(NoteFormat.PIE, List.of(new Part("Problem:", 0.35, "SUBJ", "OBJ"),
                new Part("Intervention:", 0.3, "INTERV"), new Part("Evaluation:", 0.35, "RESP", "ASSESS", "PLAN")));
        LAYOUTS.put(NoteFormat.FREE, List.of(new Part("", 0.6, "SUBJ", "OBJ", "INTERV", "RESP"),
                new Part("", 0.4, "ASSESS", "PLAN")));
    }

    private final long seed;
    private final Map<String, List<String[]>> pools;

    public NoteGenerator(long seed) {
        this.seed = seed;
        Map<String, List<String[]>> p = new HashMap<>();
        for (String[] row : ResourceLines.tsv(NoteGenerator.class, "note-phrases.tsv", 2)) {
            p.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        }
        this.pools = Map.copyOf(p);
    }

    /** Note {@code index} as a JSON object (note-format.md). */
    public ObjectNode json(long index) {
        Random r = new Random(seed * 1_000_003L + index);
        NoteFormat format = FORMATS[(int) (index % FORMATS.length)];
        LocalDate date = FIRST_DATE.plusDays(r.nextInt(300));
        ObjectNode note = body("n-" + index, format, date, r);
        if (index % 3 == 0) {
            ArrayNode history = note.putArray("history");
            int earlier = 1 + r.nextInt(2);
            for (int h = 1; h <= earlier; h++) {
                LocalDate before = date.minusDays(7L * h);
                if (h == 1 && r.nextInt(10) == 0) {
                    // now and then the previous note is this one carried forward: what clone rules look for
                    ObjectNode copy = note.deepCopy();
                    copy.remove("history");
                    copy.put("id", "n-" + index + "-h" + h);
                    ((ObjectNode) copy.get("fields")).put("sessionDate", before.toString());
                    history.add(copy);
                } else {
                    history.add(body("n-" + index + "-h" + h, format, before, r));
                }
            }
        }
        return note;
    }

    /** Note {@code index} as one JSON line. */
    public String jsonLine(long index) {
        return NoteJson.mapper().writeValueAsString(json(index));
    }

    /** Note {@code index} as a model object, decoded the way the readers decode it. */
    public Note note(long index) {
        return NoteJson.fromTree(json(index));
    }

    /** Notes {@code 0..count-1}. */
    public List<Note> notes(int count) {
        List<Note> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(note(i));
        }
        return out;
    }

    private ObjectNode body(String id, NoteFormat format, LocalDate date, Random r) {
        List<String[]> goals = pick(r, "GOALTEXT", 1 + r.nextInt(2));
        ObjectNode note = NoteJson.mapper().createObjectNode();
        note.put("id", id);
        if (r.nextInt(4) != 0) {
            note.put("format", format.name()); // a quarter leave the format to detection
        }
        note.put("text", text(format, date, goals.size(), r));
        ObjectNode f = note.putObject("fields");
        f.put("clientId", "c-" + r.nextInt(100_000));
        f.put("sessionDate", date.toString());
        LocalTime start = LocalTime.of(8 + r.nextInt(10), r.nextBoolean() ? 0 : 30);
        int minutes = new int[] {30, 45, 53, 60}[r.nextInt(4)];
        f.put("startTime", start.toString());
        f.put("endTime", start.plusMinutes(minutes).toString());
        f.put("durationMinutes", minutes);
        f.put("cptCode", minutes < 38 ? "90832" : minutes < 53 ? "90834" : "90837");
        f.put("modality", "individual");
        String[] dx = one(r, "DX");
        f.putArray("diagnoses").addObject().put("code", dx[1]).put("display", dx[2]);
        if (r.nextInt(3) == 0) {
            String[] med = one(r, "MED");
            f.putArray("medications").addObject().put("name", med[1]).put("dose", med[2]).put("frequency", med[3]);
        }
        f.put("riskLevel", new String[] {"none", "low", "low", "moderate"}[r.nextInt(4)]);
        ArrayNode g = f.putArray("goals");
        for (int i = 0; i < goals.size(); i++) {
            g.addObject().put("id", "G" + (i + 1)).put("text", goals.get(i)[1]);
        }
        String[] clinician = one(r, "CLIN");
        f.putObject("clinician").put("name", clinician[1]).put("credentials", clinician[2]);
        f.put("signedAt", date.plusDays(r.nextInt(6)).atTime(17, r.nextInt(60)).toInstant(ZoneOffset.UTC).toString());
        return note;
    }

    private String text(NoteFormat format, LocalDate date, int goals, Random r) {
        StringBuilder out = new StringBuilder();
        for (Part part : LAYOUTS.get(format)) {
            if (out.length() > 0) {
                out.append(format == NoteFormat.FREE ? "\n\n" : "\n");
            }
            if (!part.header().isEmpty()) {
                out.append(part.header()).append(' ');
            }
            int budget = (int) Math.round(WORDS * part.share());
            int words = 0;
            int sentences = 0;
            while (words < budget) {
                String pool = part.pools()[r.nextInt(part.pools().length)];
                String sentence = fill(one(r, pool)[1], date, goals, r);
                if (sentences > 0) {
                    out.append(sentences % 4 == 0 ? "\n" : " ");
                }
                out.append(sentence);
                words += sentence.split(" ").length;
                sentences++;
            }
        }
        return out.toString();
    }

    private String fill(String template, LocalDate date, int goals, Random r) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "n" -> Integer.toString(1 + r.nextInt(9));
                case "m" -> Integer.toString(2 + r.nextInt(9));
                case "hours" -> Integer.toString(3 + r.nextInt(7));
                case "min" -> Integer.toString(5 + r.nextInt(36));
                case "day" -> DAYS[r.nextInt(DAYS.length)];
                case "next" -> date.plusDays(7 + r.nextInt(8)).format(DateTimeFormatter.ofPattern("M/d"));
                case "time" -> String.format("%d:%02d", 9 + r.nextInt(8), r.nextBoolean() ? 0 : 30);
                case "skill" -> one(r, "SKILL")[1];
                case "stressor" -> one(r, "STRESSOR")[1];
                case "person" -> one(r, "PERSON")[1];
                case "goal" -> "G" + (1 + r.nextInt(goals));
                default -> throw new IllegalStateException("unknown slot " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String[] one(Random r, String pool) {
        List<String[]> rows = pools.get(pool);
        return rows.get(r.nextInt(rows.size()));
    }

    private List<String[]> pick(Random r, String pool, int count) {
        List<String[]> rows = new ArrayList<>(pools.get(pool));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count && !rows.isEmpty(); i++) {
            out.add(rows.remove(r.nextInt(rows.size())));
        }
        return out;
    }

    private record Part(String header, double share, String... pools) {
    }
}
