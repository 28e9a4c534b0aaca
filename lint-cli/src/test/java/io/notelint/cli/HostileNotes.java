package io.notelint.cli;

import io.notelint.core.json.NoteJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code src/test/resources/hostile.jsonl}: a file of hostile notes as a new user's export might
 * be, every messy-text case of the reliability issue with malformed JSON lines between them. Bytes
 * that are not UTF-8 and line ends of every convention are the point, so the file is generated rather
 * than edited by hand; {@link HostileBatchTest} checks the committed file is this program's output.
 *
 * <p>Regenerate after changing a case: {@code ./mvnw -pl lint-cli -am test -Dtest=HostileBatchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhostile.regenerate=true} rewrites the file, then commit it.
 */
final class HostileNotes {

    /** The options the acceptance run uses, so that the limit cases fit in a small file. */
    static final List<String> OPTIONS = List.of("--max-record-bytes", "250000", "--max-history", "5");

    /**
     * One line of the file.
     *
     * @param error the error code its result must carry, or null for a note that is linted
     */
    record Line(String name, byte[] bytes, String error) {
    }

    private HostileNotes() {
    }

    private static final String BASE = "S: Client reports she is \"doing well\" and talked about things. Denies SI/HI. "
            + "Mood 6/10.\nO: Affect anxious. Client was noncompliant with meds and seemed okay.\nA: Client is a drug "
            + "abuser who appears somewhat improved.\nP: Continue current plan. Next session 12/4 at 2:00 PM.";

