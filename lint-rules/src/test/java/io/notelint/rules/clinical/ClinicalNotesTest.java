package io.notelint.rules.clinical;

import static io.notelint.rules.clinical.TestNotes.COMPLETE;
import static io.notelint.rules.clinical.TestNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import io.notelint.rules.administrative.LateSignatureRule;
import io.notelint.rules.administrative.MissingSessionDateRule;
import io.notelint.rules.administrative.MissingSessionTimeRule;
import io.notelint.rules.administrative.MissingSignatureRule;
import io.notelint.testing.ExampleNotes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole notes, written in varied wording for these tests (not taken from any corpus), linted with every
 * clinical rule: each must raise exactly the expected categories. Clean notes must stay silent.
 */
class ClinicalNotesTest {

    private static final List<Rule> RULES = List.of(new UnaddressedRiskRule(), new ElevatedRiskNoInterventionRule(),
            new UnmentionedChangeRule(), new CptMinutesMismatchRule(), new DurationTimesMismatchRule(),
            new StatedDurationMismatchRule(), new SignedBeforeSessionRule(), new MissingSessionDateRule(),
            new MissingSignatureRule(), new LateSignatureRule(), new MissingSessionTimeRule());

    private static final Linter LINTER = build();

    private static Linter build() {
        Linter.Builder b = Linter.builder();
        RULES.forEach(b::addRule);
        return b.build();
    }

    private static final String SIGNED = "\"clinician\": {\"name\": \"M. Haddad\", \"credentials\": \"LMFT\"}, "
            + "\"signedAt\": \"2026-03-04T22:10:00Z\"";

    private static String f(String cpt, int minutes, String start, String end) {
        return "\"sessionDate\": \"2026-03-04\", \"startTime\": \"" + start + "\", \"endTime\": \"" + end
                + "\", \"durationMinutes\": " + minutes + ", \"cptCode\": \"" + cpt + "\", " + SIGNED;
    }

    private static final String F53 = f("90837", 53, "15:00", "15:53");
    private static final String F45 = f("90834", 45, "10:00", "10:45");

    /** Marks a note whose expected result depends on the assertion classifier telling history and other people apart. */
    private static final boolean CONTEXT = true;

