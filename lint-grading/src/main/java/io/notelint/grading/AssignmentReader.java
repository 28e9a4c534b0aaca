package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.pattern.GuardedPattern;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an assignment document into an {@link Assignment}, reporting every mistake with file, line and key. */
final class AssignmentReader {

    /** Long enough for any sensible pattern; longer ones are usually pasted by mistake. */
    static final int MAX_PATTERN_LENGTH = 500;

    private static final Set<String> ROOT_KEYS = Set.of("id", "version", "title", "description", "requirements");
    private static final Set<String> REQUIREMENT_KEYS = Set.of("id", "title", "weight", "patterns", "phrases",
            "noFindings", "why", "fix");

    private AssignmentReader() {
    }

    static Assignment read(LocatedTree tree) {
        GradingFiles.Read<Requirement> in = GradingFiles.read(tree, "assignment", ROOT_KEYS, "requirements",
                AssignmentReader::requirement);
        in.finish(Contract.ASSIGNMENT);
        GradingFiles.Head h = in.head();
        return new Assignment(h.id(), h.version(), h.title(), h.description(), in.parts(), tree.source());
    }

    private static Requirement requirement(TreeReader r, Map<String, Object> m, String path, Set<String> seen) {
        int before = r.problemCount();
        r.onlyKeys(m, path, REQUIREMENT_KEYS, null);
        String id = RubricReader.id(r, m, path, "id");
        if (id != null && !seen.add(id)) {
            r.problem(TreeReader.join(path, "id"), "duplicate requirement id '" + id + "'");
        }
        String title = r.requiredString(m, path, "title");
        Integer weight = r.requiredInt(m, path, "weight", 1, RubricReader.MAX_POINTS);
        String why = r.requiredString(m, path, "why");
        String fix = r.requiredString(m, path, "fix");

        List<String> patternTexts = r.strings(m, path, "patterns");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < patternTexts.size(); i++) {
            Pattern p = pattern(r, patternTexts.get(i), TreeReader.join(path, "patterns") + "[" + i + "]");
            if (p != null) {
                patterns.add(p);
            }
        }

        List<String> phrases = r.strings(m, path, "phrases");
        Tokenizer tokenizer = TextToolkit.standard().tokenizer();
        Map<String, String> lexiconEntries = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (tokenizer.tokenize(phrase, new Span(0, phrase.length())).stream().noneMatch(Token::isWord)) {
                r.problem(TreeReader.join(path, "phrases") + "[" + i + "]", "the phrase has no words to match");
            }
            lexiconEntries.put(phrase, phrase);
        }

        List<String> targetTexts = r.strings(m, path, "noFindings");
        List<Target> noFindings = new ArrayList<>();
        for (int i = 0; i < targetTexts.size(); i++) {
            Target t = Targets.parse(targetTexts.get(i), TreeReader.join(path, "noFindings") + "[" + i + "]", r);
            if (t != null) {
                noFindings.add(t);
            }
        }
        if (patternTexts.isEmpty() && phrases.isEmpty() && targetTexts.isEmpty()
                && !m.containsKey("patterns") && !m.containsKey("phrases") && !m.containsKey("noFindings")) {
            r.problem(path, "say what the note must contain: 'patterns', 'phrases' or 'noFindings'");
        }
        if (r.problemCount() > before) {
            return null;
        }
        PhraseLexicon<String> lexicon = lexiconEntries.isEmpty() ? null : PhraseLexicon.of(lexiconEntries, tokenizer);
        return new Requirement(id, title, weight, patterns, phrases, lexicon, noFindings, why, fix, r.locate(path));
    }

    private static Pattern pattern(TreeReader r, String text, String at) {
        if (text.length() > MAX_PATTERN_LENGTH) {
            r.problem(at, "pattern longer than " + MAX_PATTERN_LENGTH + " characters");
            return null;
        }
        try {
            Pattern p = GuardedPattern.compile(text, 0);
            if (p.matcher("").matches()) {
                r.problem(at, "the pattern matches empty text, so every note would meet it");
                return null;
            }
            return p;
        } catch (PatternSyntaxException e) {
            r.problem(at, "not a valid RE2/J pattern: " + e.getDescription());
            return null;
        } catch (GuardedPattern.Refused e) {
            r.problem(at, e.getMessage());
            return null;
        }
    }
}
