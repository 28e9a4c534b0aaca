package io.notelint.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each declarative rule type, read from YAML and run through the real engine. */
class RuleTypesTest {

    static Linter linterOf(String yaml) {
        Linter.Builder b = Linter.builder();
        RuleFiles.parse(yaml, "test.yaml", false).forEach(b::addRule);
        return b.build();
    }

    static List<Finding> lint(String yaml, String text) {
        LintResult r = linterOf(yaml).lint(Note.of("n", text));
        assertThat(r.ruleErrors()).isEmpty();
        return r.findings();
    }

    static List<Finding> lintJson(String yaml, String noteJson) {
        LintResult r = linterOf(yaml).lint(NoteJson.parseNote(noteJson, "n"));
        assertThat(r.ruleErrors()).isEmpty();
        return r.findings();
    }

    static final String EXISTENCE = """
            id: clinic/no-abbreviations
            type: existence
            category: vague-language
            severity: error
            message: "Spell out '{match}'"
            suggestion: "Write it in full; '{match}' is on the do-not-use list."
            terms: [talk about stuff, "w/o"]
            patterns: ['\\bq\\.?d\\.?\\b']
            """;

    @Test
    void aRuleFileMayLimitTheKindsOfDocumentItJudges() {
        String yaml = EXISTENCE + "kinds: [progress, group]\n";
        String text = "Client talked about stuff w/o prompting.";
        assertThat(lint(yaml, text)).isNotEmpty();
        assertThat(lint(yaml, "DISCHARGE SUMMARY\n" + text)).isEmpty();
        assertThat(lint(EXISTENCE, "DISCHARGE SUMMARY\n" + text)).isNotEmpty();
        assertThat(RuleFiles.parse(yaml, "test.yaml", false).get(0).meta().kindsShown()).isEqualTo("progress, group");
    }