    static Stream<Arguments> notes() {
        return Stream.of(
            // ---- clean notes -------------------------------------------------------------------------
            Arguments.of("clean SOAP with denial", note("S: Client reports sleeping 7 hours and finishing two job "
                    + "applications. Denies SI/HI.\nO: Calm, good eye contact.\nA: Depressive symptoms easing; PHQ-9 9 "
                    + "(prior 13).\nP: Continue activity scheduling. Next session 3/11 at 15:00.", F53), Set.of(), false),
            Arguments.of("clean DAP, field-style risk line", note("Data: Client practiced the worry script on 5 of 7 "
                    + "days.\nRisk: SI - denied; HI - denied; self-harm - none.\nAssessment: GAD-7 11, down from 15.\n"
                    + "Plan: Worry postponement daily; next visit 3/11.", F45), Set.of(), false),
            Arguments.of("clean, passive SI fully addressed", note("Behavior: Client described passive SI (\"sometimes I "
                    + "wish I could just disappear\") on two nights, no plan or intent.\nIntervention: C-SSRS screener: "
                    + "low risk. Reviewed and updated the Stanley-Brown safety plan; client saved 988 in her phone and "
                    + "agreed her partner will keep the spare pills.\nResponse: Client named 3 reasons for living.\n"
                    + "Plan: Check-in call Friday; next session 3/11 at 15:00.", F53), Set.of(), false),
            Arguments.of("clean, history and family mentions only", note("Client is 6 months past a 2025 inpatient stay "
                    + "for an overdose and reports no current ideation. Her father died by suicide when she was 12; "
                    + "worked on the anniversary grief. Next session 3/11.", F53), Set.of(), CONTEXT),
            Arguments.of("clean, non-risk 'cut' and 'kill'", note("Client cut back to 3 cigarettes a day and says the "
                    + "cravings are 'killing me' at work breaks. Denies thoughts of self-harm. Next session 3/11.", F53),
                    Set.of(), false),
            Arguments.of("clean, over-midnight crisis session", note("Crisis session after a panic episode at work; "
                    + "breathing retraining and grounding. Risk low; crisis line reviewed. Next session tomorrow at "
                    + "16:00.", "\"sessionDate\": \"2026-03-04\", \"startTime\": \"23:20\", \"endTime\": \"00:25\", "
                    + "\"durationMinutes\": 65, \"cptCode\": \"90839\", \"clinician\": {\"name\": \"M. Haddad\", "
                    + "\"credentials\": \"LMFT\"}, \"signedAt\": \"2026-03-05T01:10:00Z\""), Set.of(), false),
            Arguments.of("clean, intake without times", note("Diagnostic evaluation: 34-year-old referred for panic "
                    + "attacks. No SI/HI. Plan: weekly CBT starting 3/11.", "\"sessionDate\": \"2026-03-04\", "
                    + "\"cptCode\": \"90791\", " + SIGNED), Set.of(), false),
            Arguments.of("clean, medication switch named by brand", note("Client switched from Paxil to Lexapro per her "
                    + "psychiatrist; mild headaches in week 1. Next session 3/11.", F53 + ", \"medications\": "
                    + "[{\"name\": \"escitalopram\", \"dose\": \"10 mg\", \"frequency\": \"daily\"}]",
                    "Prior note.", "\"medications\": [{\"name\": \"paroxetine\", \"dose\": \"20 mg\", \"frequency\": "
                    + "\"daily\"}]"), Set.of(), false),
            Arguments.of("clean, duration statement agrees", note("A 45-minute individual session via video; client at "
                    + "home. Practiced cognitive restructuring of two work thoughts. Next session 3/11.", F45), Set.of(), false),
            Arguments.of("clean, family session", note("Met with the client and her parents for 50 minutes to plan "
                    + "homework routines. Next family session 3/18.", f("90847", 50, "17:00", "17:50")), Set.of(), false),
            Arguments.of("clean, E/M with add-on", note("Medication check, then 30 minutes of psychotherapy on sleep "
                    + "scheduling. Next visit in 4 weeks.", f("99214, 90833", 50, "09:00", "09:50")), Set.of(), false),
            Arguments.of("clean, hypothetical plan", note("Client reports a calmer week. If thoughts of self-harm return "
                    + "she will use her coping card and call 988. Next session 3/11.", F53 + ", \"riskLevel\": \"low\""),
                    Set.of(), false),

            // ---- risk documentation ----------------------------------------------------------------------
            Arguments.of("risk: SI with plan, nothing else", note("Client reports thoughts of ending her life by "
                    + "taking her sleeping pills. Reviewed the week's conflicts. Next session 3/11.", F53),
                    Set.of("risk-documentation"), false),
            Arguments.of("risk: HI toward a named person, level only", note("Client disclosed homicidal thoughts about "
                    + "his former business partner. Risk moderate. Explored anger cues.", F53),
                    Set.of("risk-documentation"), false),
            Arguments.of("risk: quoted death wish", note("S: Client stated \"I just want to go to sleep and never wake "
                    + "up.\" Sleep 4 hours.\nA: MDD, severe.\nP: Next session 3/9.", F53), Set.of("risk-documentation"), false),
            Arguments.of("risk: elevated field, no intervention", note("Client tearful, reports hopelessness after the "
                    + "eviction notice. Processed the loss. Next session 3/11.", F53 + ", \"riskLevel\": \"high\""),
                    Set.of("risk-documentation"), false),
            Arguments.of("risk: self-harm with safety plan but no assessment", note("Client reports burning herself "
                    + "with a lighter on Saturday. Safety plan reviewed. Next session 3/11.", F53),
                    Set.of("risk-documentation"), false),

            // ---- undocumented change ---------------------------------------------------------------------
            Arguments.of("change: dose raised, drug unnamed", note("Client reports feeling steadier and is tolerating "
                    + "the higher dose. Next session 3/11.", F53 + ", \"medications\": [{\"name\": \"lamotrigine\", "
                    + "\"dose\": \"150 mg\", \"frequency\": \"daily\"}]", "Prior.", "\"medications\": [{\"name\": "
                    + "\"lamotrigine\", \"dose\": \"100 mg\", \"frequency\": \"daily\"}]"), Set.of("undocumented-change"), false),
            Arguments.of("change: risk level lowered silently", note("Client completed the budget worksheet and called "
                    + "two landlords. Next session 3/11.", F53 + ", \"riskLevel\": \"low\"", "Prior.",
                    "\"riskLevel\": \"moderate\""), Set.of("undocumented-change"), false),
            Arguments.of("change: new code, drinking described", note("Client drank 6 beers on 4 nights and missed "
                    + "work twice. Next session 3/11.", F53 + ", \"diagnoses\": [{\"code\": \"F32.1\", \"display\": "
                    + "\"Major depressive disorder, single episode, moderate\"}, {\"code\": \"F10.20\", \"display\": "
                    + "\"Alcohol dependence, uncomplicated\"}]", "Prior.", "\"diagnoses\": [{\"code\": \"F32.1\", "
                    + "\"display\": \"Major depressive disorder, single episode, moderate\"}]"),
                    Set.of("undocumented-change"), false),

            // ---- inconsistency ---------------------------------------------------------------------------
            Arguments.of("inconsistency: 90834 for 60 minutes", note("CBT for insomnia; sleep window set. Next session "
                    + "3/11.", f("90834", 60, "10:00", "11:00")), Set.of("inconsistency"), false),
            Arguments.of("inconsistency: duration vs times", note("ERP: touched the door handle for 15 minutes. Next "
                    + "session 3/11.", f("90837", 53, "15:00", "15:40")), Set.of("inconsistency"), false),
            Arguments.of("inconsistency: stated 30-minute session", note("Brief 30-minute session because of a school "
                    + "event; reviewed the fear ladder. Next session 3/11.", F53), Set.of("inconsistency"), false),
            Arguments.of("inconsistency: signed the day before", note("Grief work: letter to her mother. Next session "
                    + "3/11.", "\"sessionDate\": \"2026-03-04\", \"startTime\": \"15:00\", \"endTime\": \"15:53\", "
                    + "\"durationMinutes\": 53, \"cptCode\": \"90837\", \"clinician\": {\"name\": \"M. Haddad\", "
                    + "\"credentials\": \"LMFT\"}, \"signedAt\": \"2026-03-03T16:00:00Z\""), Set.of("inconsistency"), false),

            // ---- administrative --------------------------------------------------------------------------
            Arguments.of("administrative: signed 5 days late", note("Social skills practice: 2 conversation starters. "
                    + "Next session 3/11.", "\"sessionDate\": \"2026-03-04\", \"startTime\": \"15:00\", \"endTime\": "
                    + "\"15:53\", \"durationMinutes\": 53, \"cptCode\": \"90837\", \"clinician\": {\"name\": \"M. Haddad\", "
                    + "\"credentials\": \"LMFT\"}, \"signedAt\": \"2026-03-09T09:00:00Z\""), Set.of("administrative"), false),
            Arguments.of("administrative: no credentials", note("Anger log reviewed; 3 timeouts used. Next session 3/11.",
                    "\"sessionDate\": \"2026-03-04\", \"durationMinutes\": 45, \"cptCode\": \"90834\", \"clinician\": "
                    + "{\"name\": \"M. Haddad\"}, \"signedAt\": \"2026-03-04T20:00:00Z\""), Set.of("administrative"), false),
            Arguments.of("administrative: timed code, no time", note("Couples session on repair attempts. Next session "
                    + "3/11.", "\"sessionDate\": \"2026-03-04\", \"cptCode\": \"90847\", " + SIGNED),
                    Set.of("administrative"), false),
            Arguments.of("administrative: no session date", note("Hoarding: discarded 2 bags. Next session 3/11.",
                    "\"durationMinutes\": 53, \"cptCode\": \"90837\", " + SIGNED), Set.of("administrative"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void raisesExactlyTheExpectedCategories(String name, ExampleNote note, Set<String> expected, Boolean needsContext) {
        List<Finding> findings = LINTER.lint(ExampleNotes.toNote(note, "t")).findings();
        Set<String> got = new TreeSet<>();
        findings.forEach(f -> got.add(f.category().id()));
        assertThat(got).as(name + ": " + findings.stream().map(Finding::message).toList()).isEqualTo(new TreeSet<>(expected));
    }
}
