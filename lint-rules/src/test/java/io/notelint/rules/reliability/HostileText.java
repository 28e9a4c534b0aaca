package io.notelint.rules.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Note texts as records systems produce them when nobody is looking: every messy-text case of the
 * reliability issue, each applied to a realistic note so that rules have something to find. Shared by
 * the hostile-text tests, the soak test and the fuzzers' seed corpus.
 */
final class HostileText {

    private HostileText() {
    }

    /** A note most rules have something to say about: vague status, a plan without a date, risk words. */
    static final String BASE = """
            S: Client reports she is "doing well" and talked about things. Denies SI/HI. Mood 6/10, sleeping 5 hours.
            O: Affect anxious, speech normal. Client was noncompliant with meds and seemed okay.
            A: Client is a drug abuser who appears somewhat improved. Passive suicidal ideation last week.
            P: Continue current plan. Follow up as needed. Next session 12/4 at 2:00 PM; practice breathing daily.
            """;

    private static final Map<String, UnaryOperator<String>> TRANSFORMS = new LinkedHashMap<>();

    static {
        TRANSFORMS.put("as written", t -> t);
        TRANSFORMS.put("byte-order mark", t -> "\uFEFF" + t);
        TRANSFORMS.put("CRLF", t -> t.replace("\n", "\r\n"));
        TRANSFORMS.put("lone CR", t -> t.replace("\n", "\r"));
        TRANSFORMS.put("no-break spaces", t -> t.replace(' ', '\u00A0'));
        TRANSFORMS.put("zero-width spaces between words", t -> t.replace(" ", " \u200B"));
        TRANSFORMS.put("zero-width joiners inside words", t -> t.replace("e", "e\u200D"));
        TRANSFORMS.put("smart quotes and dashes", t -> t.replace("\"doing well\"", "\u201Cdoing well\u201D")
                .replace("'", "\u2019").replace(" - ", " \u2014 ").replace("Denies", "\u2018Denies\u2019"));
        TRANSFORMS.put("tabs", t -> t.replace(": ", ":\t").replace(". ", ".\t\t"));
        TRANSFORMS.put("control characters", t -> t.replace("Mood", "\u0000Mood\u0007").replace("Affect",
                "\u001B[31mAffect\u001B[0m").replace("P:", "\u000BP:\u000C"));
        TRANSFORMS.put("replacement characters", t -> t.replace("e", "\uFFFD"));
        TRANSFORMS.put("case folding that changes length", t -> t.replace("i", "\u0130").replace("ss", "\u00DF")
                .replace("fi", "\uFB01").replace("Client", "CL\u0130ENT"));
        TRANSFORMS.put("emoji and surrogate pairs", t -> t.replace("well", "well \uD83D\uDE00").replace("Mood",
                "\uD83D\uDE22Mood").replace("okay", "\uD835\uDC28\uD835\uDC24\uD835\uDC1A\uD835\uDC32"));
        TRANSFORMS.put("lone surrogates", t -> t.replace("well", "we\uD83Dll").replace("okay", "\uDE00okay\uD800"));
        TRANSFORMS.put("combining marks and bidi controls", t -> t.replace("e", "e\u0301").replace("S:", "\u202ES:\u202C")
                .replace("P:", "\u200FP:"));
        TRANSFORMS.put("all capitals", t -> t.toUpperCase(java.util.Locale.ROOT));
        TRANSFORMS.put("one line", t -> t.replace('\n', ' '));
        TRANSFORMS.put("blank lines everywhere", t -> t.replace("\n", "\n\n \n\t\n"));
    }

    /** Each messy-text case applied to {@link #BASE}, by name. */
    static Map<String, String> variants() {
        Map<String, String> out = new LinkedHashMap<>();
        TRANSFORMS.forEach((name, f) -> out.put(name, f.apply(BASE)));
        out.putAll(shapes());
        return out;
    }

    /** Notes of odd shapes rather than odd characters. */
    static Map<String, String> shapes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("empty", "");
        out.put("white space only", " \n\t\r\n\u00A0\u200B\n");
        out.put("headers only", "S:\nO:\nA:\nP:\n");
        out.put("headers only, no line ends", "Subjective: Objective: Assessment: Plan:");
        out.put("a 200,000-char line with no sentence end", "Client doing well and talked about things and "
                .repeat(4_500).substring(0, 200_000));
        out.put("one 50,000-letter word", "P: " + "a".repeat(50_000));
        out.put("10,000 header lines", "P:\n".repeat(10_000));
        out.put("10,000 open parentheses", "P: (" + "(".repeat(10_000) + " next session 12/4");
        out.put("10,000 periods", "S: " + ".".repeat(10_000) + " Client okay.");
        out.put("10,000 quotes", "S: " + "\"".repeat(10_001) + " doing well");
        out.put("a 20,000-part number", "Mood " + "1/".repeat(10_000) + "10.");
        out.put("5,000 sentences of vague words", "S: Doing well. Seemed okay. ".repeat(2_500));
        out.put("a single character", "P");
        out.put("a single emoji", "\uD83D\uDE00");
        out.put("a lone high surrogate", "\uD83D");
        out.put("NUL characters", "\u0000".repeat(1_000));
        return out;
    }
}
