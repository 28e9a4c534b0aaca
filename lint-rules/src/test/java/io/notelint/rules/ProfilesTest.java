package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.config.Profiles;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.Severity;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped profiles: they load, name only rules that exist, and change what they say they change. */
class ProfilesTest {

    private static final Note VAGUE_LATE = NoteJson.parseNote("""
            {"id": "p1", "format": "SOAP", "text": "S: Client is doing well.\\nO: Calm.\\nA: Stable.\\nP: Next session 12/4.",
             "fields": {"sessionDate": "2026-11-20", "startTime": "14:00", "endTime": "14:53", "durationMinutes": 53,
               "cptCode": "90837", "clinician": {"name": "A. B", "credentials": "LPC"}, "signedAt": "2026-11-27T10:00:00Z"}}
            """, null);

    private static Linter linter(String profile) {
        return Linter.builder().config(LintConfig.builder().profile(profile).build()).build();
    }

    private static Map<String, Severity> severities(LintResult r) {
        return r.findings().stream().collect(Collectors.toMap(Finding::ruleId, Finding::severity, (a, b) -> a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "medicare-psychotherapy", "training"})
    void everyProfileNamesOnlyRulesThatExist(String name) {
        LintConfig profile = Profiles.load(name, getClass().getClassLoader());
        Linter linter = linter(name);
        Set<String> known = linter.rules().stream().map(ActiveRule::id).collect(Collectors.toSet());
        Set<String> builtIn = RuleExamplesTest.allRules().stream().map(r -> r.meta().id()).collect(Collectors.toSet());
        for (String id : profile.rules().keySet()) {
            assertThat(known).as("profile %s names %s", name, id).contains(id);
        }
        assertThat(known).containsAll(builtIn.stream().filter(id -> RuleExamplesTest.allRules().stream()
                .filter(r -> r.meta().id().equals(id)).map(Rule::meta).allMatch(m -> m.stable())).toList());
    }

    @Test
    void theDefaultProfileIsTheBuiltInDefaults() {
        assertThat(linter("default").rules()).extracting(ActiveRule::id)
                .containsExactlyInAnyOrderElementsOf(Linter.builder().build().rules().stream().map(ActiveRule::id).toList());
        assertThat(severities(linter("default").lint(VAGUE_LATE))).isEqualTo(severities(Linter.builder().build().lint(VAGUE_LATE)));
    }

    @Test
    void trainingIsStricter() {
        Map<String, Severity> byDefault = severities(linter("default").lint(VAGUE_LATE));
        Map<String, Severity> training = severities(linter("training").lint(VAGUE_LATE));
        assertThat(training.keySet()).containsAll(byDefault.keySet());
        byDefault.forEach((id, sev) -> assertThat(training.get(id)).as(id).matches(s -> s.atLeast(sev)));
        assertThat(training.get("vague-language/vague-status")).isEqualTo(Severity.ERROR);
    }

    @Test
    void medicareAddsThePayerPackAndMakesRecordGapsErrors() {
        Linter medicare = linter("medicare-psychotherapy");
        assertThat(medicare.rules()).extracting(ActiveRule::id).anyMatch(id -> id.startsWith("medicare/"));
        assertThat(severities(medicare.lint(VAGUE_LATE))).containsEntry("administrative/late-signature", Severity.ERROR);
    }

    @Test
    void aUserConfigExtendsAProfileAndOverridesIt() {
        LintConfig user = ConfigLoader.parse("""
                extends: training
                rules:
                  vague-language/vague-status: info
                  administrative/late-signature: off
                """, "lint.yaml", false);
        Map<String, Severity> found = severities(Linter.builder().config(user).build().lint(VAGUE_LATE));
        assertThat(found).containsEntry("vague-language/vague-status", Severity.INFO)
                .doesNotContainKey("administrative/late-signature");
        // everything else is training's: the user's two lines change those two rules and nothing more
        Map<String, Severity> training = new java.util.HashMap<>(severities(linter("training").lint(VAGUE_LATE)));
        assertThat(training).containsKey("administrative/late-signature");
        training.remove("administrative/late-signature");
        training.put("vague-language/vague-status", Severity.INFO);
        assertThat(found).isEqualTo(training);
    }
}
