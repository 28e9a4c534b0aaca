package io.notelint.rules.administrative;

import static io.notelint.rules.clinical.TestNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdministrativeRulesTest {

    private static final String TEXT = "Individual CBT for panic; interoceptive exposure practiced. Next session 12/4 at 10:00.";
    private static final String SIGNER = "\"clinician\": {\"name\": \"A. Rivera\", \"credentials\": \"LCSW\"}";

    @Test
    void sessionDate() {
        RuleTester.of(new MissingSessionDateRule())
                .good(note(TEXT, "\"sessionDate\": \"2026-11-20\""))
                .good(note(TEXT, "\"sessionDate\": \"2026-11-20T14:00:00\""))
                .good(note(TEXT, null))
                .bad(note(TEXT, SIGNER + ", \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, "\"sessionDate\": \"Nov 20\", " + SIGNER))
                .bad(note(TEXT, "\"sessionDate\": null, \"cptCode\": \"90837\""))
                .run();
        RuleTester.of(new MissingSessionDateRule()).withOptions(Map.of("checkTextOnlyNotes", true))
                .bad(note(TEXT, null))
                .run();
    }

    @Test
    void signatureNamesEveryMissingPart() {
        RuleTester.of(new MissingSignatureRule())
                .good(note(TEXT, SIGNER + ", \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .good(note(TEXT, null))
                .good(note(TEXT, "\"clinician\": {\"name\": \"J. Okafor, PhD, LP\"}, \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, "\"clinician\": {\"name\": \"Okafor, Jane\"}, \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, SIGNER))
                .bad(note(TEXT, "\"clinician\": {\"name\": \"A. Rivera\", \"credentials\": \"\"}, \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, "\"clinician\": {\"credentials\": \"LCSW\"}, \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, "\"clinician\": \"A. Rivera\", \"signedAt\": \"2026-11-20T18:00:00Z\""))
                .bad(note(TEXT, "\"sessionDate\": \"2026-11-20\""))
                .bad(note(TEXT, SIGNER + ", \"signedAt\": \"yesterday\""))
                .run();
        var n = ExampleNotes.toNote(note(TEXT, "\"sessionDate\": \"2026-11-20\""), "n");
        List<Finding> f = Linter.builder().addRule(new MissingSignatureRule()).build().lint(n).findings();
        assertThat(f).singleElement().extracting(Finding::message)
                .isEqualTo("the note's signature is incomplete: no clinician name, credentials and signature time (signedAt)");
    }

    private static String signed(String date, String signedAt) {
        return "\"sessionDate\": \"" + date + "\", " + SIGNER + ", \"signedAt\": \"" + signedAt + "\"";
    }

    @Test
    void lateSignature() {
        RuleTester.of(new LateSignatureRule())
                .good(note(TEXT, signed("2026-11-20", "2026-11-20T18:00:00Z")))
                .good(note(TEXT, signed("2026-11-20", "2026-11-23T21:00:00Z")))
                .good(note(TEXT, signed("2026-11-20", "2026-11-19T21:00:00Z")))
                .good(note(TEXT, signed("2026-12-30", "2027-01-02T08:00:00Z")))
                .good(note(TEXT, SIGNER + ", \"signedAt\": \"2026-11-30T08:00:00Z\""))
                .bad(note(TEXT, signed("2026-11-20", "2026-11-24T08:00:00Z")))
                .bad(note(TEXT, signed("2026-11-10", "2026-11-16T12:00:00Z")))
                .bad(note(TEXT, signed("2026-12-30", "2027-01-05T08:00:00Z")))
                .run();
        RuleTester.of(new LateSignatureRule()).withOptions(Map.of("maxDays", 1))
                .good(note(TEXT, signed("2026-11-20", "2026-11-21T18:00:00Z")))
                .bad(note(TEXT, signed("2026-11-20", "2026-11-22T08:00:00Z")))
                .run();
    }

    @Test
    void timeForTimedCodes() {
        RuleTester.of(new MissingSessionTimeRule())
                .good(note(TEXT, "\"cptCode\": \"90837\", \"startTime\": \"14:00\", \"endTime\": \"14:53\""))
                .good(note(TEXT, "\"cptCode\": \"90834\", \"durationMinutes\": 45"))
                .good(note(TEXT, "\"cptCode\": \"90791\""))
                .good(note(TEXT, "\"cptCode\": \"90792\""))
                .good(note(TEXT, "\"cptCode\": \"90853\""))
                .good(note(TEXT, "\"sessionDate\": \"2026-11-20\""))
                .good(note("Session lasted 53 minutes. " + TEXT, "\"cptCode\": \"90837\""))
                .good(note("Time in 2:00 pm, time out 2:50 pm. " + TEXT, "\"cptCode\": \"90834\""))
                .good(note("Seen 14:00-14:53. " + TEXT, "\"cptCode\": \"90837\""))
                .bad(note(TEXT, "\"cptCode\": \"90834\""))
                .bad(note(TEXT, "\"cptCode\": \"90847\", \"startTime\": \"10:00\""))
                .bad(note(TEXT, "\"cptCode\": \"90839\", \"endTime\": \"10:00\""))
                .bad(note(TEXT, "\"cptCode\": \"99213, 90833\""))
                // unreadable times are not absent ones: administrative/unreadable-value says what could not be read
                .good(note(TEXT, "\"cptCode\": \"90832\", \"startTime\": \"2pm\", \"endTime\": \"3pm\""))
                .good(note(TEXT, "\"cptCode\": \"90837\", \"durationMinutes\": \"fifty\""))
                .run();
        RuleTester.of(new UnreadableValueRule())
                .bad(note(TEXT, "\"cptCode\": \"90832\", \"startTime\": \"2pm\", \"endTime\": \"3pm\""))
                .bad(note(TEXT, "\"cptCode\": \"90837\", \"durationMinutes\": \"fifty\""))
                .good(note(TEXT, "\"cptCode\": \"90837\", \"durationMinutes\": 53"))
                .run();
    }
}
