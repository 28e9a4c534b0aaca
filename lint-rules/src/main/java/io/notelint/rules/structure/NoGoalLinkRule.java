package io.notelint.rules.structure;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.model.Goal;
import io.notelint.core.model.NoteKind;
import io.notelint.core.model.SectionKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * golden-thread: the note has treatment-plan goals in its fields but ties the session to none of
 * them. It is tied when it names a goal id ("G1", "goal 2", "Goal #2", "objective 1a"), speaks of
 * goals or the treatment plan, or shares a substantive word with a goal's text ("PHQ-9", "planner",
 * "panic"; stop words and generic goal words such as "reduce" or "symptoms" do not count). Header
 * labels are not the note's words ("Treatment Plan:" is only a heading). Silent without goals.
 */
public final class NoGoalLinkRule implements Rule {

    /** Goal ids as notes write them: G1, STG 2, Goal #3, goal 1, Obj. 1a, objective 2b, goal two. */
    private static final GoalIds GOAL_IDS = GoalIds.load();

    /** Words of one goal sharing at least this many leading letters match ("depressive"/"depression"). */
    private static final int SHARED_PREFIX = 7;

    private static final RuleMeta META = RuleMeta.builder("golden-thread/no-goal-link", Category.GOLDEN_THREAD)
            .appliesTo(NoteKind.PROGRESS, NoteKind.GROUP, NoteKind.DISCHARGE)
            .severity(Severity.WARNING)
            .description("The note's treatment-plan goals are known, but the note ties the session to none of them: "
                    + "no goal id, no mention of goals or the treatment plan, no wording shared with any goal.")
            .rationale("Auditors follow the 'golden thread' from assessment to treatment-plan goals to each "
                    + "session's interventions and progress. A note that never connects the session to a plan goal "
                    + "does not show the service was medically necessary for that plan.")
            .reference("Colorado insurer/Medicaid audit tool D3: goals/objectives from the current plan addressed")
            .reference("Oklahoma OAC 450:27-7-44: specific plan needs, goals and objectives addressed")
            .reference("Texas community mental health rule 'Documentation of service provision': treatment-plan "
                    + "objective(s) focused on")
            .reference("Maine MH licensing PN.1: notes address progress toward service-plan goals")
            .option(OptionSpec.integer("minSharedWords", 1,
                    "How many content words a note must share with the goals' text to count as tied to them"))
            .message("noLink", "The note ties the session to none of the treatment-plan goals ({goals})")
            .suggestion("noLink", "Name the goal this session worked on (e.g. 'G1') and the progress toward it.")
            .good(note("A: Progress toward G1 continues; PHQ-9 12.")
                    .field("goals", List.of(Map.of("id", "G1", "text", "Reduce PHQ-9 below 10"))))
            .good(note("Client used her planner on 6 of 7 days.")
                    .field("goals", List.of(Map.of("id", "G1", "text", "Use a planner daily"))))
            .good(note("Reviewed treatment plan; client wants to keep working on assertiveness.")
                    .field("goals", List.of(Map.of("id", "2", "text", "Reduce panic attacks to one per week"))))
            .good(note("Client had one panic attack this week, down from four.")
                    .field("goals", List.of(Map.of("id", "G1", "text", "Reduce panic attacks to one per week"))))
            .good(note("Addressed objective 1a: client initiated two conversations at work.")
                    .field("goals", List.of(Map.of("id", "1", "text", "Improve social functioning"))))
            .good("Client reports an argument with her landlord and poor sleep.")
            .bad(note("S: Client reports an argument with her landlord and three nights of poor sleep.\nO: "
                        + "Irritable.\nA: Situational stress; a call to a friend helped.\nP: Sleep hygiene handout; next "
                        + "session 11/30.")
                    .field("goals", List.of(Map.of("id", "G1", "text", "Increase pleasant activities to 4 per week"), Map.of("id", "G2", "text", "Reduce PHQ-9 below 10"))))
            .bad(note("Treatment Plan: Continue weekly sessions. Client reports a stressful week at work and rates "
                        + "stress 7/10.")
                    .field("goals", List.of(Map.of("id", "G1", "text", "Abstain from alcohol for 90 days"))))
            .bad(note("Client discussed her daughter's school problems. Reduce stress. Next session weekly.")
                    .field("goals", List.of(Map.of("id", "A", "text", "Reduce nightmares to fewer than 2 per week"))))
            .build();

    private final PhraseLexicon<String> mentions;
    private final PhraseLexicon<String> stopPhrases;
    private final Set<String> stopNorms;
    private final Set<String> nounMarkers;

