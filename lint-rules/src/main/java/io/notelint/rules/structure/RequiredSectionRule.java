package io.notelint.rules.structure;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteKind;
import io.notelint.core.model.SectionKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * missing-section: a structured note (format declared, or evident from its headers) lacks a section
 * its format requires, or has it empty. The plan is left to missing-plan. One finding per missing
 * section. When the format is only inferred and the note also carries headers typical of another
 * format ("Problem:" in a note that otherwise reads as BIRP), the format is not evident and the rule
 * stays silent.
 */
public final class RequiredSectionRule implements Rule {

    /** Section kinds that mark a format; seeing one outside the inferred format makes the inference doubtful. */
    private static final Set<SectionKind> FORMAT_MARKERS = EnumSet.of(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE,
            SectionKind.DATA, SectionKind.BEHAVIOR, SectionKind.RESPONSE, SectionKind.PROBLEM, SectionKind.EVALUATION);

    private static final RuleMeta META = RuleMeta.builder("missing-section/required-section", Category.MISSING_SECTION)
            .appliesTo(NoteKind.PROGRESS, NoteKind.GROUP)
            .severity(Severity.WARNING)
            .description("A SOAP, DAP, BIRP, GIRP or PIE note lacks a section its format requires (other than the "
                    + "plan), or the section is empty.")
            .rationale("Each format exists so a reader finds the same elements in every note: the client's report, "
                    + "the clinician's observations, the intervention, the client's response, the assessment. An "
                    + "absent or empty section is usually an element of the service that was not documented.")
            .reference("Cameron & Turtle-Song (2002), Learning to write case notes using the SOAP format, "
                    + "J Counseling & Development 80:286")
            .reference("ICANotes, 'PIRP vs GIRP vs BIRP' (BIRP and GIRP sections)")
            .reference("SimplePractice, 'PIE notes' (Problem, Intervention, Evaluation)")
            .reference("CMS medical-necessity content: specific interventions and the patient's response (MAC/LCD "
                    + "documentation guidance)")
            .option(OptionSpec.bool("requireDeclared", false,
                    "Only check notes whose format is declared in the 'format' field, never one inferred from headers"))
            .message("absent", "The {format} note has no {section} section")
            .message("empty", "The {section} section of this {format} note is empty")
            .suggestion("add", "Add {article} {section} section: {hint}")
            .suggestion("fillIn", "Fill in the {kindTitle} section: {hint}")
            .good("S: Client reports 2 panic-free days.\nO: Calm, speech normal.\nA: Panic disorder improving.\nP: "
                    + "Next session 12/4.")
            .good("Client reports two panic attacks. Practiced exposure. Next session 12/4.")
            .good("Problem: Social withdrawal.\nIntervention: Behavioral activation.\nEvaluation: Agreed to text one "
                    + "friend; next session 12/1.")
            .good("**Behavior:** Client paced during session.\n**Intervention:** Grounding.\n**Response:** Pacing "
                    + "stopped after 5 minutes.\n**Plan:** Weekly sessions.")
            .good("SUBJECTIVE\nClient reports low mood.\nOBJECTIVE\nFlat affect.\nASSESSMENT\nMDD, moderate.\nPLAN\n"
                    + "Weekly CBT.")
            .good("S: Stable mood. O: Calm, linear. A: Euthymic. P: Next session 11/17.")
            .good(note("Behavior: Client checked the door 12 times.\nIntervention: ERP.\nResponse: SUDS 70 to 40.").format("BIRP"))
            .good("Problem: Panic.\nIntervention: Interoceptive exposure.\nResponse: SUDS 60 to 30.\nPlan: Weekly.")
            .bad("absent", "S: Client reports 4 hours of sleep nightly.\nO: Hypervigilant, affect anxious.\nP: Continue prolonged "
                    + "exposure; next session 11/25.")
            .bad("absent", note("Data: Client reports low mood after a move.\nPlan: Next session 11/20.").format("DAP"))
            .bad("empty", "Behavior: Client reports checking the stove 15 times.\nIntervention:\nResponse: SUDS 70 to 35.\nPlan: "
                    + "Next session 12/4.")
            .bad("absent", "S: Stable mood. A: Euthymic. P: Next session 11/17.")
            .bad("empty", note("Subjective: Reports sleeping better.\nObjective: N/A\nAssessment: Insomnia improving.\nPlan: "
                        + "Weekly.").format("SOAP"))
            .bad("absent", "Problem: Social withdrawal; client left the house only for work.\nIntervention: Behavioral "
                    + "activation scheduling.")
            .build();

    private final Placeholders placeholders = Placeholders.standard();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        SectionLayout layout = note.sections();
        if (!layout.structured() || ctx.options().bool("requireDeclared") && !layout.declared()) {
            return;
        }
        NoteFormat format = layout.format();
        if (!layout.declared() && doubtful(layout, format)) {
            return;
        }
        for (SectionKind kind : format.requiredSections()) {
            if (kind == SectionKind.PLAN) {
                continue; // missing-plan's job
            }
            List<Section> present = sectionsOf(note, kind);
            if (present.isEmpty()) {
                ctx.report(Report.of("absent").arg("format", format.name()).arg("section", kind.title())
                        .arg("article", article(kind.title())).arg("hint", hint(kind)).suggest("add"));
            } else if (present.stream().allMatch(s -> placeholders.isEmpty(note.text(), s))) {
                Section s = present.get(0);
                ctx.report(Report.of("empty").at(s.headerSpan()).arg("format", format.name())
                        .arg("section", s.header().isEmpty() ? kind.title() : s.header())
                        .arg("kindTitle", kind.title()).arg("hint", hint(kind)).suggest("fillIn"));
            }
        }
    }

    /** Sections of a kind, a combined header ("Assessment/Plan") counting for each kind it names. */
    private static List<Section> sectionsOf(AnalyzedNote note, SectionKind kind) {
        List<Section> out = new ArrayList<>();
        for (Section s : note.sections().sections()) {
            if (s.kind() == kind || s.headerSpan() != null
                    && note.tools().sectionDetector().kindsOf(s.header()).contains(kind)
                    && s.kind() != SectionKind.OTHER && s.kind() != SectionKind.PREAMBLE) {
                out.add(s);
            }
        }
        return out;
    }

    /** An inferred format is doubtful when headers of another format stand beside it. */
    private static boolean doubtful(SectionLayout layout, NoteFormat format) {
        for (Section s : layout.sections()) {
            if (FORMAT_MARKERS.contains(s.kind()) && !format.requiredSections().contains(s.kind())) {
                return true;
            }
        }
        return false;
    }

    private static String hint(SectionKind kind) {
        return switch (kind) {
            case SUBJECTIVE -> "what the client reports, in their words where it matters.";
            case OBJECTIVE -> "what you observed: appearance, behavior, affect, measures.";
            case ASSESSMENT -> "your clinical reading of the session and progress toward goals.";
            case DATA -> "what the client reported and what you observed.";
            case BEHAVIOR -> "the client's presentation and behavior this session.";
            case INTERVENTION -> "the specific interventions you used.";
            case RESPONSE -> "how the client responded to the interventions.";
            case GOAL -> "the treatment-plan goal this session addressed.";
            case PROBLEM -> "the problem addressed this session.";
            case EVALUATION -> "how the client responded and what changed.";
            default -> kind.title().toLowerCase(Locale.ROOT) + ".";
        };
    }

    /** "an" before a vowel sound ("an Assessment section"), "a" otherwise. */
    private static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
