package io.notelint.rules.clinical;

import static io.notelint.rules.clinical.TestNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmentionedChangeRuleTest {

    private final UnmentionedChangeRule rule = new UnmentionedChangeRule();

    private static String meds(String... nameDoseFreq) {
        StringBuilder sb = new StringBuilder("\"medications\": [");
        for (int i = 0; i < nameDoseFreq.length; i += 3) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("{\"name\": \"").append(nameDoseFreq[i]).append("\", \"dose\": \"").append(nameDoseFreq[i + 1])
                    .append("\", \"frequency\": \"").append(nameDoseFreq[i + 2]).append("\"}");
        }
        return sb.append("]").toString();
    }

    private static String dx(String... codeDisplay) {
        StringBuilder sb = new StringBuilder("\"diagnoses\": [");
        for (int i = 0; i < codeDisplay.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("{\"code\": \"").append(codeDisplay[i]).append("\", \"display\": \"").append(codeDisplay[i + 1]).append("\"}");
        }
        return sb.append("]").toString();
    }

    private static final String PREV = "Stable week.";

    @Test
    void medicationChangesNamedByGenericOrBrandAreDocumented() {
        RuleTester.of(rule)
                .good(note("Psychiatrist raised Zoloft to 100 mg; client reports less worry.",
                        meds("sertraline", "100 mg", "daily"), PREV, meds("sertraline", "50 mg", "daily")))
                .good(note("Vyvanse increased last week; appetite lower at lunch.",
                        meds("lisdexamfetamine", "40 mg", "qAM"), PREV, meds("lisdexamfetamine", "30 mg", "qAM")))
                .good(note("Switched from Prozac to Effexor XR because of sexual side effects.",
                        meds("venlafaxine XR", "75 mg", "daily"), PREV, meds("fluoxetine", "20 mg", "daily")))
                .good(note("She stopped the trazodone because of morning grogginess.",
                        meds(), PREV, meds("trazodone", "50 mg", "at bedtime")))
                .good(note("Continues Suboxone 16 mg daily; new prescriber at the clinic started buprenorphine film.",
                        meds("Suboxone", "16 mg", "daily"), PREV, meds("buprenorphine/naloxone", "12 mg", "daily")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("Lexapro", "10mg", "QD"), PREV, meds("escitalopram", "10 mg", "once daily")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("lithium carbonate ER", "900 mg", "nightly"), PREV, meds("Lithobid", "900 mg", "at bedtime")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("quetiapine", "", "nightly"), PREV, meds("quetiapine", "50 mg", "nightly")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("fluoxetine", "20 mg", "every morning"), PREV, meds("fluoxetine", "20 mg", "daily")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("mirtazapine", "15 mg", "QHS"), PREV, meds("mirtazapine", "15 mg", "once daily")))
                .good(note("Client reports sleeping 7 hours.",
                        meds("mirtazapine", "15 mg", "with food"), PREV, meds("mirtazapine", "15 mg", "once daily")))
                .run();
    }

    @Test
    void unnamedMedicationChangesAreFlagged() {
        RuleTester.of(rule)
                .bad(note("Client is tolerating the new dose without nausea.",
                        meds("sertraline", "100 mg", "daily"), PREV, meds("sertraline", "50 mg", "daily")))
                .bad(note("Client reports sleeping 7 hours.",
                        meds("sertraline", "50 mg", "daily", "hydroxyzine", "25 mg", "as needed"), PREV,
                        meds("sertraline", "50 mg", "daily")))
                .bad(note("Client reports sleeping 7 hours; medications reviewed.",
                        meds("sertraline", "50 mg", "daily"), PREV,
                        meds("sertraline", "50 mg", "daily", "clonazepam", "0.5 mg", "bid")))
                .bad(note("Client reports sleeping 7 hours.",
                        meds("quetiapine", "100 mg", "twice daily"), PREV, meds("quetiapine", "100 mg", "at bedtime")))
                .bad(note("Client reports sleeping 7 hours.",
                        meds("lorazepam", "0.5 mg", "as needed"), PREV, meds("lorazepam", "0.5 mg", "BID")))
                .run();
    }

    @Test
    void diagnosisChangesNamedByCodeWordsOrInitialsAreDocumented() {
        RuleTester.of(rule)
                .good(note("Now meets criteria for MDD given five weeks of anhedonia.",
                        dx("F33.1", "Major depressive disorder, recurrent, moderate"), PREV,
                        dx("F43.23", "Adjustment disorder with mixed anxiety and depressed mood")))
                .good(note("Added F41.1 after GAD-7 of 15 on two visits.",
                        dx("F33.1", "Major depressive disorder, recurrent, moderate", "F41.1", "Generalized anxiety disorder"),
                        PREV, dx("F33.1", "Major depressive disorder, recurrent, moderate")))
                .good(note("Drinking pattern now fits an alcohol use disorder, mild.",
                        dx("F10.10", "Alcohol use disorder, mild"), PREV, dx()))
                .good(note("Adjustment disorder resolved; panic symptoms remain the focus.",
                        dx("F41.0", "Panic disorder"), PREV, dx("F41.0", "Panic disorder", "F43.20", "Adjustment disorder, unspecified")))
                .good(note("Dx updated after the structured interview.",
                        dx("F31.81", "Bipolar II disorder"), PREV, dx("F33.1", "Major depressive disorder, recurrent, moderate")))
                .good(note("Client reports sleeping 7 hours.", dx("f33.1", "Major depressive disorder"), PREV, dx("F33.1", "")))
                .run();
    }

    @Test
    void unnamedDiagnosisChangesAreFlagged() {
        RuleTester.of(rule)
                .bad(note("Client drank 5 beers on 4 nights; cravings 6/10.",
                        dx("F33.1", "Major depressive disorder", "F10.20", "Alcohol use disorder, moderate"), PREV,
                        dx("F33.1", "Major depressive disorder")))
                .bad(note("Client reports worry 7/10 and practiced breathing twice; anxious before meetings.",
                        dx("F41.1", "Generalized anxiety disorder", "F33.1", "Major depressive disorder, recurrent, moderate"),
                        PREV, dx("F41.1", "Generalized anxiety disorder")))
                .run();
    }

    @Test
    void riskLevelChangesNeedRiskWording() {
        RuleTester.of(rule)
                .good(note("Denies SI/HI; sleeping better.", "\"riskLevel\": \"low\"", PREV, "\"riskLevel\": \"moderate\""))
                .good(note("Risk lowered after a week with no urges.", "\"riskLevel\": \"low\"", PREV, "\"riskLevel\": \"high\""))
                .good(note("Safety plan updated after the argument.", "\"riskLevel\": \"moderate\"", PREV, "\"riskLevel\": \"low\""))
                .bad(note("Client reports sleeping 6 hours and walking daily.", "\"riskLevel\": \"high\"", PREV, "\"riskLevel\": \"low\""))
                .bad(note("Worked on the budget worksheet.", "\"riskLevel\": \"none\"", PREV, "\"riskLevel\": \"moderate\""))
                .run();
    }

    @Test
    void missingFieldsAndMissingHistoryAreNoChange() {
        RuleTester.of(rule)
                .good(note("Client reports sleeping 7 hours.", meds("sertraline", "50 mg", "daily")))
                .good(note("Client reports sleeping 7 hours.", meds("sertraline", "50 mg", "daily"), PREV, "\"riskLevel\": \"low\""))
                .good(note("Client reports sleeping 7 hours.", "\"riskLevel\": \"low\"", PREV, meds("sertraline", "50 mg", "daily")))
                .good(note("Client reports sleeping 7 hours.", dx("F33.1", "MDD"), PREV, null))
                .good(note("Client reports sleeping 7 hours.", meds("sertraline", "50 mg", "daily") + ", " + dx("F33.1", "MDD")
                        + ", \"riskLevel\": \"low\"", PREV, meds("sertraline", "50 mg", "daily") + ", " + dx("F33.1", "MDD")
                        + ", \"riskLevel\": \"low\""))
                .run();
    }

    @Test
    void findingNamesTheChange() {
        var n = ExampleNotes.toNote(note("Client reports racing thoughts; missed one dose.",
                meds("lithium", "900 mg", "daily"), PREV, meds("lithium", "600 mg", "daily")), "n");
        List<Finding> f = Linter.builder().addRule(rule).build().lint(n).findings();
        assertThat(f).singleElement().extracting(Finding::message)
                .isEqualTo("lithium dose changed from 600 mg to 900 mg but the note does not mention it");
    }
}