    static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        ok(out, "plain note, after a byte-order mark", bytes("\uFEFF", note("h-01", BASE)));
        ok(out, "CRLF inside the text", note("h-02", BASE.replace("\n", "\r\n")));
        ok(out, "lone CR inside the text", note("h-03", BASE.replace("\n", "\r")));
        ok(out, "no-break and zero-width spaces", note("h-04", BASE.replace(" ", "\u00A0\u200B").replace("e", "e\u200D")));
        ok(out, "smart quotes", note("h-05", BASE.replace("\"doing well\"", "\u201Cdoing well\u201D").replace("'", "\u2019")));
        ok(out, "tabs and control characters", note("h-06", BASE.replace(": ", ":\t").replace("Mood", "\u0000Mood\u0007")
                .replace("Affect", "\u001B[31mAffect\u001B[0m")));
        out.add(new Line("a raw tab inside a JSON string", bytes("{\"id\": \"h-07\", \"text\": \"raw\ttab\"}"),
                "invalid-json"));
        ok(out, "invalid UTF-8 (Latin-1 bytes), replaced by default",
                bytes("{\"id\": \"h-08\", \"text\": \"Client seemed caf", new byte[] {(byte) 0xE9}, " and na",
                        new byte[] {(byte) 0xEF, (byte) 0xBF}, "ve. Next session 12/4.\"}"));
        ok(out, "case folding that changes length", note("h-09", BASE.replace("i", "\u0130").replace("ss", "\u00DF")
                .replace("fi", "\uFB01")));
        ok(out, "emoji and other surrogate pairs", note("h-10", BASE.replace("well", "well \uD83D\uDE00")
                .replace("okay", "\uD835\uDC28\uD835\uDC24\uD835\uDC1A\uD835\uDC32")));
        ok(out, "lone surrogates from JSON escapes", bytes("{\"id\": \"h-11\", \"text\": \"doing we\\ud83dll \\ude00 and"
                + " seemed okay\\ud800\"}"));
        out.add(new Line("truncated JSON", bytes("{\"id\": \"h-12\", \"text\": \"cut off"), "invalid-json"));
        ok(out, "a 200,000-character line with no sentence end", note("h-13",
                "Client doing well and talked about things and ".repeat(4_500).substring(0, 200_000)));
        ok(out, "headers only", note("h-14", "S:\nO:\nA:\nP:"));
        ok(out, "an empty note", note("h-15", ""));
        out.add(new Line("no text", bytes("{\"id\": \"h-16\", \"note\": \"where the text should be\"}"), "missing-field"));
        out.add(new Line("text of the wrong type", bytes("{\"id\": \"h-17\", \"text\": [\"a\", \"list\"]}"), "wrong-type"));
        out.add(new Line("not an object", bytes("[\"h-18\", \"text\"]"), "not-an-object"));
        out.add(new Line("a bare word", bytes("Subjective: client fine"), "invalid-json"));
        out.add(new Line("nested past the limit", bytes("{\"id\": \"h-20\", \"text\": \"x\", \"fields\": {\"custom\": "
                + "[".repeat(100) + "]".repeat(100) + "}}"), "too-deep"));
        out.add(new Line("a record past the size limit", note("h-21", "x".repeat(300_000)), "too-large"));
        out.add(new Line("history past the limit", noteWithHistory("h-22", BASE, 6), "too-large"));
        ok(out, "history within the limit, hostile itself", noteWithHistory("h-23", BASE.replace("\n", "\r"), 5));
        ok(out, "fields of every wrong shape", bytes("{\"id\": \"h-24\", \"format\": \"SOAPY\", \"text\": \"" + esc(BASE)
                + "\", \"fields\": {\"sessionDate\": \"2026-13-45\", \"startTime\": \"25:61\", \"durationMinutes\": -5,"
                + " \"cptCode\": 908.37, \"riskLevel\": \"extreme\", \"diagnoses\": \"F33\", \"medications\": [1, null],"
                + " \"signedAt\": \"yesterday\", \"clinician\": 7}, \"history\": null}"));
        // (a number past the largest double, 1e400, and a history that is not an array are error results
        // since issue 19: NoteJsonTest#duplicateKeysAHistoryOfTheWrongTypeAndOverflowingNumbersAreRefused)
        ok(out, "an id with a line break and quotes", bytes("{\"id\": \"h-25\\n\\\"quoted\\\"\", \"text\": \"" + esc(BASE)
                + "\"}"));
        out.add(new Line("trailing comma", bytes("{\"id\": \"h-26\", \"text\": \"x\",}"), "invalid-json"));
        out.add(new Line("UTF-16 text in a UTF-8 file", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "{\"id\":\"h-27\"}".getBytes(StandardCharsets.UTF_16LE)), "invalid-json"));
        ok(out, "a byte-order mark in the middle (files concatenated)", bytes("\uFEFF", note("h-28", BASE)));
        ok(out, "5,000 sentences with findings", note("h-29", "S: Doing well. Seemed okay. ".repeat(2_500)));
        ok(out, "combining marks and bidi controls", note("h-30", BASE.replace("e", "e\u0301").replace("S:", "\u202ES:\u202C")));
        ok(out, "a numeric id and a duplicate id", bytes("{\"id\": 31, \"text\": \"" + esc(BASE) + "\"}"));
        ok(out, "the duplicate", note("31", BASE));
        return out;
    }

    /** The file: each line's bytes, then its line end, the conventions taking turns (LF, CRLF, lone CR). */
    static byte[] file() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Line> lines = lines();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).bytes());
            out.writeBytes(ends[i % ends.length].getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static void ok(List<Line> out, String name, byte[] bytes) {
        out.add(new Line(name, bytes, null));
    }

    private static byte[] note(String id, String text) {
        return bytes(Notes.line(id, text));
    }

    private static byte[] noteWithHistory(String id, String text, int entries) {
        ObjectNode n = NoteJson.mapper().createObjectNode().put("id", id).put("text", text);
        ArrayNode history = n.putArray("history");
        for (int i = 0; i < entries; i++) {
            history.addObject().put("id", id + "-h" + i).put("text", text);
        }
        return bytes(n.toString());
    }

    private static String esc(String s) {
        String json = NoteJson.mapper().getNodeFactory().stringNode(s).toString();
        return json.substring(1, json.length() - 1);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
