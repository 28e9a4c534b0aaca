package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A structured field changed since the most recent earlier note and the text says nothing about it
 * (categories.md, undocumented-change): a medication added, stopped or changed in dose; a diagnosis
 * added or removed; the risk level changed. A field either note leaves out is no change. One finding
 * per undocumented change, naming it.
 */
public final class UnmentionedChangeRule implements Rule {

    static final String ID = "undocumented-change/unmentioned-change";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.UNDOCUMENTED_CHANGE)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("A medication, diagnosis or risk level changed since the previous note and the note does not mention it.")
            .rationale("A change in medication, diagnosis or risk is a clinical event: the record should show that "
                    + "the clinician knew of it and what it means for treatment. SAFE-T asks for reassessment "
                    + "whenever the clinical state changes; medication-management guidance asks for the change, "
                    + "its reason and the response; a diagnosis that changes without a word breaks the line from "
                    + "assessment to plan that auditors follow. Medications count as mentioned under their generic "
                    + "or brand name; a diagnosis by its code, its name or its initials, or any talk of diagnosis; "
                    + "risk by any talk of risk, safety or ideation.")
            .reference("SAMHSA/SPRC, SAFE-T (reassess and document at changes in clinical state)")
            .reference("The Joint Commission, NPSG 15.01.01 EP5 (reassessment)")
            .reference("CMS Medicare Benefit Policy Manual ch. 15 / LCD L33632 (progress notes record changes in treatment and medication)")
            .reference("NGS Medicare, Psychotherapy coverage criteria: treatment plans (diagnoses in the plan)")
            .message("unmentioned", "{change} but the note does not mention it")
            .suggestion("unmentioned", "Say what changed and why (who changed it, the reason, the client's response).")
            .good(med("Lithium increased to 900 mg by the prescriber after a level of 0.5; client reports no tremor.",
                    "lithium", "600 mg", "lithium", "900 mg"))
            .good(med("Switched from Celexa to Zoloft last week per psychiatrist; mild nausea reported.", "citalopram", "20 mg",
                    "sertraline", "50 mg"))
            .good(med("Client reports sleeping 6 hours.", "Seroquel", "100 mg", "quetiapine", "100mg"))
            .good(note("Diagnosis updated to major depressive disorder given PHQ-9 of 16.")
                    .field("diagnoses", List.of(Map.of("code", "F33.1", "display", "Major depressive disorder, recurrent, moderate")))
                    .previous(note("Low mood after move.")
                        .field("diagnoses", List.of(Map.of("code", "F43.23", "display", "Adjustment disorder with mixed anxiety and depressed mood")))))
            .good(note("Client reports passive SI twice this week; risk reassessed, safety plan updated.")
                    .field("riskLevel", "moderate")
                    .previous(note("Stable.")
                        .field("riskLevel", "low")))
            .good(note("Client reports sleeping 6 hours.")
                    .field("riskLevel", "moderate")
                    .previous(note("Stable.")))
            .good(note("Client reports sleeping 6 hours.")
                    .field("medications", List.of(Map.of("name", "sertraline", "dose", "100 mg"))))
            .bad(med("Client reports racing thoughts on two nights; she missed one dose this week.", "lithium", "600 mg",
                    "lithium", "900 mg"))
            .bad(med("Client reports sleeping 6 hours.", "sertraline", "50 mg", "bupropion", "150 mg"))
            .bad(note("Client reports worry 7/10 and practiced breathing twice.")
                    .field("diagnoses", List.of(Map.of("code", "F41.1", "display", "Generalized anxiety disorder"), Map.of("code", "F33.1", "display", "Major depressive disorder, recurrent, moderate")))
                    .previous(note("Worry 8/10.")
                        .field("diagnoses", List.of(Map.of("code", "F41.1", "display", "Generalized anxiety disorder")))))
            .bad(note("Client reports sleeping 6 hours and walking daily.")
                    .field("riskLevel", "high")
                    .previous(note("Stable.")
                        .field("riskLevel", "low")))
            .build();

    private static ExampleNote med(String text, String before, String beforeDose, String after, String afterDose) {
        return note(text).field("medications", List.of(Map.of("name", after, "dose", afterDose, "frequency", "daily")))
                .previous(note("Stable mood.")
                        .field("medications", List.of(Map.of("name", before, "dose", beforeDose, "frequency", "daily"))));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<Note> previous = ctx.note().previous();
        if (previous.isEmpty()) {
            return;
        }
        NoteFields now = ctx.note().fields();
        NoteFields before = previous.get().fields();
        String text = ctx.text();
        List<FieldChange> changes = new ArrayList<>();
        if (now.hasMedications() && before.hasMedications()) {
            changes.addAll(MedicationChanges.between(before.medicationList(), now.medicationList(), Normalizer.fold(text)));
        }
        if (now.hasDiagnoses() && before.hasDiagnoses()) {
            changes.addAll(DiagnosisChanges.between(before.diagnosisList(), now.diagnosisList(), text));
        }
        if (now.riskLevel() != null && before.riskLevel() != null && now.riskLevel() != before.riskLevel()) {
            changes.add(new FieldChange("riskLevel changed from " + before.riskLevel().id() + " to " + now.riskLevel().id(),
                    speaksOfRisk(ctx.analysis())));
        }
        for (FieldChange c : changes) {
            if (!c.documented()) {
                ctx.report(Report.of("unmentioned").arg("change", c.description())
                        .suggest("unmentioned"));
            }
        }
    }

    /** Any talk of risk, safety or ideation, whatever its polarity: "denies SI", "risk remains low", "safety plan". */
    private static boolean speaksOfRisk(AnalyzedNote note) {
        for (Token t : note.tokens()) {
            String n = t.norm();
            if (n.equals("risk") || n.equals("safety") || n.equals("safe") || n.startsWith("suicid")
                    || n.startsWith("homicid") || n.startsWith("self-harm") || n.equals("danger")) {
                return true;
            }
        }
        return !RiskMentions.all(note).isEmpty() || RiskEvidence.assessment(note).isPresent()
                || RiskEvidence.intervention(note).isPresent();
    }
}