    @Test
    void existenceFlagsEachMatchWithItsSpanMessageAndSuggestion() {
        String text = "Client talked about stuff w/o prompting. Take med QD.";
        List<Finding> f = lint(EXISTENCE, text);
        assertThat(f).extracting(Finding::excerpt).containsExactly("talked about stuff", "w/o", "QD");
        assertThat(f.get(0).message()).isEqualTo("Spell out 'talked about stuff'");
        assertThat(f.get(1).suggestion()).isEqualTo("Write it in full; 'w/o' is on the do-not-use list.");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).category()).isEqualTo(Category.VAGUE_LANGUAGE);
    }

    @Test
    void termsMatchInflectionsUnlessTurnedOffAndCaseWhenAsked() {
        String base = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [talk about things]\n";
        assertThat(lint(base, "Talking about things.")).hasSize(1);
        assertThat(lint(base + "inflections: false\n", "Talking about things. talk about Things.")).extracting(Finding::excerpt)
                .containsExactly("talk about Things");
        assertThat(lint(base + "ignoreCase: false\n", "Talked about things. talked about things.")).extracting(Finding::excerpt)
                .containsExactly("talked about things");
        String pattern = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\npatterns: ['Fine']\n";
        assertThat(lint(pattern, "fine FINE")).hasSize(2);
        assertThat(lint(pattern + "ignoreCase: false\n", "fine FINE")).isEmpty();
    }

    @Test
    void quotedSpeechIsSkippedByDefaultAndNegatedMentionsWhenAsked() {
        String base = "id: c/x\ntype: existence\ncategory: stigmatizing-language\nmessage: m\nterms: [manipulative]\n";
        assertThat(lint(base, "Client said \"my ex says I'm manipulative\".")).isEmpty();
        assertThat(lint(base + "skip: []\n", "Client said \"my ex says I'm manipulative\".")).hasSize(1);
        assertThat(lint(base, "Client is not manipulative.")).hasSize(1);
        assertThat(lint(base + "skip: [quoted, negated]\n", "Client is not manipulative.")).isEmpty();
    }

    @Test
    void exceptionsSuppressMatchesInsideThem() {
        String yaml = "id: c/x\ntype: existence\ncategory: stigmatizing-language\nmessage: m\nterms: [clean]\n"
                + "exceptions: [clean clothes]\n";
        assertThat(lint(yaml, "Wore clean clothes. UDS clean.")).extracting(Finding::excerpt).containsExactly("clean");
        assertThat(lint(yaml, "Wore clean clothes. UDS clean.").get(0).span().start()).isEqualTo(24);
    }

    @Test
    void unlessSentenceExcusesAMatchWhoseSentenceCarriesEvidence() {
        String yaml = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [doing well]\n"
                + "unlessSentence:\n  terms: [as evidenced by]\n  patterns: ['\\d']\n";
        assertThat(lint(yaml, "Client is doing well. Doing well, as evidenced by work. Doing well: PHQ-9 of 8."))
                .extracting(f -> f.span().start()).containsExactly(10);
    }

    @Test
    void scopeLimitsMatchingToSectionsAndNeverMatchesHeaders() {
        String yaml = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [plan, fine]\nscope: [plan]\n";
        String note = "S: Feels fine.\nP: Continue the plan; fine.";
        assertThat(lint(yaml, note)).extracting(f -> f.span().start())
                .containsExactly(note.indexOf("plan;"), note.lastIndexOf("fine"));
        String excluded = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [fine]\nscope: [~subjective]\n";
        assertThat(lint(excluded, note)).extracting(Finding::section).containsExactly("PLAN");
        assertThat(lint(yaml, "Free text, fine plan.")).isEmpty();
        assertThat(lint(yaml + "missingScope: note\n", "Free text, fine plan.")).hasSize(2);
    }

    @Test
    void substitutionNamesThePreferredTerm() {
        String yaml = """
                id: stigmatizing-language/clinic-preferred-terms
                type: substitution
                category: stigmatizing-language
                message: "'{match}' casts the client negatively"
                swap:
                  refused: declined
                  substance abuser: person who uses substances
                """;
        List<Finding> f = lint(yaml, "Client refuses medication; he is a substance abuser.");
        assertThat(f).extracting(Finding::excerpt).containsExactly("refuses", "substance abuser");
        assertThat(f.get(0).suggestion()).isEqualTo("Write 'declined' instead of 'refuses'.");
        assertThat(f.get(1).suggestion()).isEqualTo("Write 'person who uses substances' instead of 'substance abuser'.");
    }

    @Test
    void occurrenceChecksMinimumAndMaximumInAScope() {
        String min = """
                id: plan-quality/plan-names-intervention
                type: occurrence
                category: plan-quality
                message: "The plan names {count} interventions; at least {min} expected"
                scope: plan
                terms: [CBT, DBT, exposure, behavioral activation]
                min: 1
                """;
        List<Finding> f = lint(min, "S: ok\nP: Meet again next week.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("The plan names 0 interventions; at least 1 expected");
            assertThat(x.span()).isNull();
            assertThat(x.section()).isEqualTo("PLAN");
        });
        assertThat(lint(min, "S: ok\nP: Continue CBT next week.")).isEmpty();
        String max = "id: c/x\ntype: occurrence\ncategory: vague-language\nmessage: '{count} hedges, max {max}'\n"
                + "terms: [somewhat, kind of]\nmax: 1\n";
        List<Finding> over = lint(max, "Somewhat better, kind of tired, somewhat anxious.");
        assertThat(over).singleElement().satisfies(x -> {
            assertThat(x.excerpt()).isEqualTo("kind of");
            assertThat(x.message()).isEqualTo("3 hedges, max 1");
        });
    }

    static final String REQUIREMENT = """
            id: risk-documentation/clinic-safety-plan
            type: requirement
            category: risk-documentation
            severity: error
            message: "{trigger}: the Plan must mention a safety plan"
            when:
              any:
                - "riskLevel in [high, imminent]"
                - terms: [suicidal ideation, SI]
                  skip: [quoted, negated, hypothetical]
            scope: plan
            terms: [safety plan, crisis line, "988"]
            """;

    @Test
    void requirementTriggeredByAFieldValue() {
        String risky = "{\"text\": \"S: Low mood.\\nP: Weekly therapy.\", \"fields\": {\"riskLevel\": \"high\"}}";
        assertThat(lintJson(REQUIREMENT, risky)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("riskLevel high: the Plan must mention a safety plan");
            assertThat(f.section()).isEqualTo("PLAN");
        });
        String covered = "{\"text\": \"S: Low mood.\\nP: Reviewed safety plan.\", \"fields\": {\"riskLevel\": \"high\"}}";
        assertThat(lintJson(REQUIREMENT, covered)).isEmpty();
        String low = "{\"text\": \"S: Low mood.\\nP: Weekly therapy.\", \"fields\": {\"riskLevel\": \"low\"}}";
        assertThat(lintJson(REQUIREMENT, low)).isEmpty();
    }

    @Test
    void requirementTriggeredByTextPointsAtTheTriggerAndHonoursNegation() {
        List<Finding> f = lint(REQUIREMENT, "S: Reports suicidal ideation without plan.\nP: Weekly therapy.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.excerpt()).isEqualTo("suicidal ideation");
            assertThat(x.message()).startsWith("suicidal ideation:");
        });
        assertThat(lint(REQUIREMENT, "S: Denies suicidal ideation.\nP: Weekly therapy.")).isEmpty();
        // no Plan section: the required text may stand anywhere in the note
        assertThat(lint(REQUIREMENT, "Reports suicidal ideation; made a safety plan together.")).isEmpty();
    }

    @Test
    void requirementWithACptCodeCondition() {
        String yaml = """
                id: administrative/clinic-90837-minutes
                type: requirement
                category: administrative
                message: "Code 90837 needs the session length in the note"
                when: "cptCode = 90837"
                patterns: ['\\b\\d{2,3}[ -]?(min|minutes)\\b']
                """;
        assertThat(lintJson(yaml, "{\"text\": \"Session held.\", \"fields\": {\"cptCode\": 90837}}")).hasSize(1);
        assertThat(lintJson(yaml, "{\"text\": \"Session held, 55 minutes.\", \"fields\": {\"cptCode\": \"90837\"}}")).isEmpty();
        assertThat(lintJson(yaml, "{\"text\": \"Session held.\", \"fields\": {\"cptCode\": \"90834\"}}")).isEmpty();
    }

    static final String DAPE = """
            id: missing-section/clinic-dape
            type: sections
            category: missing-section
            message: "{format} note: the {section} section is {problem}"
            format: DAPE
            sections:
              - data
              - assessment
              - plan
              - name: Education
                headers: [Education, Client Education, E]
            """;

    @Test
    void sectionsWithCustomHeaderLabels() {
        assertThat(lint(DAPE, "D: Client reports better sleep.\nA: Improving.\nP: Weekly.\nEducation: Sleep hygiene handout."))
                .isEmpty();
        assertThat(lint(DAPE, "D: Client reports better sleep.\nA: Improving.\nP: Weekly.\n## Client Education\nSleep hygiene."))
                .isEmpty();
        List<Finding> missing = lint(DAPE, "D: Client reports better sleep.\nA: Improving.\nP: Weekly.");
        assertThat(missing).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("DAPE note: the Education section is missing"));
        List<Finding> empty = lint(DAPE, "D: Client reports better sleep.\nA: Improving.\nE: \nP: Weekly.");
        assertThat(empty).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("DAPE note: the Education section is empty");
            assertThat(f.excerpt()).isEqualTo("E");
        });
        // a note in no part of this format is not held to it
        assertThat(lint(DAPE, "Client seen for follow-up; doing better.")).isEmpty();
    }

    static final String FIELD = """
            id: administrative/timed-code-times
            type: field
            category: administrative
            message: "{field} is {value}; expected {expected}"
            when: "cptCode in [90832, 90834, 90837]"
            expect:
              - startTime present
              - durationMinutes >= 16
              - durationMinutes <= 120
            """;

    @Test
    void fieldPredicates() {
        List<Finding> f = lintJson(FIELD, "{\"text\": \"x\", \"fields\": {\"cptCode\": \"90834\", \"durationMinutes\": 200}}");
        assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
                "startTime is absent; expected startTime present",
                "durationMinutes is 200; expected durationMinutes <= 120");
        assertThat(lintJson(FIELD, "{\"text\": \"x\", \"fields\": {\"cptCode\": \"90834\", \"startTime\": \"10:00\","
                + " \"durationMinutes\": 45}}")).isEmpty();
        assertThat(lintJson(FIELD, "{\"text\": \"x\", \"fields\": {\"cptCode\": \"90791\"}}")).isEmpty();
    }

    @Test
    void aFieldIsReportedOnceWhateverNumberOfItsPredicatesFail() {
        String yaml = "id: c/x\ntype: field\ncategory: administrative\nmessage: '{field} is {value}; expected {expected}'\n"
                + "expect:\n  - clinician.credentials present\n  - clinician.credentials in [LCSW, LPC]\n";
        assertThat(lintJson(yaml, "{\"text\": \"x\"}")).extracting(Finding::message)
                .containsExactly("clinician.credentials is absent; expected clinician.credentials present");
        assertThat(lintJson(yaml, "{\"text\": \"x\", \"fields\": {\"clinician\": {\"name\": \"A\", \"credentials\": \"BA\"}}}"))
                .extracting(Finding::message)
                .containsExactly("clinician.credentials is BA; expected clinician.credentials in [LCSW, LPC]");
    }

    @Test
    void fieldExpressionsCompareByType() {
        String tmpl = "id: c/x\ntype: field\ncategory: administrative\nmessage: m\nexpect: \"%s\"\n";
        String note = "{\"text\": \"x\", \"fields\": {\"riskLevel\": \"moderate\", \"sessionDate\": \"2026-03-01\","
                + " \"diagnoses\": [{\"code\": \"F33.1\"}], \"payer\": \"Medicare\", \"startTime\": \"9:05\"}}";
        assertThat(lintJson(tmpl.formatted("riskLevel >= moderate"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("riskLevel > moderate"), note)).hasSize(1);
        assertThat(lintJson(tmpl.formatted("sessionDate < 2026-04-01"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("diagnoses matches F3[0-9].*"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("diagnoses >= 2"), note)).hasSize(1);
        assertThat(lintJson(tmpl.formatted("custom.payer = medicare"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("custom.plan absent"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("startTime < 09:30"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("cptCode != 90837"), note)).isEmpty();
        assertThat(lintJson(tmpl.formatted("riskLevel not in [high, imminent]"), note)).isEmpty();
    }

    @Test
    void aWhenConditionGatesAnyRuleType() {
        String yaml = "id: c/x\ntype: existence\ncategory: vague-language\nmessage: m\nterms: [fine]\n"
                + "when: \"custom.program = training\"\n";
        assertThat(lintJson(yaml, "{\"text\": \"Doing fine.\", \"fields\": {\"program\": \"training\"}}")).hasSize(1);
        assertThat(lintJson(yaml, "{\"text\": \"Doing fine.\"}")).isEmpty();
    }

    @Test
    void metaIsGeneratedFromTheRuleFile() {
        String yaml = EXISTENCE + """
                examples:
                  bad:
                    - "We [[talked about stuff]]."
                    - text: "Take [[q.d]]."
                  good:
                    - "We talked about her sleep."
                """;
        DeclarativeRule rule = RuleFiles.parse(yaml, "test.yaml", false).get(0);
        assertThat(rule.meta().description()).startsWith("Flags 'talk about stuff', 'w/o' or /");
        assertThat(rule.meta().examples()).hasSize(3);
        assertThat(rule.source()).isEqualTo("test.yaml:1:1");
    }
}