    public NoGoalLinkRule() {
        TextToolkit tools = TextToolkit.standard();
        this.mentions = PhraseLexicon.ofPhrases(ResourceLines.lines(NoGoalLinkRule.class, "goal-mentions.txt"),
                tools.tokenizer());
        this.stopPhrases = PhraseLexicon.ofPhrases(ResourceLines.lines(NoGoalLinkRule.class, "goal-stop-phrases.txt"),
                tools.tokenizer());
        Set<String> markers = new HashSet<>();
        for (String w : ResourceLines.lines(NoGoalLinkRule.class, "goal-noun-markers.txt")) {
            markers.add(w.strip().toLowerCase(Locale.ROOT));
        }
        this.nounMarkers = Set.copyOf(markers);
        Set<String> stops = new HashSet<>();
        for (String w : ResourceLines.lines(NoGoalLinkRule.class, "goal-stopwords.txt")) {
            stops.add(tools.normalizer().normalize(w.strip()));
        }
        this.stopNorms = Set.copyOf(stops);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        List<Goal> goals = ctx.note().fields().goalList().stream()
                .filter(g -> !g.text().isBlank() || !g.id().isBlank()).toList();
        if (goals.isEmpty() || ctx.text().isBlank()) {
            return;
        }
        AnalyzedNote note = ctx.analysis();
        if (namesGoalId(note, goals) || speaksOfGoals(note)
                || sharedWords(note, goals, ctx.options().integer("minSharedWords")) >= ctx.options().integer("minSharedWords")) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Goal g : goals) {
            ids.add(g.id().isBlank() ? abbreviate(g.text()) : g.id());
        }
        ctx.report(Report.of("noLink").arg("goals", String.join(", ", ids))
                .suggest("noLink"));
    }

    private static boolean namesGoalId(AnalyzedNote note, List<Goal> goals) {
        String text = note.text();
        if (GOAL_IDS.in(text)) {
            return true; // a numbered header ("Goal 1:", "Objective 2a:") names a goal too
        }
        for (Goal g : goals) {
            String id = g.id();
            // a one-character or all-digit id ("1", "A") is too common a string to search for on its own;
            // GOAL_IDS finds it in context ("goal 1")
            if (id.length() >= 2 && id.chars().anyMatch(Character::isLetter)) {
                // ids are single tokens ("G1", "G-2", "1a"): compared per token, no per-note pattern
                for (Token t : note.tokens()) {
                    if (t.text().equalsIgnoreCase(id) && !inHeader(note, t.span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean speaksOfGoals(AnalyzedNote note) {
        for (Section s : note.sections().sections()) {
            if (s.kind() == SectionKind.GOAL && !Placeholders.standard().isEmpty(note.text(), s)) {
                return true; // a GIRP "Goal:" section states the session's goal
            }
        }
        for (PhraseLexicon.Match<String> m : mentions.find(note.tokens())) {
            if (!inHeader(note, m.span())) {
                return true;
            }
        }
        return false;
    }

    /** Distinct goal words the note shares (exactly, or by a long common stem), counted up to {@code enough}. */
    private int sharedWords(AnalyzedNote note, List<Goal> goals, int enough) {
        Set<String> goalWords = new HashSet<>();
        TextToolkit tools = note.tools();
        for (Goal g : goals) {
            List<Token> tokens = tools.tokenizer().tokenize(g.text(), new Span(0, g.text().length()));
            List<Span> idioms = idioms(tokens);
            for (Token t : tokens) {
                if (substantive(t) && !within(idioms, t)) {
                    goalWords.add(t.norm());
                }
            }
        }
        Set<String> shared = new HashSet<>();
        List<Span> idioms = idioms(note.tokens());
        for (Token t : note.tokens()) {
            if (shared.size() >= enough || goalWords.isEmpty()) {
                break;
            }
            if (!substantive(t) || inHeader(note, t.span()) || within(idioms, t)) {
                continue;
            }
            for (String w : goalWords) {
                if (w.equals(t.norm()) || sharedPrefix(w, t.norm()) >= SHARED_PREFIX) {
                    shared.add(w);
                    break;
                }
            }
        }
        return shared.size();
    }

    /** Spans of the stop phrases ("worked on", "working through") among the tokens. */
    private List<Span> idioms(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        for (PhraseLexicon.Match<String> m : stopPhrases.find(tokens)) {
            int first = m.firstToken();
            // "back at work on Monday": after a preposition or a determiner "work" is the noun
            boolean noun = first > 0 && nounMarkers.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
            if (!noun) {
                out.add(m.span());
            }
        }
        return out;
    }

    private static boolean within(List<Span> spans, Token t) {
        for (Span s : spans) {
            if (s.contains(t.span())) {
                return true;
            }
        }
        return false;
    }

    /** A content word: has a letter, is not a stop word, and is not a bare short word. */
    private boolean substantive(Token t) {
        if (!t.isWord() || stopNorms.contains(t.norm())) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < t.text().length(); i++) {
            letter |= Character.isLetter(t.text().charAt(i));
        }
        return letter && (t.text().length() >= 3 || t.hasDigit());
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean inHeader(AnalyzedNote note, Span span) {
        Section s = note.sectionAt(span.start()).orElse(null);
        return s != null && s.headerSpan() != null && s.headerSpan().overlaps(span);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 30 ? t.substring(0, 30).toLowerCase(Locale.ROOT) + "..." : t;
    }
}
